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

/** Waits, frame by frame (up to 5 s), until a condition holds; returns whether it did. */
async function until(condition: () => boolean): Promise<boolean> {
  const end = performance.now() + 5000;
  while (!condition() && performance.now() < end) await new Promise((resolve) => requestAnimationFrame(resolve));
  return condition();
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
    expect(preview.shadowRoot.querySelector('[part="error"]')?.checkVisibility() ?? false, 'the preview’s own panel').to.equal(false);
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('#problems button')];
    expect(buttons).to.have.length(1);
    expect(buttons[0].textContent).to.contain('events[0].start_date.year');
    // Said in words first, the path as a detail.
    expect(buttons[0].querySelector('.problem-words')!.textContent).to.match(/^Event 1: The year/);
    expect(doc.getElementById('notes')!.textContent, 'the link in the text became a source').to.contain('Sources');
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
    expect(button.textContent).to.contain('row 3, start: ');
    expect(button.querySelector('.problem-words')!.textContent).to.equal('Row 3, column “start”: The start date: “2024-13” is not a date. Write it as 2024, 2024-06 or 2024-06-19.');
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

  it('says nothing is drawn when the pasted JSON is broken, and where to look', async () => {
    const { doc } = builder;
    const input = doc.getElementById('data-text') as HTMLTextAreaElement;
    const summary = doc.getElementById('summary')!;
    const type = (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    type('{\n  "events": [\n    { "id": "a", "start": "2024", "title": "A" }\n    { "id": "b" }\n  ]\n}');
    expect(await until(() => /Nothing/.test(summary.textContent!)), summary.textContent!).to.equal(true);
    expect(summary.textContent).to.equal('Nothing is drawn yet: fix the problem below first.');
    const words = doc.querySelector('#problems .problem-words')!.textContent!;
    expect(words).to.match(/not valid JSON \(near line 4\)/);
    expect(words).to.not.match(/position/);
    // Back to the story the next tests read.
    type(JSON.stringify(TJS));
    expect(await until(() => summary.textContent === '2 events drawn, 1 problem.'), summary.textContent!).to.equal(true);
  });

  it('offers every view, shows “Copied.” beside the button pressed, and rings focus in blue, not in the error red', async () => {
    const { doc, win } = builder;
    const views = [...doc.querySelectorAll<HTMLOptionElement>('#opt-view option')].map((o) => o.value);
    expect(views).to.include.members(['timeline', 'list', 'story', 'auto']);
    win.navigator.clipboard.writeText = () => Promise.resolve();
    const button = doc.getElementById('copy-iframe')!;
    button.click();
    const status = doc.getElementById('copied-iframe')!;
    while (!status.textContent) await frames();
    expect(status.textContent).to.equal('Copied.');
    const [a, b] = [button.getBoundingClientRect(), status.getBoundingClientRect()];
    expect(Math.abs(a.top - b.top), 'on the button’s row').to.be.below(a.height);
    expect(doc.getElementById('copied-snippet')!.textContent).to.equal('');
    const input = doc.getElementById('data-text') as HTMLTextAreaElement;
    input.focus({ focusVisible: true } as FocusOptions);
    const ring = win.getComputedStyle(input).outlineColor;
    const accent = win.getComputedStyle(doc.querySelector('.kicker')!).color;
    expect(ring).to.not.equal(accent);
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

describe('the embed builder, given hostile addresses and large data', function () {
  this.timeout(60000);
  let builder: Awaited<ReturnType<typeof openBuilder>>;
  before(async () => {
    builder = await openBuilder();
  });
  after(() => builder.frame.remove());

  const field = (id: string) => builder.doc.getElementById(id) as HTMLInputElement;
  const type = (id: string, value: string) => {
    field(id).value = value;
    field(id).dispatchEvent(new Event('input'));
  };

  it('writes only http(s) and relative addresses into the code, and says why it refused another', () => {
    type('page-url', 'javascript:parent.__pwned=1');
    type('script-url', ' JaVa\tScRiPt:alert(1)');
    type('data-address', 'data:application/json,{"events":[]}');
    const iframe = field('iframe-snippet').value;
    const snippet = field('snippet').value;
    expect(iframe).to.match(/^<iframe src="" /);
    expect(snippet).not.to.match(/javascript|data:/i);
    for (const [id, scheme] of [['page-url', 'javascript:'], ['script-url', 'javascript:'], ['data-address', 'data:']]) {
      const note = builder.doc.getElementById(`${id}-note`)!;
      expect(note.checkVisibility(), id).to.equal(true);
      expect(note.textContent, id).to.match(new RegExp(`^${scheme} addresses are not accepted: only https:, http: or an address relative to the page\\.`));
      expect(field(id).getAttribute('aria-invalid')).to.equal('true');
    }
    type('page-url', 'https://news.example/timeline.html');
    type('script-url', new URL('/dist/browser/news-timeline.min.js', location.href).href);
    type('data-address', 'timeline.json');
    expect(field('iframe-snippet').value).to.match(/^<iframe src="https:\/\/news\.example\/timeline\.html" /);
    expect(builder.doc.getElementById('page-url-note')!.checkVisibility()).to.equal(false);
  });

  it('does not load a data address of another scheme', async () => {
    const { doc } = builder;
    (doc.querySelector('input[name="mode"][value="url"]') as HTMLInputElement).click();
    type('data-url', 'data:application/json,{"events":[{"id":"a","start":"2024","title":"A"}]}');
    doc.getElementById('load-url')!.click();
    const preview = doc.getElementById('preview') as any;
    expect(preview.src ?? null).to.equal(null);
    expect(doc.getElementById('data-url-note')!.textContent).to.match(/^data: addresses are not accepted/);
    (doc.querySelector('input[name="mode"][value="text"]') as HTMLInputElement).click();
  });

  it('downloads a page with a strict policy, which draws the timeline and reads large data in a worker under it', async () => {
    const { doc, win } = builder;
    await paste(doc, JSON.stringify(TJS));
    (doc.querySelector('input[name="embed"][value="inline"]') as HTMLInputElement).click();
    let href = '';
    // The page comes as a link to a blob, clicked by the builder: its address is read from that click.
    const takeHref = (event: Event) => {
      if (event.target instanceof win.HTMLAnchorElement) href = (event.target as HTMLAnchorElement).href;
    };
    doc.addEventListener('click', takeHref, { capture: true });
    doc.getElementById('download-page')!.click();
    doc.removeEventListener('click', takeHref, { capture: true });
    const page = await (await fetch(href)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1].replace(/&#39;|&apos;/g, "'");
    expect(policy).to.equal(
      `default-src 'none'; script-src ${location.origin}; worker-src ${location.origin}; connect-src 'none'; img-src https: 'self'; style-src 'none'; ` +
        "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'",
    );
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '700px';
    frame.srcdoc = page;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await ready;
    const inner = frame.contentWindow as any;
    const copy = frame.contentDocument!.querySelector('news-timeline') as any;
    await next(copy, 'nt-load', () => Boolean(copy.timeline));
    for (let i = 0; i < 4; i++) {
      await copy.updateComplete;
      await new Promise((resolve) => inner.requestAnimationFrame(resolve));
    }
    expect(copy.shadowRoot.querySelectorAll('.mark').length).to.equal(2);
    const violations: string[] = [];
    frame.contentDocument!.addEventListener('securitypolicyviolation', (event: any) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
    // Under the policy: a language loaded on demand, a card opened, and a large text read in a worker.
    copy.lang = 'ar';
    const arabic = await until(() => copy.shadowRoot.querySelector('.root')?.getAttribute('dir') === 'rtl' && copy.shadowRoot.querySelector('.download')?.textContent !== 'Download image');
    expect(arabic, 'the Arabic interface, loaded on demand').to.equal(true);
    copy.select(copy.timeline.events[0].id);
    await copy.updateComplete;
    expect(copy.shadowRoot.querySelector('[part="card"]')).to.exist;
    const events = Array.from({ length: 6000 }, (_, i) => ({ id: `e-${i}`, start: `${1900 + (i % 120)}`, title: `Event ${i} ${'words '.repeat(20)}` }));
    const big = JSON.stringify({ events });
    expect(big.length).to.be.greaterThan(1_000_000);
    const loaded = next(copy, 'nt-load');
    copy.data = big;
    await loaded;
    expect(copy.timeline.events).to.have.length(6000);
    const fetched = inner.performance.getEntriesByType('resource').map((entry: PerformanceEntry) => new URL(entry.name).pathname);
    expect(fetched).to.include('/dist/browser/news-timeline-reader.min.js');
    // Violations are reported in a task of their own: nothing to wait for but that task.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
    expect(() => inner.eval('1'), 'the policy is in force').to.throw();
    frame.remove();
  });

  it('keeps a large file out of the text box, reads it, and lists its problems', async () => {
    const { doc } = builder;
    const events = Array.from({ length: 6000 }, (_, i) => ({ id: `e-${i}`, start: i % 1000 === 7 ? '2024-13-01' : `${1900 + (i % 120)}`, title: `Event ${i} ${'words '.repeat(20)}` }));
    const text = JSON.stringify({ events });
    const input = doc.getElementById('data-file') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([text], 'big.json', { type: 'application/json' }));
    input.files = files.files;
    const preview = doc.getElementById('preview') as any;
    const loaded = next(preview, 'nt-load');
    input.dispatchEvent(new Event('change'));
    await loaded;
    const box = doc.getElementById('data-text') as HTMLTextAreaElement;
    expect(box.value.length, 'characters in the text box').to.equal(0);
    expect(box.placeholder).to.match(/^big\.json \(1(\.\d)? MB\) is read but not shown here/);
    expect(preview.timeline.events).to.have.length(5994);
    expect([...doc.querySelectorAll('#problems li')].map((li) => li.textContent)).to.have.length(6);
    expect((doc.querySelector('input[name="embed"][value="inline"]') as HTMLInputElement).disabled).to.equal(true);
    expect(doc.getElementById('inline-note')!.textContent).to.match(/^This data is too large to paste inside the code/);
  });
});
