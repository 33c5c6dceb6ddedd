import { expect } from '@open-wc/testing';
import { validateTimeline } from '../../src/core/validate.js';
import { localize } from '../../src/core/text.js';
import { formatEventRange } from '../../src/core/dates.js';
import type { TimelineDocument } from '../../src/core/types.js';

// Every row of shared/facts/russia-north-korea.md, and the events its second and third editorial
// reviews add: id, start, end (inclusive), category.
const FACTS: Array<[string, string, string | undefined, string]> = [
  ['friendship-treaty-2000', '2000-02-09', undefined, 'diplomacy'],
  ['putin-pyongyang-2000', '2000-07-19', '2000-07-20', 'diplomacy'],
  ['kim-jong-il-train-moscow-2001', '2001-07-26', '2001-08-18', 'diplomacy'],
  ['kim-jong-il-vladivostok-2002', '2002-08-23', undefined, 'diplomacy'],
  ['six-party-talks-2003', '2003-08-27', '2003-08-29', 'diplomacy'],
  ['unscr-1718-2006', '2006-10-14', undefined, 'sanctions-un'],
  ['unscr-1874-2009', '2009-06-12', undefined, 'sanctions-un'],
  ['kim-jong-il-medvedev-2011', '2011-08-24', undefined, 'diplomacy'],
  ['kim-jong-il-death-2011', '2011-12-17', undefined, 'diplomacy'],
  ['debt-write-off', '2012-09-17', '2014-04-18', 'economy'],
  ['khasan-rajin-rail-2013', '2013-09-22', undefined, 'economy'],
  ['unscr-2397-2017', '2017-12-22', undefined, 'sanctions-un'],
  ['vladivostok-summit-2019', '2019-04-25', undefined, 'diplomacy'],
  ['invasion-of-ukraine', '2022-02-24', undefined, 'war'],
  ['unga-es-11-1', '2022-03-02', undefined, 'sanctions-un'],
  ['double-veto-2022', '2022-05-26', undefined, 'sanctions-un'],
  ['dpr-lpr-recognition', '2022-07-13', undefined, 'diplomacy'],
  ['us-intel-nk-shells-2022', '2022-09-06', undefined, 'military'],
  ['icc-warrant-putin', '2023-03-17', undefined, 'war'],
  ['shoigu-pyongyang-2023', '2023-07-25', '2023-07-27', 'military'],
  ['vostochny-summit-2023', '2023-09-13', undefined, 'diplomacy'],
  ['arms-containers-2023', '2023-10-13', undefined, 'military'],
  ['lavrov-pyongyang-2023', '2023-10-18', '2023-10-19', 'diplomacy'],
  ['nk-missiles-in-ukraine', '2024-01-04', undefined, 'war'],
  ['choe-son-hui-moscow-2024', '2024-01-15', '2024-01-17', 'diplomacy'],
  ['naryshkin-pyongyang-2024', '2024-03-25', '2024-03-27', 'military'],
  ['panel-of-experts-veto', '2024-03-28', undefined, 'sanctions-un'],
  ['putin-pyongyang-2024', '2024-06-19', undefined, 'diplomacy'],
  ['putin-vietnam-2024', '2024-06-20', undefined, 'diplomacy'],
  ['nk-troops-to-russia', '2024-10-18', undefined, 'war'],
  ['treaty-ratified', '2024-10-24', '2024-11-11', 'diplomacy'],
  ['choe-son-hui-moscow-nov-2024', '2024-11-04', undefined, 'diplomacy'],
  ['treaty-in-force', '2024-12-04', undefined, 'diplomacy'],
  ['nk-troops-kursk-combat-2024', '2024-12-16', undefined, 'war'],
];
const HEADLINES = ['putin-pyongyang-2000', 'vostochny-summit-2023', 'panel-of-experts-veto', 'putin-pyongyang-2024'];
// Events that may cite the same page. "Related" means the page itself reports on both events,
// not merely that they share a subject: Reuters' report of Kim Yo Jong's denial (May 2024) covers
// both the October 2023 container shipments and the January 2024 missiles. Keep this list short.
const SHARED_SOURCES: Array<[string, string]> = [['arms-containers-2023', 'nk-missiles-in-ukraine']];
// Two spellings of one page count as one: scheme, "www.", trailing slashes and the fragment are ignored.
const samePage = (url: string) => {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
};
const ARABIC = /[\u0600-\u06ff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const HANGUL = /[\uac00-\ud7af]/;
// Each script belongs to its language only: no Arabic, Cyrillic or Hangul leaks into another's text.
const SCRIPTS: Record<string, RegExp> = { ar: ARABIC, ru: CYRILLIC, ko: HANGUL };
// Names as the Russian and Korean press write them: where the English names one, so do the others.
const NAMES: Array<[string, string, string]> = [
  ['Kim Jong Un', 'Ким Чен Ын', '김정은'],
  ['Kim Jong Il', 'Ким Чен Ир', '김정일'],
  ['in Pyongyang', 'Пхеньян', '평양'],
  ['Vladivostok', 'Владивосток', '블라디보스토크'],
  ['Vostochny', 'космодром', '보스토치니 우주기지'],
  ['Putin', 'Путин', '푸틴'],
  ['Lavrov', 'Лавров', '라브로프'],
  ['Choe Son Hui', 'Чвэ Сон Хи', '최선희'],
  ['Kremlin', 'Кремл', '크렘린'],
];

describe('the Russia–North Korea dataset', () => {
  let raw: TimelineDocument;
  before(async () => {
    raw = await (await fetch('/src/data/russia-north-korea.json')).json();
  });

  it('is valid, with no problems reported', () => {
    const { timeline, issues } = validateTimeline(raw);
    expect(issues).to.deep.equal([]);
    expect(timeline!.events).to.have.length(34);
  });

  it('has every row of the facts sheet with its id, dates and category', () => {
    const { timeline } = validateTimeline(raw);
    const byId = new Map(timeline!.events.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).to.deep.equal(FACTS.map((f) => f[0]).sort());
    for (const [id, start, end, category] of FACTS) {
      const event = byId.get(id)!;
      expect(event.start.iso, id).to.equal(start);
      expect(event.end?.iso, id).to.equal(end);
      expect(event.category, id).to.equal(category);
    }
  });

  it('gives the four headline events importance 3', () => {
    const { timeline } = validateTimeline(raw);
    for (const id of HEADLINES) expect(timeline!.events.find((e) => e.id === id)!.importance, id).to.equal(3);
  });

  it('writes every title, summary, category and era in English, Arabic, Russian and Korean', () => {
    const check = (text: Record<string, string>, where: string) => {
      expect(text.en, `${where}.en`).to.be.a('string').and.not.match(ARABIC).and.not.match(CYRILLIC).and.not.match(HANGUL);
      for (const [lang, script] of Object.entries(SCRIPTS)) {
        expect(text[lang], `${where}.${lang}`).to.match(script);
        for (const [, other] of Object.entries(SCRIPTS).filter(([other]) => other !== lang)) expect(text[lang], `${where}.${lang}`).to.not.match(other);
      }
    };
    for (const event of raw.events) {
      for (const field of ['title', 'summary'] as const) check(event[field] as Record<string, string>, `${event.id}.${field}`);
    }
    // The story has no pictures today; any it gets must be described in every language too.
    for (const event of raw.events.filter((e) => e.media)) check(event.media!.alt as Record<string, string>, `${event.id}.media.alt`);
    raw.categories!.forEach((c) => check(c.label as Record<string, string>, `categories.${c.id}`));
    raw.eras!.forEach((e) => check(e.label as Record<string, string>, `eras.${e.id}`));
    check(raw.title as Record<string, string>, 'title');
    check(raw.description as Record<string, string>, 'description');
    for (const lang of ['ar', 'ru', 'ko']) expect(localize(raw.title, lang)).to.match(SCRIPTS[lang]);
  });

  it('writes names as the Russian and Korean press do', () => {
    for (const event of raw.events) {
      for (const field of ['title', 'summary'] as const) {
        const text = event[field] as Record<string, string>;
        for (const [english, russian, korean] of NAMES.filter(([english]) => text.en.includes(english))) {
          expect(text.ru, `${event.id}.${field}.ru: ${english}`).to.include(russian);
          expect(text.ko, `${event.id}.${field}.ko: ${english}`).to.include(korean);
        }
      }
    }
    const russian = raw.events.map((e) => `${(e.title as Record<string, string>).ru} ${(e.summary as Record<string, string>).ru}`).join(' ');
    expect(russian).to.not.match(/Ким Чен Ун|Ким Чон Ын|Ким Джон|Пхеньянг|Пьонгьянг/);
  });

  it('cites at least one source with a publisher for every event', () => {
    for (const event of raw.events) {
      expect(event.sources ?? [], event.id).to.not.be.empty;
      for (const source of event.sources!) {
        expect(source.url, event.id).to.match(/^https?:\/\//);
        expect(source.publisher, source.url).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('never cites one page for two unrelated events', () => {
    const related = new Set(SHARED_SOURCES.map(([a, b]) => [a, b].sort().join(' ')));
    const citedBy = new Map<string, string>();
    for (const event of raw.events) {
      for (const page of new Set(event.sources!.map((s) => samePage(s.url)))) {
        const first = citedBy.get(page);
        if (first) expect(related.has([first, event.id].sort().join(' ')), `${page}: ${first} and ${event.id}`).to.equal(true);
        else citedBy.set(page, event.id);
      }
    }
    // Every allowed pair is still in use, so the list cannot grow stale.
    for (const [a, b] of SHARED_SOURCES) {
      const pages = (id: string) => raw.events.find((e) => e.id === id)!.sources!.map((s) => samePage(s.url));
      expect(pages(a).some((p) => pages(b).includes(p)), `${a} / ${b}`).to.equal(true);
    }
  });

  it('dates the June 2024 visit by the day Putin landed, 19 June', () => {
    const { timeline } = validateTimeline(raw);
    const visit = timeline!.events.find((e) => e.id === 'putin-pyongyang-2024')!;
    expect(formatEventRange(visit.start, visit.end, 'en-GB')).to.equal('19 June 2024');
    expect(formatEventRange(visit.start, visit.end, 'ar')).to.equal('19 يونيو 2024');
    expect(formatEventRange(visit.start, visit.end, 'ar-EG')).to.equal('١٩ يونيو ٢٠٢٤');
  });

  describe('the third editorial review', () => {
    const event = (id: string) => raw.events.find((e) => e.id === id)!;
    const text = (id: string, field: 'title' | 'summary', lang: string) => (event(id)[field] as Record<string, string>)[lang];
    const urls = (id: string) => event(id).sources!.map((s) => s.url);

    it('times the double veto after Resolution 2397 as May 2022', () => {
      expect(text('unscr-2397-2017', 'summary', 'en')).to.include('In May 2022 Russia and China vetoed').and.not.include('Five years later');
      expect(text('unscr-2397-2017', 'summary', 'ar')).to.include('وفي مايو/أيار 2022').and.not.include('بعد خمس سنوات');
      expect(text('unscr-2397-2017', 'summary', 'ru')).to.include('В мае 2022 года');
      expect(text('unscr-2397-2017', 'summary', 'ko')).to.include('2022년 5월');
    });

    it('dates the monitors’ report on the Kharkiv missile to late April 2024, citing it', () => {
      expect(text('nk-missiles-in-ukraine', 'summary', 'en')).to.include('in late April 2024 UN sanctions monitors reported, according to Reuters').and.not.include('May 2024');
      expect(text('nk-missiles-in-ukraine', 'summary', 'ar')).to.include('أواخر أبريل/نيسان 2024').and.not.include('مايو/أيار 2024');
      expect(text('nk-missiles-in-ukraine', 'summary', 'ru')).to.include('в конце апреля 2024 года');
      expect(text('nk-missiles-in-ukraine', 'summary', 'ko')).to.include('2024년 4월 말');
      expect(urls('nk-missiles-in-ukraine')).to.include('http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185185');
    });

    it('says the Rajin port terminal was still being completed', () => {
      expect(text('khasan-rajin-rail-2013', 'summary', 'en')).to.include('rebuilt the line and was completing a port terminal');
      for (const phrase of ['شركة «السكك الحديدية الروسية»', 'ميناء راجين في منطقة راسون', 'تعمل على إنجاز محطة للشحن']) {
        expect(text('khasan-rajin-rail-2013', 'summary', 'ar')).to.include(phrase);
      }
      expect(text('khasan-rajin-rail-2013', 'summary', 'ru')).to.include('достраивали портовый терминал');
      expect(text('khasan-rajin-rail-2013', 'summary', 'ko')).to.include('터미널 공사를 마무리하고 있었다');
    });

    it('gives SC/9946 its real title', () => {
      const release = event('unscr-1874-2009').sources!.find((s) => s.url.includes('sc9946'))!;
      expect(release.title).to.match(/^Security Council Extends Mandate of Expert Panel Monitoring Sanctions against Democratic People’s Republic of Korea until 12 June 2011 /);
    });

    it('places Choe Son Hui’s pledge at her talks with Lavrov on 1 November', () => {
      expect(text('choe-son-hui-moscow-nov-2024', 'summary', 'en')).to.include('At her talks with Lavrov on 1 November, she had pledged').and.not.include('After talks with Lavrov');
      expect(text('choe-son-hui-moscow-nov-2024', 'summary', 'ar')).to.include('التي وصلت إلى موسكو في').and.include('خلال محادثاتها مع لافروف');
      expect(text('choe-son-hui-moscow-nov-2024', 'summary', 'ru')).to.include('На переговорах с Лавровым 1 ноября');
      expect(text('choe-son-hui-moscow-nov-2024', 'summary', 'ko')).to.include('11월 1일 라브로프 외무장관과의 회담에서');
      expect(urls('choe-son-hui-moscow-nov-2024')).to.include('https://www.themoscowtimes.com/2024/11/01/north-korea-says-it-will-stand-by-russia-until-victory-over-ukraine-a86878');
    });

    it('attributes the 02:22 landing to Russian media and keeps the Kremlin’s schedule', () => {
      expect(text('putin-pyongyang-2024', 'summary', 'en')).to.include('scheduled by the Kremlin for 18–19 June').and.include('at 02:22 local time on 19 June, Russian media reported');
      for (const phrase of ['في الساعة 2:22 فجرا', 'فإن الطرف الآخر يقدم له', 'زيارة يقوم بها إلى كوريا الشمالية', 'بحسب وسائل إعلام روسية']) {
        expect(text('putin-pyongyang-2024', 'summary', 'ar')).to.include(phrase);
      }
      expect(text('putin-pyongyang-2024', 'summary', 'ru')).to.include('по сообщениям российских СМИ').and.include('02:22');
      expect(text('putin-pyongyang-2024', 'summary', 'ko')).to.include('러시아 언론에 따르면').and.include('오전 2시 22분');
    });

    it('has the Arabic rewordings', () => {
      expect(text('panel-of-experts-veto', 'summary', 'ar')).to.include('يقضي بتمديد ولاية فريق الخبراء حتى 30 أبريل/نيسان 2025، وهو الفريق الذي يساعد «لجنة 1718»');
      expect(text('vostochny-summit-2023', 'summary', 'ar')).to.include('وبعد يومين، أعلن الكرملين أن الجانبين لم يوقعا أي اتفاق.');
      expect(text('putin-pyongyang-2000', 'summary', 'ar')).to.include('في 19 يوليو/تموز إعلانا مشتركا').and.not.include('في اليوم الأول من الزيارة');
    });

    it('adds the six-party talks, the shells finding with its denials, and the Kursk fighting, each with its sources', () => {
      expect(text('six-party-talks-2003', 'summary', 'en')).to.include('Losyukov').and.include('29 August');
      expect(urls('six-party-talks-2003')).to.deep.equal([
        'http://en.people.cn/200308/27/eng20030827_123137.shtml',
        'http://www.acronym.org.uk/old/archive/textonly/dd/dd73/73news01.htm',
      ]);
      // The finding is Washington's; both denials are given with their dates.
      expect(text('us-intel-nk-shells-2022', 'summary', 'en')).to.include('The New York Times').and.include('“another fake”').and.include('on 22 September North Korea’s defence ministry');
      expect(text('us-intel-nk-shells-2022', 'summary', 'ru')).to.include('Небензя').and.include('22 сентября');
      expect(text('us-intel-nk-shells-2022', 'summary', 'ko')).to.include('네벤자').and.include('9월 22일');
      expect(urls('us-intel-nk-shells-2022')).to.deep.equal([
        'https://www.japantimes.co.jp/news/2022/09/06/world/russia-north-korean-artillery-us-intelligence/',
        'https://www.axios.com/2022/09/06/russia-north-korea-rockets-artillery-ukraine',
        'https://www.ibtimes.sg/russia-rejects-reports-its-buying-artillery-shells-rockets-north-korea-says-white-house-66654',
        'https://m-en.yna.co.kr/view/AEN20220922001151325',
      ]);
      // Dated by the Pentagon's confirmation; Ukraine's earlier report and the Pentagon's doubt are attributed.
      const kursk = text('nk-troops-kursk-combat-2024', 'summary', 'en');
      for (const step of ['On 16 December the Pentagon said', 'on 5 November Ukraine’s defence minister, Rustem Umerov', 'on 18 November the Pentagon said it had not confirmed']) {
        expect(kursk).to.include(step);
      }
      expect(text('nk-troops-kursk-combat-2024', 'summary', 'ru')).to.include('16 декабря').and.include('5 ноября').and.include('18 ноября');
      expect(text('nk-troops-kursk-combat-2024', 'summary', 'ko')).to.include('12월 16일').and.include('11월 5일').and.include('11월 18일');
      expect(urls('nk-troops-kursk-combat-2024')).to.deep.equal([
        'https://global.espreso.tv/russia-ukraine-war-ukrainian-defence-minister-confirms-information-about-first-clashes-between-ukrainian-armed-forces-and-dprk-military-in-kursk-region',
        'https://www.defense.gov/News/News-Stories/Article/Article/3968230/north-korean-troops-enter-kursk-where-ukrainians-are-fighting/',
        'https://navytimes.com/global/europe/2024/12/16/north-korean-troops-were-reportedly-killed-fighting-against-ukraine',
      ]);
    });
  });
});
