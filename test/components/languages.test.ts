// The interface in the reader's language: fetched on demand with no English shown first, matched
// as browsers match tags, overridden by the page, extended with registerLanguage, English for an
// unknown language (with its dates from Intl), digits per tag, and right to left for ar, fa, he, ur.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { formatEventDate, parseEventDate } from '../../src/core/dates.js';
import { loadLanguage, registerLanguage } from '../../src/i18n/languages.js';
import { en } from '../../src/i18n/messages.js';
import { flagshipData, mark, mountTimeline, settle, shadow, until } from '../support/timeline.js';

const STORY = {
  categories: [{ id: 'talks', label: { en: 'Talks', ko: '회담' }, color: '#1f6feb' }],
  events: [
    { id: 'first', start: '2024-06-19', category: 'talks', title: { en: 'First', ko: '첫 회담' } },
    { id: 'second', start: '2024-07-02', category: 'talks', title: { en: 'Second', ko: '두 번째 회담' } },
  ],
};

/** The interface's own words on screen: text, and the names and tips of controls. */
function shownWords(element: NewsTimeline): string {
  const root = shadow(element);
  const attributes = [...root.querySelectorAll('[aria-label], [title]')].flatMap((node) => [node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '']);
  return [root.textContent ?? '', ...attributes].join('\n');
}

/** English texts of the interface long enough not to be a word of the data by chance. */
const ENGLISH = Object.values(en).filter((value): value is string => typeof value === 'string' && value.length > 3);

/** The zoom buttons named by an icon: zoom out, zoom in, help. */
const iconButtons = (element: NewsTimeline) => [...shadow(element).querySelectorAll('[part="zoom"] button[aria-label]')];
const zoomInLabel = (element: NewsTimeline) => iconButtons(element)[1]?.getAttribute('aria-label') ?? null;
const zoomOutLabel = (element: NewsTimeline) => iconButtons(element)[0]?.getAttribute('aria-label') ?? null;
/** Whether the page asked for a language's chunk (the test server serves the source file under its own name). */
const chunkRequested = (tag: string) => performance.getEntriesByType('resource').some((entry) => new RegExp(`/i18n/locales/${tag}\\.(js|ts)$`).test(entry.name));

/** The marks drawn for single events, earliest first, with where they are. */
function marksInTime(element: NewsTimeline, data: { events: Array<{ id: string; start: string }> }) {
  const start = new Map(data.events.map((event) => [event.id, parseEventDate(event.start)!.time]));
  return [...shadow(element).querySelectorAll<SVGGElement>('.mark[data-event-id]')]
    .map((node) => ({ time: start.get(node.getAttribute('data-event-id')!)!, box: node.getBoundingClientRect() }))
    .sort((a, b) => a.time - b.time);
}

