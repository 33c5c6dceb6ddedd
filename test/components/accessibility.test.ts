import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { dashes, flagshipData, focused, mark, mountTimeline, press, settle, shadow, visibleIds } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});
const titleOf = (id: string) => data.events.find((e: any) => e.id === id).title;

/** The visible window, read from the axis ticks a sighted reader sees. */
const tickLabels = (element: NewsTimeline) => [...shadow(element).querySelectorAll('.tick text')].map((t) => t.textContent);

describe('axe: no violations', () => {
  for (const lang of ['en', 'ar']) {
    for (const theme of ['light', 'dark']) {
      it(`${lang}, ${theme}: timeline view, then with a card open, then the list view`, async () => {
        const element = await mountTimeline(data, 1000, { lang, theme });
        await expect(element).to.be.accessible();
        element.select('putin-pyongyang-2024');
        await settle(element);
        await expect(element).to.be.accessible();
        shadow(element).querySelector<HTMLButtonElement>('.help-toggle')!.click();
        // The help panel loads from a chunk the first time it is opened.
        for (let i = 0; i < 100 && !shadow(element).querySelector('[part="help"] kbd'); i++) await settle(element);
        expect(shadow(element).querySelector('[part="help"] kbd'), 'the help panel').to.exist;
        expect(getComputedStyle(shadow(element).querySelector('[part="help"] kbd')!).borderBlockEndWidth, 'its styles').to.equal('2px');
        await expect(element).to.be.accessible();
        shadow(element).querySelector<HTMLButtonElement>('[data-view="list"]')!.click();
        await settle(element);
        expect(shadow(element).querySelector('[part="list"]')).to.exist;
        await expect(element).to.be.accessible();
      });
    }
  }

  it('with the error panel showing', async () => {
    const broken = structuredClone(data);
    broken.events[0].start = 'soon';
    const element = await mountTimeline(broken, 800);
    expect(shadow(element).querySelector('[part="error"]')).to.exist;
    await expect(element).to.be.accessible();
  });
});

