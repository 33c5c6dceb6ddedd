import { expect } from '@open-wc/testing';
import { flagshipData, mountTimeline, settle, shadow } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});

describe('select() straight after setting data', () => {
  it('opens the event once the data is read, as the README shows, and drops an id the data lacks', async () => {
    const element = await mountTimeline(undefined, 900);
    element.data = structuredClone(data);
    expect(element.select('vostochny-summit-2023')).to.equal(true);
    await settle(element);
    expect(element.selected).to.equal('vostochny-summit-2023');
    expect(shadow(element).querySelector('[part="card"] h2')).to.exist;
    const other = await mountTimeline(undefined, 900);
    other.data = structuredClone(data);
    other.select('no-such-event');
    await settle(other);
    expect(other.selected ?? null).to.equal(null);
    expect(other.select('no-such-event'), 'once read, an unknown id is refused').to.equal(false);
  });
});
