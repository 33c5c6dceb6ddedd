import { expect } from '@open-wc/testing';
import { mountTimeline, settle, shadow } from '../support/timeline.js';

/** A story of n events, a day apart. */
function story(n: number) {
  const day = 86_400_000;
  return {
    events: Array.from({ length: n }, (_, i) => ({
      id: `e-${i}`,
      start: new Date(Date.UTC(2000, 0, 1) + i * day).toISOString().slice(0, 10),
      title: `Event ${i}`,
      summary: `What happened on day ${i}.`,
    })),
  };
}

const items = (element: HTMLElement) => [...shadow(element as never).querySelectorAll('[part="list"] > li[data-list-id]')];
const more = (element: HTMLElement) => shadow(element as never).querySelector<HTMLLIElement>('[part="list"] > li.more');

describe('the list view of a long story', () => {
  it('renders the first 200 events at once and the rest as the reader asks or scrolls', async () => {
    const element = await mountTimeline(story(1000), 900, { view: 'list' });
    expect(items(element)).to.have.length(200);
    expect(items(element)[0].getAttribute('data-list-id')).to.equal('e-0');
    const button = more(element)!.querySelector('button')!;
    expect(button.textContent).to.contain('800');
    button.click();
    await settle(element);
    expect(items(element)).to.have.length(400);
    // Scrolling to the end of the list brings in the next part without a click.
    more(element)!.scrollIntoView();
    for (let i = 0; i < 10 && items(element).length === 400; i++) await settle(element);
    expect(items(element).length).to.be.greaterThan(400);
  });

  it('prints at most 2,000 events, saying how many were left out', async () => {
    const element = await mountTimeline(story(2100), 900);
    window.dispatchEvent(new Event('beforeprint'));
    expect(items(element)).to.have.length(2000);
    expect(more(element)!.textContent).to.contain('100 more events are not printed here');
    expect(more(element)!.querySelector('button')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect(shadow(element).querySelector('[part="list"]')).to.equal(null);
  });

  it('starts again from the top when the list changes', async () => {
    const element = await mountTimeline(story(600), 900, { view: 'list' });
    more(element)!.querySelector('button')!.click();
    await settle(element);
    expect(items(element)).to.have.length(400);
    element.data = story(500);
    await settle(element);
    expect(items(element)).to.have.length(200);
  });
});
