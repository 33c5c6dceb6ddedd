import { expect } from '@open-wc/testing';
import { shownView, toggledView } from '../../src/components/news-timeline/views/choose-view.js';

describe('choosing the view', () => {
  it('settles auto by the width: the story below 600 px, the timeline from there (and before it is measured)', () => {
    expect(shownView('auto', 599)).to.equal('story');
    expect(shownView('auto', 600)).to.equal('timeline');
    expect(shownView('auto', 0)).to.equal('timeline');
    expect(shownView('story', 1600)).to.equal('story');
    expect(shownView('list', 320)).to.equal('list');
    expect(shownView(undefined, 320)).to.equal('timeline');
    expect(shownView('bogus', 320)).to.equal('timeline');
  });

  it('goes back to where the reader was when a view button is pressed again', () => {
    const toList = toggledView('list', 'story', 'auto', undefined);
    expect(toList).to.deep.equal({ view: 'list', back: 'auto' });
    expect(toggledView('list', 'list', 'list', toList.back)).to.deep.equal({ view: 'auto' });
    // Leaving a story that auto chose means the timeline, not auto again.
    expect(toggledView('story', 'story', 'auto', undefined)).to.deep.equal({ view: 'timeline' });
    expect(toggledView('story', 'timeline', undefined, undefined)).to.deep.equal({ view: 'story', back: 'timeline' });
  });
});
