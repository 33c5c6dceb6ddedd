import { expect } from '@open-wc/testing';
import { EventSearch, foldForSearch, searchTerms } from '../../src/core/search.js';
import { localize } from '../../src/core/text.js';
import { validateTimeline } from '../../src/core/validate.js';

const found = (text: string, query: string) => {
  const terms = searchTerms(query);
  const folded = foldForSearch(text);
  return terms.every((term) => folded.includes(term));
};

describe('foldForSearch', () => {
  it('ignores case and accents in Latin text', () => {
    expect(found('Putin visits Pyongyang', 'PYONGYANG')).to.equal(true);
    expect(found('Séoul and Pyŏngyang', 'seoul pyongyang')).to.equal(true);
    expect(found('Naïve café', 'CAFE naive')).to.equal(true);
    expect(found('Putin visits Pyongyang', 'moscow')).to.equal(false);
  });

  it('ignores Arabic short vowels, shadda and tatweel', () => {
    expect(found('مُعَاهَدَة', 'معاهده')).to.equal(true);
    expect(found('بوتين', 'بُوتِين')).to.equal(true);
    expect(found('روســـيا', 'روسيا')).to.equal(true);
    expect(found('الشدّة', 'الشده')).to.equal(true);
  });

  it('treats the alef forms أ إ آ ا alike, ى as ي and ة as ه, whichever side has them', () => {
    for (const alef of ['أ', 'إ', 'آ', 'ا', 'ٱ']) {
      expect(found(`${alef}وكرانيا`, 'اوكرانيا'), alef).to.equal(true);
      expect(found('أوكرانيا', `${alef}وكرانيا`), alef).to.equal(true);
    }
    expect(found('موسكو إلى بيونغ يانغ', 'الي')).to.equal(true);
    expect(found('مستشفى', 'مستشفي')).to.equal(true);
    expect(found('قمة فوستوشني', 'قمه')).to.equal(true);
    expect(found('قمه', 'قمة')).to.equal(true);
  });

  it('reads Arabic-Indic digits as 0–9', () => {
    expect(found('عام ٢٠٢٤', '2024')).to.equal(true);
    expect(found('June 2024', '٢٠٢٤')).to.equal(true);
  });

  it('needs every word of the query, in any order', () => {
    expect(found('Kim Jong Un visits Vostochny', 'vostochny kim')).to.equal(true);
    expect(found('Kim Jong Un visits Vostochny', 'vostochny putin')).to.equal(false);
    expect(searchTerms('   ')).to.deep.equal([]);
  });
});

describe('EventSearch', () => {
  const { timeline } = validateTimeline({
    events: [
      { id: 'a', start: '2000-07-19', title: { en: 'Putin visits Pyongyang', ar: 'بوتين يزور بيونغ يانغ' }, summary: { en: 'A first visit.' } },
      { id: 'b', start: '2019-04-25', title: { en: 'Summit in Vladivostok', ar: 'قمّة في فلاديفوستوك' }, summary: { en: 'Kim meets Putin.' } },
      { id: 'c', start: '2023-09-13', title: { en: 'Vostochny summit', ar: 'قمة فوستوشني' } },
    ],
  });
  const events = timeline!.events;

  it('finds by title and summary in the language shown', () => {
    const english = new EventSearch((e) => `${localize(e.title, 'en')} ${localize(e.summary, 'en')}`);
    expect([...english.find(events, 'putin')!]).to.deep.equal(['a', 'b']);
    expect([...english.find(events, 'summit')!]).to.deep.equal(['b', 'c']);
    const arabic = new EventSearch((e) => `${localize(e.title, 'ar')} ${localize(e.summary, 'ar')}`);
    expect([...arabic.find(events, 'قمه')!]).to.deep.equal(['b', 'c']);
  });

  it('filters nothing for an empty query, and finds nothing for a word no event has', () => {
    const search = new EventSearch((e) => localize(e.title, 'en'));
    expect(search.find(events, '')).to.equal(null);
    expect(search.find(events, 'zzz')!.size).to.equal(0);
  });
});