describe('interface languages', () => {
  it('fetches a language the first time a timeline needs it, and shows the loading state, never English, until it is there', async () => {
    expect(chunkRequested('ko')).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const element = document.createElement('news-timeline') as NewsTimeline;
    element.lang = 'ko';
    element.data = STORY;
    const seen: string[] = [];
    let loadingShown = false;
    wrapper.append(element);
    // Every state the shadow root goes through, as it is rendered.
    const observer = new MutationObserver(() => {
      seen.push(shownWords(element));
      if (shadow(element).querySelector('.status progress')) loadingShown = true;
    });
    observer.observe(shadow(element), { subtree: true, childList: true, characterData: true, attributes: true });
    const korean = (await loadLanguage('ko')).messages;
    expect(await until(() => zoomInLabel(element) === korean.zoomIn)).to.equal(true);
    observer.disconnect();
    expect(chunkRequested('ko')).to.equal(true);
    expect(loadingShown, 'the loading state was shown first').to.equal(true);
    expect(seen.length).to.be.greaterThan(1);
    for (const words of seen) for (const english of ENGLISH) expect(words, 'shown while loading').not.to.contain(english);
    expect(shadow(element).textContent).to.contain(korean.fit);
    expect(mark(element, 'first')!.getAttribute('aria-label')).to.contain('첫 회담');
  });

  it('fetches the language as soon as the element knows it, before any data', async () => {
    expect(chunkRequested('ja')).to.equal(false);
    await fixture(html`<div lang="ja"><news-timeline></news-timeline></div>`);
    expect(await until(() => chunkRequested('ja'))).to.equal(true);
  });

  it('resolves updateComplete once the language is shown', async () => {
    const element = await mountTimeline(STORY, 900, { lang: 'pl' });
    expect(zoomInLabel(element)).to.equal((await loadLanguage('pl')).messages.zoomIn);
  });

  it('switches language at run time, matching tags as browsers do, keeping the open event', async () => {
    const element = await mountTimeline(STORY, 900);
    element.select('second');
    await settle(element);
    expect(zoomInLabel(element)).to.equal(en.zoomIn);
    const cases: Array<[asked: string, table: string]> = [
      ['de-AT', 'de'],
      ['zh-TW', 'zh-Hant'],
      ['zh-CN', 'zh-Hans'],
      ['zh', 'zh-Hans'],
      ['zh-HK', 'zh-Hant'],
      ['ru', 'ru'],
      ['en-GB', 'en'],
    ];
    for (const [asked, table] of cases) {
      element.lang = asked;
      await element.updateComplete;
      const messages = table === 'en' ? en : (await loadLanguage(table)).messages;
      expect(zoomInLabel(element), asked).to.equal(messages.zoomIn);
      expect(shadow(element).querySelector('.root')!.getAttribute('lang')).to.equal(asked);
      expect(shadow(element).querySelector('[part="card"]')!.getAttribute('data-event-id-card'), asked).to.equal('second');
    }
  });

  it('keeps the page, and the focus in it, while a language switched to at run time loads', async () => {
    const element = await mountTimeline(STORY, 900);
    const zoomIn = iconButtons(element)[1] as HTMLButtonElement;
    zoomIn.focus();
    expect(chunkRequested('tr')).to.equal(false);
    element.lang = 'tr';
    // The render that asks for the language: still the English page, not a loading state.
    await new Promise((resolve) => setTimeout(resolve));
    expect(shadow(element).querySelector('.status progress')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(zoomIn);
    await element.updateComplete;
    expect(chunkRequested('tr')).to.equal(true);
    expect(zoomIn.getAttribute('aria-label')).to.equal((await loadLanguage('tr')).messages.zoomIn);
    expect(shadow(element).activeElement).to.equal(zoomIn);
  });

  it('takes overrides for the language shown, keyed like the message table', async () => {
    const element = await mountTimeline(STORY, 900);
    element.messages = {
      zoomIn: 'Closer',
      showCategory: (label) => `Only ${label}`,
      // A key the table does not have, and a value of the wrong type, change nothing.
      ...({ notAKey: 'x', zoomOut: 42 } as object),
    };
    await element.updateComplete;
    expect(zoomInLabel(element)).to.equal('Closer');
    expect(shadow(element).querySelector('[part="legend"] button')!.getAttribute('title')).to.equal('Only Talks');
    expect(zoomOutLabel(element)).to.equal(en.zoomOut);
    // A string for a message with arguments replaces whatever it would say.
    element.messages = { showCategory: 'Toggle' };
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="legend"] button')!.getAttribute('title')).to.equal('Toggle');
    // Over another language's table too.
    element.messages = { zoomIn: 'Näher' };
    element.lang = 'de';
    await element.updateComplete;
    const german = (await loadLanguage('de')).messages;
    expect(zoomInLabel(element)).to.equal('Näher');
    expect(zoomOutLabel(element)).to.equal(german.zoomOut);
    element.messages = undefined;
    await element.updateComplete;
    expect(zoomInLabel(element)).to.equal(german.zoomIn);
  });

  it('shows an unknown language in English, with its dates from Intl, and no error', async () => {
    let errors = 0;
    const element = document.createElement('news-timeline') as NewsTimeline;
    element.addEventListener('nt-error', () => errors++);
    element.lang = 'da';
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    wrapper.append(element);
    const loaded = oneEvent(element, 'nt-load');
    element.data = STORY;
    await loaded;
    element.select('first');
    await settle(element);
    expect(zoomInLabel(element)).to.equal(en.zoomIn);
    const danish = formatEventDate(parseEventDate('2024-06-19')!, 'da');
    expect(danish).to.equal('19. juni 2024');
    expect(shadow(element).querySelector('[part="card"] time')!.textContent).to.equal(danish);
    expect(errors).to.equal(0);
    expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
  });

  it('adds a language with registerLanguage: its words, English for keys left out, its direction', async () => {
    const element = await mountTimeline(STORY, 900, { lang: 'ca' });
    expect(zoomInLabel(element)).to.equal(en.zoomIn);
    // Registered after the element showed it in English: it turns to the new words.
    registerLanguage('ca', { zoomIn: 'Apropa', zoomOut: 'Allunya', showCategory: (label) => `Mostra ${label}` });
    await element.updateComplete;
    expect(zoomInLabel(element)).to.equal('Apropa');
    expect(shadow(element).querySelector('[part="legend"] button')!.getAttribute('title')).to.equal('Mostra Talks');
    expect(shadow(element).textContent).to.contain(en.fit);
    expect(shadow(element).querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
    // A right-to-left language: right to left unless the page says otherwise.
    registerLanguage('ckb', { zoomIn: 'نزیک بکەرەوە' });
    registerLanguage('syr', { zoomIn: 'ܩܪܒ' }, { dir: 'rtl' });
    for (const tag of ['ckb', 'syr']) {
      element.lang = tag;
      await element.updateComplete;
      expect(shadow(element).querySelector('.root')!.getAttribute('dir'), tag).to.equal('rtl');
    }
    expect(() => registerLanguage('not a tag', {})).to.throw(RangeError);
  });
});

describe('digits', () => {
  const cardDate = async (attrs: Record<string, string>) => {
    const element = await mountTimeline(STORY, 900, attrs);
    element.select('first');
    await settle(element);
    return {
      date: shadow(element).querySelector('[part="card"] time')!.textContent!,
      ticks: [...shadow(element).querySelectorAll('.tick text')].map((tick) => tick.textContent!).join(' '),
    };
  };
  const cases: Array<[attrs: Record<string, string>, digits: RegExp, name: string]> = [
    [{ lang: 'ar' }, /^[^\u0660-\u0669\u06f0-\u06f9]*\d/, 'Western digits for ar'],
    [{ lang: 'ur' }, /^[^\u0660-\u0669\u06f0-\u06f9]*\d/, 'Western digits for ur'],
    [{ lang: 'ar-EG' }, /^[^\d]*[\u0660-\u0669]/, 'Arabic-Indic digits for ar-EG'],
    [{ lang: 'ar-SA' }, /^[^\d]*[\u0660-\u0669]/, 'Arabic-Indic digits for ar-SA'],
    [{ lang: 'fa' }, /^[^\d]*[\u06f0-\u06f9]/, 'extended Arabic-Indic digits for fa'],
    [{ lang: 'ar', digits: 'arab' }, /^[^\d]*[\u0660-\u0669]/, 'Arabic-Indic digits when asked, in ar'],
    [{ lang: 'fa', digits: 'latn' }, /^[^\u0660-\u0669\u06f0-\u06f9]*\d/, 'Western digits when asked, in fa'],
  ];
  for (const [attrs, digits, name] of cases) {
    it(`writes ${name}, on the card and the axis`, async () => {
      const { date, ticks } = await cardDate(attrs);
      expect(date).to.match(digits);
      expect(ticks).to.match(digits);
      // One kind of digit only.
      const kinds = [/[0-9]/, /[\u0660-\u0669]/, /[\u06f0-\u06f9]/].filter((kind) => kind.test(date + ticks));
      expect(kinds, `${date} ${ticks}`).to.have.length(1);
    });
  }
});

describe('right to left', () => {
  for (const tag of ['ar', 'fa', 'he', 'ur']) {
    it(`runs time right to left in ${tag}, and mirrors the toolbar`, async () => {
      const data = await flagshipData();
      const element = await mountTimeline(data, 1000, { lang: tag });
      const root = shadow(element).querySelector('.root')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      // A later event's mark is left of an earlier one's.
      const marks = marksInTime(element, data);
      expect(marks.length).to.be.greaterThan(5);
      const [early, late] = [marks[0].box, marks[marks.length - 1].box];
      expect(late.right).to.be.lessThan(early.left);
      // The first control of the toolbar is on the right, the last on its left.
      const first = shadow(element).querySelector('[data-view="timeline"]')!.getBoundingClientRect();
      const last = shadow(element).querySelector('.help-toggle')!.getBoundingClientRect();
      expect(first.left).to.be.greaterThan(last.right);
      // The interface speaks the language.
      const messages = (await loadLanguage(tag)).messages;
      expect(shadow(element).querySelector('[data-view="list"]')!.textContent).to.equal(messages.listView);
    });
  }

  it('runs time left to right in English, the toolbar from the left (the same checks, turned round)', async () => {
    const data = await flagshipData();
    const element = await mountTimeline(data, 1000, { lang: 'en' });
    const marks = marksInTime(element, data);
    const [early, late] = [marks[0].box, marks[marks.length - 1].box];
    expect(late.left).to.be.greaterThan(early.right);
    const first = shadow(element).querySelector('[data-view="timeline"]')!.getBoundingClientRect();
    const last = shadow(element).querySelector('.help-toggle')!.getBoundingClientRect();
    expect(first.right).to.be.lessThan(last.left);
  });
});
