import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mountTimeline, settle, shadow } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});

async function svgOf(element: NewsTimeline): Promise<SVGSVGElement> {
  const blob = await element.exportImage('svg');
  expect(blob.type).to.equal('image/svg+xml');
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}
const texts = (svg: SVGSVGElement) => [...svg.querySelectorAll('text')].map((t) => t.textContent!);

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
async function pngSize(blob: Blob): Promise<[number, number]> {
  const bytes = new DataView(await blob.arrayBuffer());
  expect([bytes.getUint32(0), bytes.getUint32(4)], 'PNG signature').to.deep.equal([0x89504e47, 0x0d0a1a0a]);
  return [bytes.getUint32(16), bytes.getUint32(20)];
}

describe('exportImage', () => {
  it('gives a standalone SVG of the view: title, axis dates, marks, labels and a credit line naming the publishers', async () => {
    const element = await mountTimeline(data, 1000, { start: '2023-06', end: '2024-12' });
    const svg = await svgOf(element);
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).to.equal(data.title.en);
    const words = texts(svg);
    expect(words).to.include(data.title.en);
    // Every axis label the reader sees is in the picture.
    const axis = [...shadow(element).querySelectorAll('.tick text')].map((t) => t.textContent!);
    expect(axis.length).to.be.greaterThan(2);
    expect(words).to.include.members(axis);
    const labels = [...shadow(element).querySelectorAll('.labels .label')].map((t) => t.textContent!);
    expect(words).to.include.members(labels);
    // Each lane's heading, as on the page: its name, then a rule level with the name.
    const names = [...shadow(element).querySelectorAll('.lane-label')].map((t) => t.textContent!);
    expect(names).to.have.length(data.categories.length);
    const lines = [...svg.querySelectorAll('line')].filter((l) => l.getAttribute('y1') === l.getAttribute('y2'));
    const headed = (text: SVGTextElement) =>
      lines.some((l) => Math.abs(Number(l.getAttribute('y1')) - (Number(text.getAttribute('y')) - 4)) < 0.01 && Number(l.getAttribute('x1')) > Number(text.getAttribute('x')));
    // (An era may share a lane's name: the heading is the text with a rule.)
    for (const name of names) expect([...svg.querySelectorAll('text')].some((t) => t.textContent === name && headed(t)), `${name} and its rule`).to.equal(true);
    expect(svg.querySelectorAll('circle, rect[rx]').length).to.be.greaterThan(5);
    // The credit line (it may wrap) comes last.
    const credit = words.slice(words.findIndex((w) => w.startsWith('Sources: '))).join(' ');
    expect(credit).to.contain('KBS World');
    // Styles are written on the elements and the font is named, with fallbacks.
    expect(svg.getAttribute('font-family')).to.contain(getComputedStyle(element).fontFamily.split(',')[0]);
    expect(svg.getAttribute('font-family')).to.match(/sans-serif$/);
    expect(svg.querySelector('style, script, image, foreignObject')).to.equal(null);
    for (const text of svg.querySelectorAll('text')) expect(text.getAttribute('fill')).to.match(/^(#|rgb)/);
  });

  it('draws Arabic right to left', async () => {
    const element = await mountTimeline(data, 900, { lang: 'ar-EG' });
    const svg = await svgOf(element);
    expect(svg.getAttribute('direction')).to.equal('rtl');
    expect(svg.getAttribute('lang')).to.equal('ar-EG');
    const title = [...svg.querySelectorAll('text')].find((t) => t.textContent === data.title.ar)!;
    expect(title.getAttribute('direction')).to.equal('rtl');
    expect(Number(title.getAttribute('x'))).to.be.greaterThan(Number(svg.getAttribute('width')) / 2);
    expect(texts(svg).some((t) => t.startsWith('المصادر: '))).to.equal(true);
    // Time runs right to left: the first year is on the right.
    const years = [...svg.querySelectorAll('text')].filter((t) => /^[٠-٩]{4}$/.test(t.textContent!));
    expect(years.length).to.be.greaterThan(2);
    expect(Number(years[0].getAttribute('x'))).to.be.greaterThan(Number(years[years.length - 1].getAttribute('x')));
  });

  it('gives a PNG at twice the device pixel ratio', async () => {
    const element = await mountTimeline(data, 800);
    const svg = await svgOf(element);
    const blob = await element.exportImage('png');
    expect(blob.type).to.equal('image/png');
    const [width, height] = await pngSize(blob);
    const scale = 2 * window.devicePixelRatio;
    expect(width).to.equal(Math.round(Number(svg.getAttribute('width')) * scale));
    expect(height).to.equal(Math.round(Number(svg.getAttribute('height')) * scale));
  });

  it('keeps hostile text as text: the SVG stays well-formed and runs nothing', async () => {
    const hostile = '<script>alert(1)</script> & "quotes" \u0001';
    const element = await mountTimeline({ title: hostile, events: [{ id: 'a', start: '2024-01-01', title: hostile, importance: 3, sources: [{ title: 't', url: 'https://a.example/', publisher: '<b>Pub</b>' }] }] });
    const svg = await svgOf(element);
    expect(svg.querySelector('script, b')).to.equal(null);
    expect(texts(svg)).to.include('<script>alert(1)</script> & "quotes" ');
    expect(texts(svg).join(' ')).to.contain('<b>Pub</b>');
  });

  it('draws from the scene even in the list view, where no track is on the page', async () => {
    const element = await mountTimeline(data, 800, { view: 'list' });
    expect(shadow(element).querySelector('svg.timeline')).to.equal(null);
    const svg = await svgOf(element);
    expect(svg.querySelectorAll('circle').length).to.be.greaterThan(3);
  });

  it('refuses other types, and says so before data has arrived', async () => {
    const element = await mountTimeline(data, 800);
    let error: unknown;
    await element.exportImage('gif' as 'png').catch((e) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    const empty = await mountTimeline(undefined, 800);
    error = undefined;
    await empty.exportImage('svg').catch((e) => (error = e));
    expect(String(error)).to.contain('no timeline');
  });

  it('downloads a PNG named after the timeline from its button', async () => {
    const element = await mountTimeline(data, 1000);
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const saved = new Promise<void>((resolve) => {
        const check = () => (clicked.length ? resolve() : requestAnimationFrame(check));
        check();
      });
      shadow(element).querySelector<HTMLButtonElement>('button.download')!.click();
      await saved;
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0].download).to.equal('russia-and-north-korea-2000-2024.png');
    expect(clicked[0].href).to.match(/^blob:/);
    await settle(element);
  });
});

