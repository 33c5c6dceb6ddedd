import { expect } from '@open-wc/testing';
import { localize, isRtlLanguage } from '../../src/core/text.js';

describe('localize', () => {
  const text = { en: 'Putin visits Pyongyang', ar: 'بوتين يزور بيونغ يانغ', 'fr-CA': 'Poutine à Pyongyang' };

  it('returns plain strings as they are', () => {
    expect(localize('Plain', 'ar')).to.equal('Plain');
  });

  it('picks the exact tag first', () => {
    expect(localize(text, 'ar')).to.equal('بوتين يزور بيونغ يانغ');
    expect(localize(text, 'fr-CA')).to.equal('Poutine à Pyongyang');
  });

  it('falls back to the base language of a regional tag', () => {
    expect(localize(text, 'ar-EG')).to.equal('بوتين يزور بيونغ يانغ');
    expect(localize(text, 'AR-eg')).to.equal('بوتين يزور بيونغ يانغ');
  });

  it('finds a regional entry for a base-language request', () => {
    expect(localize(text, 'fr')).to.equal('Poutine à Pyongyang');
  });

  it('falls back to English, then to the first entry', () => {
    expect(localize(text, 'ko')).to.equal('Putin visits Pyongyang');
    expect(localize({ ru: 'Путин', ko: '푸틴' }, 'ar')).to.equal('Путин');
  });

  it('gives an empty string for missing text', () => {
    expect(localize(undefined, 'en')).to.equal('');
    expect(localize({}, 'en')).to.equal('');
  });
});

describe('isRtlLanguage', () => {
  it('knows Arabic, Hebrew, Persian and Urdu, with or without a region', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'fa', 'ur']) expect(isRtlLanguage(lang), lang).to.equal(true);
    for (const lang of ['en', 'en-GB', 'ru', 'ko']) expect(isRtlLanguage(lang), lang).to.equal(false);
  });
});
