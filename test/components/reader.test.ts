import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { loadLanguage, messagesFor } from '../../src/i18n/languages.js';
import { flagshipData, mountTimeline, settle, shadow, storyShown, until } from '../support/timeline.js';

/** The middle of an element, in the page's pixels (what the browser's mouse aims at). */
function middle(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('a reader clicking and tapping', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });
  afterEach(() => resetMouse());

  it('zooms into a cluster on the first click', async () => {
    const element = await mountTimeline(structuredClone(data), 800);
    element.scrollIntoView();
    const cluster = shadow(element).querySelector('.cluster[tabindex="-1"] .shape')!;
    expect(cluster, 'the full view has a cluster').to.exist;
    let zoomed = false;
    element.addEventListener('nt-range-change', () => (zoomed = true));
    await sendMouse({ type: 'click', position: middle(cluster) });
    expect(await until(() => zoomed, 2000), 'one click zooms').to.equal(true);
  });

  it('zooms into a cluster on the first tap', async () => {
    const element = await mountTimeline(structuredClone(data), 800);
    element.scrollIntoView();
    const [x, y] = middle(shadow(element).querySelector('.cluster[tabindex="-1"] .shape')!);
    let zoomed = false;
    element.addEventListener('nt-range-change', () => (zoomed = true));
    await executeServerCommand('tap', { x, y });
    expect(await until(() => zoomed, 2000), 'one tap zooms').to.equal(true);
  });
});

/** Presses Tab until focus leaves the element (or `limit` presses); the parts reached, in order. */
async function tabThrough(element: NewsTimeline, limit = 40): Promise<string[]> {
  const reached: string[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = shadow(element).activeElement as HTMLElement | null;
    if (!active) break;
    reached.push(active.closest('[part]')?.getAttribute('part') ?? active.localName);
  }
  return reached;
}

describe('a keyboard reader passing the timeline', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });

  /** A button just before the element, where a reader tabbing through the article comes from. */
  async function comeFromAbove(element: NewsTimeline): Promise<void> {
    const start = document.createElement('button');
    start.textContent = 'Before';
    element.parentElement!.before(start);
    start.focus();
  }

  for (const [view, width] of [['timeline', 1280], ['story', 375], ['list', 1280], ['auto', 375], ['vertical', 375], ['vertical', 1280]] as const) {
    it(`reaches the events within four Tabs and passes the controls in as few (${view}, ${width} px)`, async () => {
      const element = await mountTimeline(structuredClone(data), width, { view });
      if (view === 'story' || view === 'auto') await storyShown(element);
      // The vertical view's code loads the first time it is shown.
      if (view === 'vertical') expect(await until(() => Boolean(shadow(element).querySelector('[part="vertical"] [tabindex="0"]')))).to.equal(true);
      await comeFromAbove(element);
      const reached = await tabThrough(element);
      const content = reached.findIndex((part) => ['track', 'story', 'list', 'vertical'].includes(part));
      expect(content, reached.join(' ')).to.be.within(0, 3);
      // Every control before the events is a single stop: the toolbar, the find field, the legend.
      expect(new Set(reached.slice(0, content)).size, reached.join(' ')).to.equal(content);
      if (view === 'timeline') expect(reached.length, `passing the whole timeline: ${reached.join(' ')}`).to.be.at.most(4);
    });
  }

  it('moves inside the toolbar and the legend with the arrow keys, mirrored right to left', async () => {
    const element = await mountTimeline(structuredClone(data), 1280, { lang: 'ar' });
    await comeFromAbove(element);
    await sendKeys({ press: 'Tab' });
    const active = () => shadow(element).activeElement as HTMLElement;
    expect(active().getAttribute('data-view')).to.equal('timeline');
    await sendKeys({ press: 'ArrowLeft' });
    expect(active().getAttribute('data-view'), 'left is forwards in Arabic').to.equal('list');
    await sendKeys({ press: 'End' });
    expect(active().classList.contains('help-toggle')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active().getAttribute('part')).to.equal('search');
    await sendKeys({ press: 'Tab' });
    expect(active().closest('[part]')!.getAttribute('part')).to.equal('legend');
    await sendKeys({ press: 'ArrowLeft' });
    expect(active().getAttribute('data-category')).to.equal(data.categories[1].id);
    // Back into the toolbar lands where the reader left it.
    for (let i = 0; i < 2; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    expect(active().classList.contains('help-toggle')).to.equal(true);
  });
});

