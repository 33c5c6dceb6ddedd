import { expect } from '@open-wc/testing';

/** The builder page in an iframe (its own CSP applies), ready once its module has run. */
async function openBuilder(): Promise<{ frame: HTMLIFrameElement; doc: Document; win: any }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = '/demo/builder.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as any;
  while (!win.document.getElementById('script-url')?.value) await new Promise((resolve) => setTimeout(resolve, 20));
  return { frame, doc: win.document, win };
}

/** Resolves at the next `type` event of a target, or at once if `done()` already holds. */
function next(target: EventTarget, type: string, done: () => boolean = () => false): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve) => target.addEventListener(type, () => resolve(), { once: true }));
}

async function paste(doc: Document, text: string): Promise<any> {
  const input = doc.getElementById('data-text') as HTMLTextAreaElement;
  const preview = doc.getElementById('preview') as any;
  const loaded = next(preview, 'nt-load');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await loaded;
  await preview.updateComplete;
  return preview;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const summary = (events: any[]) => events.map((e) => [e.id, e.start.iso, e.end?.iso, JSON.stringify(e.title), JSON.stringify(e.summary), e.sources.map((s: any) => s.url)]);

const TJS = {
  title: { text: { headline: 'Imported story', text: '<p>About it</p>' } },
  events: [
    { start_date: { year: '-13800000000' }, text: { headline: 'Big Bang' } },
    { start_date: { year: 2000, month: 7, day: 19 }, text: { headline: 'Putin in Pyongyang', text: '<p>First visit. <a href="https://news.example/a">Report</a></p>' }, group: 'Diplomacy' },
    { start_date: { year: 2024, month: 6 }, end_date: { year: 2024, month: 7 }, text: { headline: 'Treaty </script><script>window.parent.__pwned=1</script>' }, group: 'Diplomacy' },
  ],
};

describe('the embed builder', function () {
  this.timeout(30000);
  let builder: Awaited<ReturnType<typeof openBuilder>>;
  before(async () => {
    builder = await openBuilder();
  });
  after(() => builder.frame.remove());

  it('previews pasted TimelineJS3 JSON and links each problem to its place in the input', async () => {
    const { doc } = builder;
    const text = JSON.stringify(TJS, null, 2);
    const preview = await paste(doc, text);
    expect(preview.timeline.events).to.have.length(2);
    // The preview carries only the valid part: its problems are listed once, in the source's terms.
    expect(preview.shadowRoot.querySelector('[part="error"]')).to.equal(null);
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('#problems button')];
    expect(buttons).to.have.length(1);
    expect(buttons[0].textContent).to.contain('events[0].start_date.year');
    buttons[0].click();
    const input = doc.getElementById('data-text') as HTMLTextAreaElement;
    expect(doc.activeElement).to.equal(input);
    expect(input.value.slice(input.selectionStart, input.selectionEnd)).to.equal('"-13800000000"');
    expect(doc.getElementById('summary')!.textContent).to.equal('2 events drawn, 1 problem.');
  });

  it('points a CSV problem at its row and column', async () => {
    const { doc } = builder;
    (doc.getElementById('format') as HTMLSelectElement).value = 'auto';
    await paste(doc, 'id,start,title\r\nok,2024,Fine\r\nbad,2024-13,"Bad, quoted"\r\n');
    const button = doc.querySelector<HTMLButtonElement>('#problems button')!;
    expect(button.textContent).to.match(/^row 3, start: /);
    button.click();
    const input = doc.getElementById('data-text') as HTMLTextAreaElement;
    expect(input.value.slice(input.selectionStart, input.selectionEnd)).to.equal('2024-13');
  });

  it('gives a snippet that draws the same timeline in a blank page with only the browser build', async () => {
    const { doc } = builder;
    (doc.getElementById('opt-lang') as HTMLSelectElement).value = 'ar';
    doc.getElementById('opt-lang')!.dispatchEvent(new Event('input'));
    const preview = await paste(doc, JSON.stringify(TJS));
    const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(snippet).to.match(/^<script type="module" src="http[^"]+\/dist\/browser\/news-timeline\.min\.js"><\/script>\n<news-timeline lang="ar">/);
    expect(snippet).not.to.contain('</script><script>');

    const blank = document.createElement('iframe');
    blank.style.width = '1280px';
    blank.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body><div style="width:${preview.getBoundingClientRect().width}px">${snippet}</div></body></html>`;
    const ready = new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
    document.body.append(blank);
    await ready;
    const copy = blank.contentDocument!.querySelector('news-timeline') as any;
    await next(copy, 'nt-load', () => Boolean(copy.timeline));
    await copy.updateComplete;
    await frames();
    await frames();
    expect(summary(copy.timeline.events)).to.deep.equal(summary(preview.timeline.events));
    expect(copy.timeline.title).to.deep.equal(preview.timeline.title);
    const ids = (element: any) => [...element.shadowRoot.querySelectorAll('[data-event-id]')].map((n: Element) => n.getAttribute('data-event-id')).sort();
    expect(ids(copy)).to.deep.equal(ids(preview));
    expect(copy.shadowRoot.querySelector('.root').getAttribute('dir')).to.equal('rtl');
    expect((window as any).__pwned).to.equal(undefined);
    blank.remove();
  });

  it('makes an iframe snippet and a whole page for it', async () => {
    const { doc } = builder;
    const iframe = (doc.getElementById('iframe-snippet') as HTMLTextAreaElement).value;
    expect(iframe).to.equal('<iframe src="timeline.html" title="Imported story" width="100%" height="640" loading="lazy"></iframe>');
  });

  it('speaks Arabic, right to left, when asked', async () => {
    const { doc } = builder;
    doc.querySelector<HTMLButtonElement>('[data-page-lang="ar"]')!.click();
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.querySelector('h1')!.textContent).to.equal('أداة إنشاء شيفرة التضمين');
    expect(doc.getElementById('summary')!.textContent).to.contain('رُسم حدثان');
    doc.querySelector<HTMLButtonElement>('[data-page-lang="en"]')!.click();
  });

  it('has no axe violations, in English and in Arabic', async () => {
    const { doc, win } = builder;
    if (!win.axe) {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.head.append(script);
      await loaded;
    }
    for (const lang of ['en', 'ar']) {
      doc.querySelector<HTMLButtonElement>(`[data-page-lang="${lang}"]`)!.click();
      const results = await win.axe.run(doc, { resultTypes: ['violations'] });
      expect(results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`), lang).to.deep.equal([]);
    }
  });
});
