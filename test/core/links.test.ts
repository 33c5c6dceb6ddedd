import { expect } from '@open-wc/testing';
import { eventLink, idFromHash } from '../../src/core/links.js';

describe('event links', () => {
  it('reads the event id from a hash', () => {
    expect(idFromHash('#putin-pyongyang-2024')).to.equal('putin-pyongyang-2024');
    expect(idFromHash('')).to.equal('');
    expect(idFromHash('#')).to.equal('');
    expect(idFromHash('#caf%C3%A9')).to.equal('café');
    expect(idFromHash('#%E0%A4%A')).to.equal('%E0%A4%A');
  });

  it('links to the event on the page showing the timeline, replacing any hash', () => {
    expect(eventLink('vostochny-summit-2023', 'https://news.example/story?x=1#old')).to.equal('https://news.example/story?x=1#vostochny-summit-2023');
  });

  it('links to the embedding page when one is given, and ignores one that is not http(s)', () => {
    const inFrame = 'https://embed.example/frame.html';
    expect(eventLink('a', inFrame, 'https://news.example/article')).to.equal('https://news.example/article#a');
    expect(eventLink('a', inFrame, '/article#top')).to.equal('https://embed.example/article#a');
    expect(eventLink('a', inFrame, 'javascript:alert(1)')).to.equal(`${inFrame}#a`);
    expect(eventLink('a', inFrame, '')).to.equal(`${inFrame}#a`);
  });
});