describe('the view choice', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });

  it('offers Timeline, List, Story and Vertical, the current one checked, filled in and announced as a radio group', async () => {
    const element = await mountTimeline(structuredClone(data), 1280);
    const group = shadow(element).querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).to.equal('View');
    const choices = [...group.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
    expect(choices.map((c) => c.textContent!.trim())).to.deep.equal(['Timeline', 'List', 'Story', 'Vertical']);
    const checked = () => choices.filter((c) => c.getAttribute('aria-checked') === 'true').map((c) => c.dataset.view);
    expect(checked()).to.deep.equal(['timeline']);
    const fill = (c: HTMLElement) => getComputedStyle(c).backgroundColor;
    expect(fill(choices[0]), 'the current view is filled in').to.not.equal(fill(choices[1]));
    choices[1].click();
    await settle(element);
    expect(checked()).to.deep.equal(['list']);
    expect(fill(choices[1])).to.equal(fill(group.querySelector<HTMLElement>('[data-view="list"]')!));
    expect(fill(choices[1])).to.not.equal(fill(choices[0]));
  });

  it('marks Story on a phone where auto tells the story, and Story keeps it', async () => {
    const element = await mountTimeline(structuredClone(data), 375, { view: 'auto' });
    await storyShown(element);
    const story = shadow(element).querySelector<HTMLButtonElement>('[data-view="story"]')!;
    expect(story.getAttribute('aria-checked')).to.equal('true');
    story.click();
    await settle(element);
    expect(shadow(element).querySelector('[part="story"]'), 'still the story').to.exist;
    expect(story.getAttribute('aria-checked')).to.equal('true');
  });

  for (const view of ['list', 'vertical']) {
    it(`leaves out the zoom buttons and the image download in the ${view} view, which has nothing to zoom`, async () => {
      const element = await mountTimeline(structuredClone(data), 1280, { view });
      expect(shadow(element).querySelector('[part="zoom"]')).to.equal(null);
      expect(shadow(element).querySelector('.download')).to.equal(null);
    });
  }
});

describe('zoom at its limits', () => {
  it('says + and − are unavailable at the closest and the furthest zoom', async () => {
    const element = await mountTimeline({ events: [{ id: 'a', start: '2024-06-19', title: 'A' }, { id: 'b', start: '2024-09-01', title: 'B' }] }, 800);
    const button = (name: string) => shadow(element).querySelector<HTMLButtonElement>(`[part="zoom"] [aria-label="${name}"]`)!;
    expect(button('Zoom out').getAttribute('aria-disabled'), 'the whole span').to.equal('true');
    expect(button('Zoom in').getAttribute('aria-disabled')).to.equal('false');
    let settled = false;
    element.addEventListener('nt-range-change', () => (settled = true));
    button('Zoom out').click();
    await settle(element);
    expect(settled, 'a disabled − does nothing').to.equal(false);
    element.zoomTo('2024-06-19', '2024-06-19');
    await until(() => button('Zoom in').getAttribute('aria-disabled') === 'true');
    expect(button('Zoom in').getAttribute('aria-disabled'), 'one day').to.equal('true');
    expect(button('Zoom out').getAttribute('aria-disabled')).to.equal('false');
  });
});

