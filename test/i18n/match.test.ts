import { expect } from '@open-wc/testing';
import { matchLanguage } from '../../src/i18n/match.js';

// The 26 interface languages, spelled as their files are.
const AVAILABLE = ['ar', 'de', 'el', 'en', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant'];

describe('matchLanguage', () => {
  const table: Array<[asked: string, served: string | undefined]> = [
    // The exact tag, in any case.
    ['de', 'de'],
    ['zh-Hant', 'zh-Hant'],
    ['ZH-hans', 'zh-Hans'],
    // Chinese by script, given or likely for the region; bare zh is Simplified.
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    // Then the base language.
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['ar-EG', 'ar'],
    ['ar-SA', 'ar'],
    ['en-GB', 'en'],
    ['fa-IR', 'fa'],
    ['sr-Latn-RS', undefined],
    // Unknown languages: none.
    ['ca', undefined],
    ['qaa', undefined],
  ];
  for (const [asked, served] of table) {
    it(`serves ${asked} with ${served ?? 'nothing'}`, () => {
      expect(matchLanguage(asked, AVAILABLE)).to.equal(served);
    });
  }

  it('prefers a more specific language a page registered', () => {
    expect(matchLanguage('pt-BR', [...AVAILABLE, 'pt-BR'])).to.equal('pt-BR');
    expect(matchLanguage('pt-BR-x-news', [...AVAILABLE, 'pt-BR'])).to.equal('pt-BR');
    expect(matchLanguage('zh-TW', ['en', 'zh'])).to.equal('zh');
    expect(matchLanguage('zh-TW', ['en', 'zh', 'zh-Hant'])).to.equal('zh-Hant');
  });

  it('answers nothing, without throwing, for a tag Intl refuses', () => {
    expect(matchLanguage('not a tag', AVAILABLE)).to.equal(undefined);
    expect(matchLanguage('', AVAILABLE)).to.equal(undefined);
  });
});
