import { expect } from '@open-wc/testing';
import { storyKeyIntent } from '../../src/core/keyboard.js';

describe('storyKeyIntent', () => {
  it('follows the reading direction with the arrows', () => {
    expect(storyKeyIntent({ key: 'ArrowRight' }, false)).to.equal('next');
    expect(storyKeyIntent({ key: 'ArrowLeft' }, false)).to.equal('previous');
    expect(storyKeyIntent({ key: 'ArrowLeft' }, true)).to.equal('next');
    expect(storyKeyIntent({ key: 'ArrowRight' }, true)).to.equal('previous');
  });

  it('goes to the ends with Home and End, and leaves other keys and browser shortcuts alone', () => {
    expect(storyKeyIntent({ key: 'Home' }, true)).to.equal('first');
    expect(storyKeyIntent({ key: 'End' }, false)).to.equal('last');
    expect(storyKeyIntent({ key: 'ArrowDown' }, false)).to.equal(null);
    expect(storyKeyIntent({ key: 'ArrowLeft', altKey: true }, false)).to.equal(null);
    expect(storyKeyIntent({ key: 'ArrowRight', metaKey: true }, false)).to.equal(null);
  });
});