describe('touch targets', () => {
  afterEach(() => executeServerCommand('media-features', []));

  for (const [view, width] of [['timeline', 375], ['story', 375], ['timeline', 1280]] as const) {
    it(`makes every control at least 44 by 44 px on a touch screen (${view}, ${width} px)`, async () => {
      await executeServerCommand('media-features', [{ name: 'pointer', value: 'coarse' }]);
      expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
      const element = await mountTimeline(await flagshipData(), width, { view });
      if (view === 'story') await storyShown(element);
      element.select('putin-pyongyang-2024');
      await settle(element);
      // Folded tools open, so that every control is on screen.
      shadow(element).querySelector<HTMLButtonElement>('.tools-toggle')?.click();
      await settle(element);
      const controls = [...shadow(element).querySelectorAll<HTMLElement>('button, input')].filter((c) => c.checkVisibility());
      expect(controls.length).to.be.greaterThan(8);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        const name = control.getAttribute('aria-label') ?? control.textContent!.trim();
        expect(box.height, `${name} height`).to.be.at.least(44);
        expect(box.width, `${name} width`).to.be.at.least(44);
      }
    });
  }
});

describe('finding', () => {
  it('finds names as the sources spell them, and says which match Enter opened', async () => {
    const element = await mountTimeline(await flagshipData(), 1280);
    const field = shadow(element).querySelector<HTMLInputElement>('[part="search"]')!;
    const count = () => shadow(element).querySelector('.find-count')!.textContent!.trim();
    field.value = 'Kim Jong-un';
    field.dispatchEvent(new Event('input'));
    await until(() => /match/.test(count()));
    const found = Number(count().match(/^(\d+)/)![1]);
    expect(found, count()).to.be.greaterThan(5);
    const width = field.getBoundingClientRect().width;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(element);
    expect(count()).to.equal(`Match 1 of ${found}`);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(element);
    expect(count()).to.equal(`Match 2 of ${found}`);
    expect(field.getBoundingClientRect().width, 'the field keeps its width').to.equal(width);
  });

  it('finds «بيونغيانغ» written as one word or two', async () => {
    const element = await mountTimeline(await flagshipData(), 1280, { lang: 'ar' });
    const field = shadow(element).querySelector<HTMLInputElement>('[part="search"]')!;
    field.value = 'بيونغيانغ';
    field.dispatchEvent(new Event('input'));
    expect(await until(() => shadow(element).querySelectorAll('.mark[data-dim]').length > 0)).to.equal(true);
    const bright = [...shadow(element).querySelectorAll('.mark:not([data-dim])')];
    expect(bright.length).to.be.greaterThan(0);
  });
});