describe('screen readers', () => {
  it('names each mark with its title, date and category, and its place in the story', async () => {
    const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12' });
    const visit = mark(element, 'putin-pyongyang-2000')!;
    expect(visit.getAttribute('role')).to.equal('button');
    expect(dashes(visit.getAttribute('aria-label')!)).to.equal('Putin makes first visit to Pyongyang, July 19–20, 2000, Diplomacy');
    expect(visit.getAttribute('aria-description')).to.equal('2 of 34');
    // Egyptian Arabic: Arabic-Indic digits, as Intl writes them for ar-EG.
    element.setAttribute('lang', 'ar-EG');
    await settle(element);
    const arabic = mark(element, 'putin-pyongyang-2000')!;
    expect(dashes(arabic.getAttribute('aria-label')!)).to.equal(`${data.events[1].title.ar}، ١٩–٢٠ يوليو ٢٠٠٠، الدبلوماسية`);
    expect(arabic.getAttribute('aria-description')).to.equal('٢ من ٣٤');
  });

  it('says how many events a cluster holds', async () => {
    const element = await mountTimeline(data, 600);
    const cluster = shadow(element).querySelector('.cluster')!;
    const count = cluster.querySelectorAll('[data-event-id]').length;
    expect(cluster.getAttribute('aria-label')).to.match(new RegExp(`^${count} events, [A-Z][a-z]+ \\d.*\\d{4}\\. Press Enter to show them\\.$`));
    element.setAttribute('lang', 'ar');
    await settle(element);
    expect(shadow(element).querySelector('.cluster')!.getAttribute('aria-label')).to.contain('اضغط مفتاح Enter لعرض');
  });

  it('makes the track one named region that says how to move', async () => {
    const element = await mountTimeline(data);
    const track = shadow(element).querySelector('[part="track"]')!;
    expect(track.getAttribute('role')).to.equal('region');
    expect(track.getAttribute('aria-label')).to.equal('Timeline: Russia and North Korea, 2000–2024');
    const help = shadow(element).getElementById(track.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.contain('arrow keys');
    expect(shadow(element).querySelectorAll('.mark[tabindex="0"]')).to.have.length(1);
  });

  it('announces only the title and date of a newly selected event, politely', async () => {
    const element = await mountTimeline(data);
    element.select('vostochny-summit-2023');
    await settle(element);
    const live = shadow(element).querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal(`${titleOf('vostochny-summit-2023').en}, September 13, 2023`);
    const card = shadow(element).querySelector('[part="card"]')!;
    expect(card.tagName).to.equal('SECTION');
    expect(shadow(element).getElementById(card.getAttribute('aria-labelledby')!)!.tagName).to.equal('H2');
  });

  it('offers a list view: an ordered list with headings, <time> dates, summaries and sources', async () => {
    const element = await mountTimeline(data, 900, { lang: 'ar' });
    const toggle = shadow(element).querySelector<HTMLButtonElement>('[data-view="list"]')!;
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    toggle.click();
    await settle(element);
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    const items = shadow(element).querySelectorAll('[part="list"] > li');
    expect(items).to.have.length(34);
    const first = items[0];
    expect(first.querySelector('h3')!.textContent).to.equal(data.events[0].title.ar);
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2000-02-09');
    // Plain `ar`: Western digits, as Intl and most pan-Arab outlets write them.
    expect(first.querySelector('time')!.textContent).to.equal('9 فبراير 2000');
    expect(first.querySelectorAll('a[href^="https:"]').length).to.equal(3);
    expect(shadow(element).querySelector('[part="track"]')).to.equal(null);
  });

  it('prints the list of events rather than the zoomable track', async () => {
    const element = await mountTimeline(data);
    window.dispatchEvent(new Event('beforeprint'));
    expect(shadow(element).querySelectorAll('[part="list"] > li')).to.have.length(34);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shadow(element).querySelector('[part="track"]')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect(shadow(element).querySelector('[part="list"]')).to.equal(null);
  });
});

describe('keyboard', () => {
  it('moves in visual order with the arrows, and across lanes with Up and Down', async () => {
    const element = await mountTimeline(data, 1280, { start: '2022-01', end: '2022-12' });
    mark(element, 'invasion-of-ukraine')!.focus();
    expect(press(element, 'ArrowUp').defaultPrevented).to.equal(true);
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('unga-es-11-1');
    press(element, 'ArrowRight');
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('double-veto-2022');
    press(element, 'ArrowUp');
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('us-intel-nk-shells-2022');
    press(element, 'ArrowUp');
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('dpr-lpr-recognition');
  });

  it('mirrors in Arabic: the right arrow goes back in time', async () => {
    const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12', lang: 'ar' });
    mark(element, 'putin-pyongyang-2000')!.focus();
    press(element, 'ArrowRight');
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('friendship-treaty-2000');
    press(element, 'ArrowLeft');
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('putin-pyongyang-2000');
  });

  it('pans to the next event when focus moves past the edge of the view', async () => {
    const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12' });
    mark(element, 'kim-jong-il-vladivostok-2002')!.focus();
    press(element, 'ArrowRight');
    await settle(element);
    expect(focused(element)!.dataset.eventId).to.equal('six-party-talks-2003');
    expect(visibleIds(element)).to.include('six-party-talks-2003');
  });

  it('goes to the first and last event with Home and End', async () => {
    const element = await mountTimeline(data, 1280, { start: '2019-01', end: '2022-12' });
    shadow(element).querySelector<SVGGElement>('.mark[tabindex="0"]')!.focus();
    press(element, 'End');
    await settle(element);
    expect(visibleIds(element)).to.include('nk-troops-kursk-combat-2024');
    expect(focused(element)!.getAttribute('aria-label')).to.contain(titleOf('nk-troops-kursk-combat-2024').en);
    press(element, 'Home');
    await settle(element);
    expect(shadow(element).activeElement!.getAttribute('data-key')).to.match(/friendship-treaty-2000/);
  });

  it('opens with Enter or Space, closes with Escape and returns focus to the mark', async () => {
    const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12' });
    mark(element, 'putin-pyongyang-2000')!.focus();
    press(element, ' ');
    await settle(element);
    expect(element.selected).to.equal('putin-pyongyang-2000');
    const close = shadow(element).querySelector<HTMLButtonElement>('[part="card"] button')!;
    close.focus();
    expect(press(element, 'Escape').defaultPrevented).to.equal(true);
    await settle(element);
    expect(element.selected ?? null).to.equal(null);
    expect(focused(element)!.dataset.eventId).to.equal('putin-pyongyang-2000');
    press(element, 'Enter');
    await settle(element);
    expect(element.selected).to.equal('putin-pyongyang-2000');
  });

  it('zooms with + and -, fits with 0, and never lets those keys reach the page', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await mountTimeline(data);
      shadow(element).querySelector<SVGGElement>('.mark[tabindex="0"]')!.focus();
      const before = tickLabels(element).join();
      const zoomed = oneEvent(element, 'nt-range-change');
      expect(press(element, '+').defaultPrevented).to.equal(true);
      await zoomed;
      await settle(element);
      expect(tickLabels(element).join()).to.not.equal(before);
      // Zooming by key keeps the focused event in view and focused.
      expect(focused(element)).to.not.equal(null);
      press(element, '-');
      await settle(element);
      press(element, '0');
      await settle(element);
      expect(tickLabels(element).join()).to.equal(before);
      expect(focused(element)).to.not.equal(null);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('leaves Ctrl, ⌘ and Alt shortcuts to the browser', async () => {
    const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12' });
    mark(element, 'putin-pyongyang-2000')!.focus();
    for (const key of ['0', '+', 'ArrowLeft']) {
      for (const modifier of ['ctrlKey', 'metaKey', 'altKey']) {
        const event = new KeyboardEvent('keydown', { key, [modifier]: true, bubbles: true, composed: true, cancelable: true });
        focused(element)!.dispatchEvent(event);
        expect(event.defaultPrevented, `${modifier}+${key}`).to.equal(false);
      }
    }
  });

  it('keeps focus on the card buttons at the ends of the story', async () => {
    const element = await mountTimeline(data);
    element.select('treaty-in-force');
    await settle(element);
    const next = shadow(element).querySelectorAll<HTMLButtonElement>('.card-nav button')[1];
    next.focus();
    next.click();
    await settle(element);
    expect(element.selected).to.equal('nk-troops-kursk-combat-2024');
    const last = shadow(element).querySelectorAll<HTMLButtonElement>('.card-nav button')[1];
    expect(last.getAttribute('aria-disabled')).to.equal('true');
    last.click();
    await settle(element);
    expect(element.selected).to.equal('nk-troops-kursk-combat-2024');
    expect(shadow(element).activeElement).to.equal(last);
  });

  it('returns focus to the closed event even when it had scrolled out of view', async () => {
    const element = await mountTimeline(data, 1280);
    element.select('friendship-treaty-2000');
    await settle(element);
    element.zoomTo('2023-01', '2024-12');
    await oneEvent(element, 'nt-range-change');
    await settle(element);
    shadow(element).querySelector<HTMLButtonElement>('[part="card"] button')!.focus();
    press(element, 'Escape');
    await settle(element);
    expect(focused(element)!.getAttribute('data-key')).to.contain('friendship-treaty-2000');
  });

  it('never pulls focus back from a control the reader moved to', async () => {
    const element = await mountTimeline({
      events: ['a', 'b'].map((id) => ({ id, start: '2024-06-19', title: id })).concat([{ id: 'z', start: '2025-06-01', title: 'z' }]),
    });
    const cluster = shadow(element).querySelector<SVGGElement>('.cluster')!;
    cluster.focus();
    press(element, 'Enter');
    await settle(element);
    const help = shadow(element).querySelector<HTMLButtonElement>('.help-toggle')!;
    help.focus();
    element.setAttribute('theme', 'dark');
    await settle(element);
    expect(shadow(element).activeElement).to.equal(help);
  });

  it('brings in the nearest event with the arrows when none is in view', async () => {
    const element = await mountTimeline(data, 1280, { start: '2015-01', end: '2016-12' });
    const svg = shadow(element).querySelector<SVGSVGElement>('svg.timeline')!;
    svg.focus();
    expect(press(element, 'ArrowRight').defaultPrevented).to.equal(true);
    await settle(element);
    expect(visibleIds(element)).to.include('unscr-2397-2017');
    expect(focused(element)!.getAttribute('data-key')).to.contain('unscr-2397-2017');
  });

  it('keeps a tab stop on the track when no event is in view', async () => {
    const element = await mountTimeline(data, 1280, { start: '2015-01', end: '2015-12' });
    expect(shadow(element).querySelectorAll('.mark')).to.have.length(0);
    const svg = shadow(element).querySelector<SVGSVGElement>('svg.timeline')!;
    expect(svg.getAttribute('tabindex')).to.equal('0');
    expect(svg.getAttribute('aria-label')).to.contain('No events in view');
    svg.focus();
    expect(shadow(element).activeElement).to.equal(svg);
    const fitted = oneEvent(element, 'nt-range-change');
    press(element, '0');
    await fitted;
    await settle(element);
    expect(shadow(element).querySelectorAll('.mark').length).to.be.greaterThan(5);
  });

  it('puts the toolbar, then find, then the legend, then the track, then the card in focus order', async () => {
    const element = await mountTimeline(data);
    element.select('putin-pyongyang-2024');
    await settle(element);
    const order = [...shadow(element).querySelectorAll<HTMLElement>('button, input, [tabindex="0"], a')].map((node) =>
      node.closest('[part]')!.getAttribute('part'),
    );
    const firsts = order.filter((part, i) => order.indexOf(part) === i);
    expect(firsts).to.deep.equal(['toolbar', 'zoom', 'search', 'legend', 'track', 'card']);
  });

  it('lists the shortcuts behind a help button, in the current language', async () => {
    const element = await mountTimeline(data, 1000, { lang: 'ar' });
    const button = shadow(element).querySelector<HTMLButtonElement>('.help-toggle')!;
    expect(button.getAttribute('aria-label')).to.equal('مساعدة');
    button.click();
    await settle(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const help = shadow(element).querySelector('[part="help"]')!;
    // Eight keys, then five touch and mouse gestures, each under its heading.
    expect([...help.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['اختصارات لوحة المفاتيح', 'اللمس والفأرة']);
    expect([...help.querySelectorAll('dl')].map((list) => list.querySelectorAll('dt').length)).to.deep.equal([8, 5]);
    expect(help.textContent).to.contain('إغلاق البطاقة');
    expect(help.textContent).to.contain('التكبير أو التصغير بالفأرة');
    help.querySelector('dt')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(element);
    expect(shadow(element).querySelector('[part="help"]')).to.equal(null);
  });
});

describe('visible focus', () => {
  for (const theme of ['light', 'dark']) {
    it(`shows a focus ring on every control reached with Tab (${theme})`, async () => {
      const element = await mountTimeline(data, 1000, { theme });
      element.select('putin-pyongyang-2024');
      await settle(element);
      const reached = new Set<string>();
      for (let i = 0; i < 20; i++) {
        await sendKeys({ press: 'Tab' });
        const active = shadow(element).activeElement as HTMLElement | null;
        if (!active) break;
        const isMark = active.classList.contains('mark');
        const style = getComputedStyle(isMark ? active.querySelector('.ring')! : active);
        if (isMark) expect(parseFloat(style.strokeWidth), 'mark ring').to.be.at.least(3);
        else {
          expect(style.outlineStyle, active.textContent!).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        }
        reached.add(active.closest('[part]')!.getAttribute('part')!);
      }
      expect([...reached]).to.include.members(['toolbar', 'search', 'legend', 'track', 'card']);
    });
  }
});

describe('rings', () => {
  it('rings only the mark holding the tab stop and the selected one, and moves the ring with focus', async () => {
    const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12' });
    element.select('putin-pyongyang-2000');
    await settle(element);
    const ringed = () => [...shadow(element).querySelectorAll('.mark')].filter((m) => m.querySelector('.ring')).map((m) => m.getAttribute('data-key'));
    // Selected and holding the tab stop: one mark, one ring, among several marks.
    expect(shadow(element).querySelectorAll('.mark').length).to.be.greaterThan(2);
    expect(ringed()).to.deep.equal(['putin-pyongyang-2000']);
    // The ring is no part of the pointer's target: a ringed mark is aimed at on its shape, as every other mark is.
    const ringedMark = mark(element, 'putin-pyongyang-2000')!;
    const shape = ringedMark.querySelector('.shape')!.getBoundingClientRect();
    const [cx, cy] = [shape.x + shape.width / 2, shape.y + shape.height / 2];
    expect(shadow(element).elementFromPoint(cx, cy)?.closest('.mark')).to.equal(ringedMark);
    expect(shadow(element).elementFromPoint(shape.right + 3, cy)?.closest('.mark') ?? null).to.not.equal(ringedMark);
    mark(element, 'putin-pyongyang-2000')!.focus();
    press(element, 'ArrowRight');
    await settle(element);
    const moved = focused(element)!.getAttribute('data-key');
    expect(moved).to.not.equal('putin-pyongyang-2000');
    // The focused mark now has its ring, and the selected one keeps its own.
    expect(ringed().sort()).to.deep.equal([moved, 'putin-pyongyang-2000'].sort());
    expect(focused(element)!.querySelector('.ring')).to.not.equal(null);
  });
});

describe('motion, colour and forced colours', () => {
  it('jumps without animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await mountTimeline(data);
      let settled = false;
      element.addEventListener('nt-range-change', () => (settled = true));
      element.zoomIn();
      // No transition: the zoom has settled before any frame is drawn.
      expect(settled).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps focus and selection visible in forced-colours mode', async () => {
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      const element = await mountTimeline(data, 1280, { start: '2000-01', end: '2002-12' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      element.select('putin-pyongyang-2000');
      await settle(element);
      // The selected mark is ringed in a system colour; a mark neither selected nor focused has no ring.
      const ring = getComputedStyle(mark(element, 'putin-pyongyang-2000')!.querySelector('.ring')!).stroke;
      expect(ring).to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(mark(element, 'friendship-treaty-2000')!.querySelector('.ring')).to.equal(null);
      mark(element, 'kim-jong-il-vladivostok-2002')!.focus();
      press(element, 'ArrowLeft');
      await settle(element);
      const focusRing = getComputedStyle(focused(element)!.querySelector('.ring')!);
      expect(focusRing.stroke).to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(parseFloat(focusRing.strokeWidth)).to.be.at.least(3);
    } finally {
      await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'none' }]);
    }
  });
});

describe('languages and direction', () => {
  it('mirrors the whole layout in Arabic: lanes, legend, buttons and card', async () => {
    const element = await mountTimeline(data, 1000, { lang: 'ar' });
    // An event that stands alone, so selecting it leaves the axis at years.
    element.select('vostochny-summit-2023');
    await settle(element);
    const root = shadow(element).querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    const box = element.getBoundingClientRect();
    const views = shadow(element).querySelector('.views')!.getBoundingClientRect();
    expect(views.right).to.be.closeTo(box.right, 12);
    // Lane names head their lanes from the right edge.
    const track = shadow(element).querySelector('[part="track"] svg')!;
    const laneLabels = shadow(element).querySelectorAll('.lane-label');
    expect(laneLabels.length, 'a name per lane').to.equal(shadow(element).querySelectorAll('.lane').length);
    expect(laneLabels.length).to.be.greaterThan(0);
    for (const laneLabel of laneLabels) {
      expect(laneLabel.getBoundingClientRect().right).to.be.closeTo(track.getBoundingClientRect().right, 2);
    }
    const close = shadow(element).querySelector('[part="card"] button')!.getBoundingClientRect();
    expect(close.left - box.left).to.be.lessThan(80);
    // The axis: earlier years on the right.
    const ticks = [...shadow(element).querySelectorAll('.tick')].map((t) => [t.getBoundingClientRect().left, t.textContent!.trim()] as const);
    const ordered = [...ticks].sort((a, b) => a[0] - b[0]).map((t) => t[1]);
    expect(ordered[0] > ordered[ordered.length - 1]).to.equal(true);
  });

  it('inherits lang="ar" from the page and defaults to right to left', async () => {
    document.documentElement.lang = 'ar';
    try {
      const element = await mountTimeline(data, 800);
      expect(shadow(element).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(shadow(element).querySelector('.legend')!.getAttribute('aria-label')).to.equal('الفئات');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('writes Latin digits in Arabic when digits="latn"', async () => {
    const element = await mountTimeline(data, 1000, { lang: 'ar', digits: 'latn' });
    element.select('vostochny-summit-2023');
    await settle(element);
    expect(shadow(element).querySelector('[part="card"] time')!.textContent).to.equal('13 سبتمبر 2023');
    expect(tickLabels(element).some((label) => /20\d\d/.test(label!))).to.equal(true);
  });

  it('switches language at run time without losing the selection or the zoom', async () => {
    const element = await mountTimeline(data);
    element.zoomTo('2023-06', '2024-12');
    await oneEvent(element, 'nt-range-change');
    element.select('vostochny-summit-2023');
    await settle(element);
    const ids = visibleIds(element).sort();
    element.setAttribute('lang', 'ar');
    await settle(element);
    expect(element.selected).to.equal('vostochny-summit-2023');
    expect(shadow(element).querySelector('[part="card"] h2')!.textContent).to.equal(titleOf('vostochny-summit-2023').ar);
    expect(visibleIds(element).sort()).to.deep.equal(ids);
    expect(shadow(element).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('isolates mixed-direction text so each run keeps its own order', async () => {
    const mixed = {
      title: { ar: 'قمة Putin–Kim' },
      events: [
        { id: 'mixed', start: '2024-06-19', title: { ar: 'قمة Putin–Kim في Pyongyang' }, summary: { ar: 'وقّع Putin و Kim Jong Un معاهدة من 23 مادة.' },
          sources: [{ title: 'Korea Herald report', publisher: 'Korea Herald', url: 'https://m.koreaherald.com/' }] },
        { id: 'latin', start: '2024-07-01', title: 'English title inside an Arabic page' },
      ],
    };
    const element = await mountTimeline(mixed, 900, { lang: 'ar' });
    element.select('mixed');
    await settle(element);
    const card = shadow(element).querySelector('[part="card"]')!;
    expect(card.querySelector('h2')!.getAttribute('dir')).to.equal('auto');
    expect(card.querySelector('.summary')!.getAttribute('dir')).to.equal('auto');
    expect(card.querySelector('ol a bdi')!.textContent).to.equal('Korea Herald report');
    for (const label of shadow(element).querySelectorAll('svg text.label')) {
      expect(getComputedStyle(label).unicodeBidi).to.equal('plaintext');
    }
    // An English title on an Arabic page reads left to right on its own line.
    element.select('latin');
    await settle(element);
    const heading = shadow(element).querySelector('[part="card"] h2')!;
    expect(getComputedStyle(heading).direction).to.equal('ltr');
  });
});
