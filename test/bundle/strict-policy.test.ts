// The browser build under a page's policy that forbids workers: a large text is still read (on
// the page), and the reader's script is never fetched. Run `npm run build` first; `npm test` does.
import { expect } from '@open-wc/testing';

describe('the browser build, where the page forbids workers', function () {
  this.timeout(30000);

  it('reads a large text in place', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${location.origin}; worker-src 'none'; require-trusted-types-for 'script'">
      <script type="module" src="${location.origin}/dist/browser/news-timeline.min.js"></script></head>
      <body><news-timeline></news-timeline></body></html>`;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await ready;
    const inner = frame.contentWindow as any;
    await inner.customElements.whenDefined('news-timeline');
    const element = frame.contentDocument!.querySelector('news-timeline') as any;
    const events = Array.from({ length: 6000 }, (_, i) => ({ id: `e-${i}`, start: `${1900 + (i % 120)}`, title: `Event ${i} ${'words '.repeat(20)}` }));
    const text = JSON.stringify({ events });
    expect(text.length).to.be.greaterThan(1_000_000);
    const loaded = new Promise<any>((resolve) => element.addEventListener('nt-load', (event: CustomEvent) => resolve(event.detail), { once: true }));
    element.data = text;
    expect((await loaded).count).to.equal(6000);
    const fetched = inner.performance.getEntriesByType('resource').map((entry: PerformanceEntry) => new URL(entry.name).pathname);
    expect(fetched).not.to.include('/dist/browser/news-timeline-reader.min.js');
    frame.remove();
  });
});