describe('reading the story on a phone', () => {
  afterEach(() => executeServerCommand('media-features', []));

  it('keeps Previous and Next in reach, and brings the next headline into view after Next', async () => {
    const element = await mountTimeline(await flagshipData(), 375, { view: 'story', selected: 'putin-pyongyang-2024' });
    const story = await storyShown(element);
    const spacer = document.createElement('div');
    spacer.style.height = '2000px';
    element.parentElement!.after(spacer);
    try {
      expect(story.getBoundingClientRect().height, 'the story is taller than the screen').to.be.greaterThan(innerHeight);
      // Reading down the event: the headline has gone above the screen, the story goes on below it.
      scrollTo(0, scrollY + story.querySelector('h2')!.getBoundingClientRect().bottom + 40);
      await settle(element);
      const next = story.querySelector<HTMLButtonElement>('.story-next')!;
      const box = next.getBoundingClientRect();
      expect(box.bottom, 'Next is on screen').to.be.at.most(innerHeight);
      expect(box.top).to.be.at.least(0);
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await until(() => element.selected !== 'putin-pyongyang-2024');
      await settle(element);
      const headline = shadow(element).querySelector('[part="story"] h2')!.getBoundingClientRect();
      expect(headline.top, 'the new headline is on screen').to.be.within(0, innerHeight / 2);
    } finally {
      spacer.remove();
      scrollTo(0, 0);
      await resetMouse();
    }
  });

  it('hints once, on touch screens, that swiping works', async () => {
    await executeServerCommand('media-features', [{ name: 'pointer', value: 'coarse' }]);
    const element = await mountTimeline(await flagshipData(), 375, { view: 'story' });
    const story = await storyShown(element);
    const hint = () => story.querySelector<HTMLElement>('.swipe-hint');
    expect(hint()!.checkVisibility()).to.equal(true);
    expect(hint()!.textContent).to.equal('Swipe left or right to move through the story.');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.story-next')!.click();
    await settle(element);
    expect(hint()).to.equal(null);
  });

  for (const lang of ['en', 'ar']) it(`folds the tools and the legend behind one button on a phone, leaving the view choice (${lang})`, async () => {
    const element = await mountTimeline(await flagshipData(), 343, { view: 'story', lang });
    await storyShown(element);
    const visible = (selector: string) => Boolean(shadow(element).querySelector<HTMLElement>(selector)?.checkVisibility());
    expect(visible('.views')).to.equal(true);
    // One row: the view choice and the Tools button, 44 px tall on a touch screen too.
    await executeServerCommand('media-features', [{ name: 'pointer', value: 'coarse' }]);
    const tops = [...shadow(element).querySelectorAll<HTMLElement>('[part="toolbar"] button')].filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect().top);
    expect(new Set(tops).size, 'rows of controls').to.equal(1);
    await executeServerCommand('media-features', []);
    expect(visible('[part="search"]')).to.equal(false);
    expect(visible('[part="legend"]')).to.equal(false);
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.tools-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visible('[part="search"]')).to.equal(true);
    expect(visible('[part="legend"]')).to.equal(true);
    // The story starts within about one row of controls.
    const top = shadow(element).querySelector('[part="story"]')!.getBoundingClientRect().top - element.getBoundingClientRect().top;
    toggle.click();
    await settle(element);
    const folded = shadow(element).querySelector('[part="story"]')!.getBoundingClientRect().top - element.getBoundingClientRect().top;
    expect(folded, 'folded').to.be.below(100);
    expect(folded).to.be.below(top);
  });
});