describe('exportImage with hostile theme values', () => {
  it('writes only colours into the picture: a page’s url() or other value falls back to the theme', async () => {
    const element = await mountTimeline(data, 1000);
    element.style.setProperty('--nt-text', 'url(https://evil.example/track.svg#x)');
    element.style.setProperty('--nt-background', 'rebeccapurple');
    element.style.setProperty('--nt-border', 'var(--nope, url("https://evil.example/b"))');
    element.style.setProperty('--nt-grid', 'red;x:url(https://evil.example/c)');
    await settle(element);
    const source = await (await element.exportImage('svg')).text();
    expect(source.includes('evil.example'), 'an address in the picture').to.equal(false);
    expect(source.includes('url('), 'url() in the picture').to.equal(false);
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    expect(svg.querySelector('rect')!.getAttribute('fill'), 'a named colour, as a colour').to.equal('#663399');
    const colour = /^(#[0-9a-f]{6}|rgba\(\d+, \d+, \d+, [\d.]+\)|none)$/;
    for (const node of svg.querySelectorAll('[fill]')) expect(node.getAttribute('fill'), 'fill').to.match(colour);
    for (const node of svg.querySelectorAll('[stroke]')) expect(node.getAttribute('stroke'), 'stroke').to.match(colour);
  });
});
