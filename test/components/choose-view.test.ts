import { expect } from '@open-wc/testing';
import { shownView } from '../../src/components/news-timeline/views/choose-view.js';

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

});
