import { expect } from '@open-wc/testing';
import { isSafeUrl } from '../../src/core/url.js';
import { HOSTILE_URLS } from '../fixtures/hostile.js';

describe('isSafeUrl', () => {
  it('accepts http, https and relative URLs', () => {
    for (const url of ['https://tass.com/politics/1651919', 'http://en.kremlin.ru/events/president/news/38435/print', '/data/a.json', 'images/kim.jpg', '../x.png', '?page=2', '#putin-pyongyang-2024']) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of HOSTILE_URLS) expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
  });

  it('refuses what is not a non-empty string', () => {
    for (const value of ['', '   ', null, undefined, 42, {}, ['https://a.b']]) expect(isSafeUrl(value)).to.equal(false);
  });
});