describe('Latin text inside Arabic', () => {
  it('isolates each publisher in the exported picture’s credit line, so Latin names keep their order', async () => {
    const element = await mountTimeline(await flagshipData(), 1000, { lang: 'ar', start: '2023-06', end: '2024-12' });
    const doc = new DOMParser().parseFromString(await (await element.exportImage('svg')).text(), 'image/svg+xml');
    const credit = [...doc.querySelectorAll('text')].map((t) => t.textContent!).join(' ');
    const latin = credit.match(/[A-Za-z][A-Za-z .&’'-]*[A-Za-z]/g) ?? [];
    expect(latin.length, credit).to.be.greaterThan(2);
    expect(credit).to.contain('\u2068KBS World\u2069');
    // Every publisher opens and closes its isolate (a wrapped line may split one between lines).
    const opened = credit.split('\u2068').length - 1;
    expect(opened, 'isolated names').to.be.greaterThan(2);
    expect(credit.split('\u2069').length - 1).to.equal(opened);
  });
});

describe('smaller things a reader notices', () => {
  afterEach(() => resetMouse());

  it('keeps the list’s lines readable on a wide page', async () => {
    const element = await mountTimeline(await flagshipData(), 1280, { view: 'list' });
    const summary = shadow(element).querySelector<HTMLElement>('[part="list"] .summary')!;
    const font = parseFloat(getComputedStyle(summary).fontSize);
    // About two characters to the em: 90 characters is about 45 em.
    expect(summary.getBoundingClientRect().width / font).to.be.at.most(47);
  });

  it('leaves no outline around the chart after a drag', async () => {
    const element = await mountTimeline(await flagshipData(), 1000, { start: '2023-01', end: '2024-12' });
    element.scrollIntoView();
    const svg = shadow(element).querySelector('svg.timeline')!;
    const box = svg.getBoundingClientRect();
    const y = Math.round(box.y + box.height - 30);
    await sendMouse({ type: 'move', position: [Math.round(box.x + 500), y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 4; step++) await sendMouse({ type: 'move', position: [Math.round(box.x + 500 - step * 40), y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    const active = shadow(element).activeElement;
    const outline = active ? getComputedStyle(active).outlineStyle : 'none';
    expect(outline, `${active?.localName ?? 'nothing'} has focus`).to.equal('none');
  });

  it('sets the card’s place on the line of its buttons’ text', async () => {
    const element = await mountTimeline(await flagshipData(), 1280);
    element.select('putin-pyongyang-2024');
    await settle(element);
    const nav = shadow(element).querySelector('.card-nav')!;
    // The text itself, not its box (a stretched box has its text at the top).
    const middle = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      return box.top + box.height / 2;
    };
    expect(middle(nav.querySelector('.meta')!)).to.be.closeTo(middle(nav.querySelector('button')!), 1.5);
  });
});

describe('labels by their marks', () => {
  it('cuts a headline only where its row has no room', async () => {
    const data = await flagshipData();
    const element = await mountTimeline(structuredClone(data), 1280, { start: '2024-02-01', end: '2024-05-01' });
    const id = 'naryshkin-pyongyang-2024';
    const label = shadow(element).querySelector<SVGTextElement>(`.labels .label[data-for="${id}"]`)!;
    expect(label.getBoundingClientRect().width, 'a long headline').to.be.greaterThan(220);
    expect(label.textContent, 'the whole headline, with room to spare on its row').to.equal(data.events.find((e: any) => e.id === id).title.en);
  });

  it('leads a line from a mark to its label when the label sits in the row above or below', async () => {
    const data = await flagshipData();
    let seen = 0;
    for (const width of [375, 800, 1280]) {
      for (const [start, end] of [['1999-10', '2025-03'], ['2023-01', '2024-12'], ['2024-05', '2024-08']]) {
        const element = await mountTimeline(structuredClone(data), width, { start, end });
        for (const label of shadow(element).querySelectorAll<SVGTextElement>('.labels .label')) {
          const key = label.getAttribute('data-for')!;
          const mark = shadow(element).querySelector(`.mark[data-key="${CSS.escape(key)}"] .shape`)!.getBoundingClientRect();
          const text = label.getBoundingClientRect();
          if (text.top < mark.bottom && text.bottom > mark.top) continue;
          seen++;
          expect(shadow(element).querySelector(`.leader[data-for="${CSS.escape(key)}"]`), `${width} px ${start}: ${label.textContent}`).to.exist;
        }
      }
    }
    expect(seen, 'labels above or below their marks').to.be.greaterThan(0);
  });
});

describe('reading cards on a desk', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetMouse());

  it('brings the card into view with the track, and keeps the selected mark in view through Next', async () => {
    const data = await flagshipData();
    const element = await mountTimeline(structuredClone(data), 1280, { start: '2023-06', end: '2024-12' });
    const above = document.createElement('div');
    above.style.height = `${innerHeight - 300}px`;
    const below = document.createElement('div');
    below.style.height = '3000px';
    element.parentElement!.before(above);
    element.parentElement!.after(below);
    try {
      scrollTo(0, 0);
      await settle(element);
      const shape = shadow(element).querySelector('.mark:not(.cluster) .shape')!.getBoundingClientRect();
      expect(shape.bottom, 'the mark is on screen').to.be.below(innerHeight);
      await sendMouse({ type: 'click', position: [Math.round(shape.x + shape.width / 2), Math.round(shape.y + shape.height / 2)] });
      await until(() => Boolean(shadow(element).querySelector('[part="card"]')));
      await settle(element);
      const card = () => shadow(element).querySelector('[part="card"]')!.getBoundingClientRect();
      expect(card().top, 'the card is on screen').to.be.below(innerHeight - 100);
      for (let i = 0; i < 3; i++) {
        // The reader scrolls down the card to its Next button, and presses it.
        const next = shadow(element).querySelector<HTMLButtonElement>('[part="card"] .card-nav button:last-of-type')!;
        next.scrollIntoView({ block: 'end' });
        const box = next.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await settle(element);
        const selected = shadow(element).querySelector('.mark[aria-current="true"] .shape')!.getBoundingClientRect();
        expect(selected.top, `after Next ${i + 1}, the selected mark is on screen`).to.be.within(0, innerHeight);
      }
    } finally {
      above.remove();
      below.remove();
      scrollTo(0, 0);
    }
  });
});

describe('counts in whole sentences with their plural forms', () => {
  it('gives "Show more", the print note, the find count and the match position their plural forms', async () => {
    const en = messagesFor('en');
    expect(en.showMore('1', 1)).to.equal('Show 1 more event');
    expect(en.showMore('2', 2)).to.not.contain('1 more events');
    expect(en.matchPosition('1', '1', 1)).to.not.equal(en.matchPosition('1', '2', 2));
    const ar = (await loadLanguage('ar')).messages;
    // Arabic has six forms: 1, 2, 3–10, 11–99 and 100 each read differently.
    for (const say of [(n: number) => ar.matches(String(n), '31', n), (n: number) => ar.showMore(String(n), n), (n: number) => ar.notPrinted(String(n), n)]) {
      const forms = [1, 2, 3, 11, 100].map((n) => say(n).replace(/\d+/g, '#'));
      expect(new Set(forms).size, forms.join(' | ')).to.be.at.least(4);
    }
    expect(ar.markName('عنوان', 'تاريخ', ''), 'no dangling comma').to.not.match(/[،,]\s*$/);
  });
});

describe('the story’s title card', () => {
  it('does not repeat the page’s own heading, and keeps it for screen readers', async () => {
    const data = await flagshipData();
    const heading = document.createElement('h1');
    heading.textContent = data.title.en;
    document.body.prepend(heading);
    try {
      const element = await mountTimeline(structuredClone(data), 375, { view: 'story' });
      const story = await storyShown(element);
      const title = story.querySelector<HTMLElement>('h2')!;
      expect(title.textContent!.trim()).to.equal(data.title.en);
      expect(title.getBoundingClientRect().height, 'not shown twice').to.be.at.most(1);
      heading.textContent = 'Another headline';
      element.requestUpdate();
      await settle(element);
      expect(story.querySelector<HTMLElement>('h2')!.getBoundingClientRect().height, 'shown when the page says something else').to.be.greaterThan(10);
    } finally {
      heading.remove();
    }
  });
});

describe('the first Tab into the track', () => {
  it('lands on the first mark with its ring, and the first arrow goes to the very next one', async () => {
    const element = await mountTimeline(await flagshipData(), 1280, { start: '2023-01', end: '2024-12' });
    const start = document.createElement('button');
    element.parentElement!.before(start);
    start.focus();
    let active = () => shadow(element).activeElement as HTMLElement | null;
    for (let i = 0; i < 6 && !active()?.classList.contains('mark'); i++) await sendKeys({ press: 'Tab' });
    const first = active()!;
    expect(first.classList.contains('mark'), 'a mark has focus').to.equal(true);
    expect(parseFloat(getComputedStyle(first.querySelector('.ring')!).strokeWidth), 'its ring').to.be.at.least(3);
    const x = (node: Element) => node.querySelector('.shape')!.getBoundingClientRect().left;
    const xs = [...shadow(element).querySelectorAll('.marks .mark')].map(x).sort((a, b) => a - b);
    expect(x(first), 'the first mark on screen').to.equal(xs[0]);
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    active = () => shadow(element).activeElement as HTMLElement | null;
    expect(x(active()!), 'the next mark, none skipped').to.equal(xs.find((v) => v > xs[0]));
    start.remove();
  });
});
