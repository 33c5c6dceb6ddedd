import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DataController } from '../../src/controllers/data-controller.js';
import type { ReadResult } from '../../src/formats/index.js';

const DATA_URL = '/src/data/russia-north-korea.json';

/** The smallest host: an element that owns a DataController and records what it reports. */
class DataHost extends ReactiveElement {
  reads: ReadResult[] = [];
  updates = 0;
  readonly source = new DataController(this, { onRead: (result) => this.reads.push(result), onKept: () => {} });
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    this.updates++;
    super.requestUpdate(...args);
  }
}
customElements.define('data-host', DataHost);

/** Resolves once the controller has reported `count` reads (or after a quiet while). */
async function reads(host: DataHost, count: number, wait = 3000): Promise<ReadResult[]> {
  const start = performance.now();
  while (host.reads.length < count && performance.now() - start < wait) await new Promise((r) => setTimeout(r, 20));
  return host.reads;
}

describe('DataController', () => {
  let host: DataHost;
  beforeEach(async () => {
    host = await fixture<DataHost>(html`<data-host></data-host>`);
  });

  it('loads a URL: loading, then ready with the timeline, reported once', async () => {
    const loading = host.source.load(DATA_URL);
    expect(host.source.status).to.equal('loading');
    await loading;
    expect(host.source.status).to.equal('ready');
    expect(host.reads).to.have.length(1);
    expect(host.reads[0].timeline!.events.length).to.be.greaterThan(20);
    expect(host.source.timeline).to.equal(host.reads[0].timeline);
    expect(host.updates).to.be.greaterThan(0);
  });

  it('reports a missing file, and a file that is not JSON, under the path src', async () => {
    await host.source.load('/no/such/file.json');
    expect(host.source.status).to.equal('failed');
    expect(host.source.issues).to.have.length(1);
    expect(host.source.issues[0].path).to.equal('src');
    expect(host.source.issues[0].message).to.match(/^"\/no\/such\/file\.json" could not be loaded: HTTP 404/);
    await host.source.load('/test/fixtures/broken.json');
    expect(host.source.issues[0].path).to.equal('src');
    expect(host.source.issues[0].message).to.match(/^"\/test\/fixtures\/broken\.json" is not valid JSON/);
  });

  it('lets a newer load win over one still pending', async () => {
    const first = host.source.load('/test/fixtures/relative/story.json');
    const second = host.source.load(DATA_URL);
    await Promise.all([first, second]);
    await reads(host, 2, 300);
    expect(host.reads).to.have.length(1);
    expect(host.reads[0].timeline!.events.length).to.be.greaterThan(20);
  });

  it('cancels a pending load when data is set directly', async () => {
    const pending = host.source.load(DATA_URL);
    host.source.set({ events: [{ id: 'only', start: '2024', title: 'Only' }] });
    expect(host.source.status).to.equal('ready');
    await pending;
    await reads(host, 2, 300);
    expect(host.reads.map((r) => r.timeline!.events.length)).to.deep.equal([1]);
  });

  it('finishes a load that a disconnect cut short once connected again', async () => {
    const parent = host.parentElement!;
    void host.source.load(DATA_URL);
    host.remove();
    parent.append(host);
    const [result] = await reads(host, 1);
    expect(result.timeline!.events.length).to.be.greaterThan(20);
    expect(host.source.status).to.equal('ready');
  });

  it('reads a <script type="application/json"> child, and names it in a syntax error', async () => {
    const withScript = await fixture<DataHost>(
      html`<data-host><script type="application/json">{"events":[{"id":"a","start":"2024","title":"A"}]}</script></data-host>`,
    );
    expect(withScript.source.readChildren()).to.equal(true);
    expect(withScript.reads[0].timeline!.events[0].id).to.equal('a');
    const broken = await fixture<DataHost>(html`<data-host><script type="application/json">{"events": [</script></data-host>`);
    broken.source.readChildren();
    expect(broken.source.issues[0].path).to.equal('(script)');
    expect(host.source.readChildren(), 'no child to read').to.equal(false);
  });
});
