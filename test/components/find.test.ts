import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mountTimeline, press, settle, shadow } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});

const field = (element: NewsTimeline) => shadow(element).querySelector<HTMLInputElement>('[part="search"]')!;
const count = (element: NewsTimeline) => shadow(element).querySelector('.find-count')!.textContent!.trim();
async function type(element: NewsTimeline, text: string): Promise<void> {
  const input = field(element);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  // The matching code loads with the first letter typed: wait for the count it gives.
  while (text.trim() && !count(element)) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(element);
}
const english = (e: any) => `${e.title.en} ${e.summary?.en ?? ''}`.toLowerCase();
const arabic = (e: any) => `${e.title.ar} ${e.summary?.ar ?? ''}`;

describe('find', () => {
  it('dims the events that do not match on the track and counts the matches, politely', async () => {
    const element = await mountTimeline(data, 1280);
    const expected = data.events.filter((e: any) => english(e).includes('veto')).map((e: any) => e.id);
    expect(expected.length).to.be.greaterThan(1);
    expect(field(element).getAttribute('aria-label')).to.equal('Find events');
    await type(element, 'VETO');
    expect(count(element)).to.equal(`${expected.length} of ${data.events.length} events match.`);
    expect(shadow(element).querySelector('.find-count')!.getAttribute('role')).to.equal('status');
    const marks = [...shadow(element).querySelectorAll<SVGGElement>('.mark')];
    for (const mark of marks) {
      const ids = [...(mark.dataset.eventId ? [mark.dataset.eventId] : []), ...[...mark.querySelectorAll('[data-event-id]')].map((n) => n.getAttribute('data-event-id')!)];
      const matching = ids.some((id) => expected.includes(id));
      expect(mark.hasAttribute('data-dim'), ids.join()).to.equal(!matching);
      if (!matching) expect(Number(getComputedStyle(mark).opacity)).to.be.lessThan(0.5);
      // Its label and count dim with it.
      for (const text of shadow(element).querySelectorAll(`.labels [data-for="${CSS.escape(mark.dataset.key!)}"]`)) {
        expect(text.hasAttribute('data-dim'), `${ids.join()} text`).to.equal(!matching);
        if (!matching) expect(Number(getComputedStyle(text).opacity)).to.be.lessThan(0.5);
      }
    }
    expect(shadow(element).querySelector('.labels [data-dim]'), 'some labels dimmed').to.exist;
  });

  it('shows only the matches in the list view', async () => {
    const element = await mountTimeline(data, 1000, { view: 'list' });
    await type(element, 'veto');
    const listed = [...shadow(element).querySelectorAll('[part="list"] > li')].map((li) => li.getAttribute('data-list-id'));
    expect(listed).to.deep.equal(data.events.filter((e: any) => english(e).includes('veto')).map((e: any) => e.id));
  });

  it('goes to the next match with Enter and opens it, and clears with Escape', async () => {
    const element = await mountTimeline(data, 1280);
    const expected = data.events.filter((e: any) => english(e).includes('veto')).map((e: any) => e.id);
    await type(element, 'veto');
    press(element, 'Enter');
    await settle(element);
    expect(element.selected).to.equal(expected[0]);
    expect(shadow(element).querySelector('[part="card"] h2')!.textContent!.trim()).to.equal(data.events.find((e: any) => e.id === expected[0]).title.en);
    expect(shadow(element).activeElement, 'typing can go on').to.equal(field(element));
    press(element, 'Enter');
    await settle(element);
    expect(element.selected).to.equal(expected[1]);
    const escape = press(element, 'Escape');
    await settle(element);
    expect(escape.defaultPrevented).to.equal(true);
    expect(field(element).value).to.equal('');
    expect(count(element)).to.equal('');
    expect(shadow(element).querySelector('[data-dim]')).to.equal(null);
    expect(element.selected, 'the first Escape only clears the field').to.equal(expected[1]);
  });

  it('says when nothing matches', async () => {
    const element = await mountTimeline(data, 1000);
    await type(element, 'zzzz');
    expect(count(element)).to.equal('No events match.');
    press(element, 'Enter');
    expect(element.selected ?? null).to.equal(null);
  });

  it('finds Arabic as readers type it: bare alef, ه for ة, no short vowels', async () => {
    const element = await mountTimeline(data, 1000, { lang: 'ar', view: 'list' });
    await type(element, 'اوكرانيا');
    const listed = [...shadow(element).querySelectorAll('[part="list"] > li')].map((li) => li.getAttribute('data-list-id'));
    const expected = data.events.filter((e: any) => /[اأإآ]وكرانيا/.test(arabic(e))).map((e: any) => e.id);
    expect(expected.length).to.be.greaterThan(1);
    expect(listed).to.deep.equal(expected);
    // Three to ten takes Arabic's "few" form: أحداث, and a verb in the plural.
    expect(expected.length).to.be.within(3, 10);
    // Counts in the digits Intl writes for `ar`: Western.
    expect(count(element)).to.equal(`${expected.length} أحداث من ${data.events.length} تطابق البحث.`);
    await type(element, 'قِمّه');
    const summits = [...shadow(element).querySelectorAll('[part="list"] > li')].map((li) => li.getAttribute('data-list-id'));
    expect(summits).to.include('vladivostok-summit-2019');
    for (const id of summits) expect(arabic(data.events.find((e: any) => e.id === id))).to.match(/قم[ةه]/);
  });
});
