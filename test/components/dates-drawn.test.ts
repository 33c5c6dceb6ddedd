import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { paintMarks } from '../../src/components/news-timeline/views/motion.js';
import { TimelineModel } from '../../src/core/timeline-model.js';
import { localize } from '../../src/core/text.js';
import { formatNumber } from '../../src/core/dates.js';
import { validateTimeline } from '../../src/core/validate.js';
import { DAY } from '../../src/core/time.js';
import { mark, mountTimeline, settle, shadow, until } from '../support/timeline.js';

// Exact, approximate, uncertain, decade, season and ongoing dates, and the journalist's own words.
let data: any;
before(async () => {
  data = await (await fetch('/test/fixtures/dates.json')).json();
});

const shapes = (element: NewsTimeline, id: string) => [...mark(element, id)!.querySelectorAll<SVGGraphicsElement>('.shape')];
const num = (node: Element, name: string) => Number(node.getAttribute(name));
/** The track's time → x map, read from two exact points as drawn (their centres are their dates). */
function trackScale(element: NewsTimeline): (time: number) => number {
  const a = shapes(element, 'debt-write-off')[0];
  const b = shapes(element, 'vladivostok-summit-2019')[0];
  const [ta, tb] = [Date.UTC(2012, 8, 17), Date.UTC(2019, 3, 25)];
  const ratio = (num(b, 'cx') - num(a, 'cx')) / (tb - ta);
  return (time) => num(a, 'cx') + (time - ta) * ratio;
}
const rightOf = (rect: Element) => num(rect, 'x') + num(rect, 'width');
/** A CSS colour as the browser computes it (rgb(…)). */
function colour(value: string): string {
  const probe = document.createElement('i');
  probe.style.setProperty('color', value.trim());
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}
/** Whether two pixels' colours are within a few steps (antialiasing). */
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 24);

describe('EDTF dates drawn', () => {
  it('draws an approximate or uncertain date as a hollow point, an exact one filled', async () => {
    const element = await mountTimeline(data, 1280);
    for (const id of ['rail-link', 'munitions']) {
      const [circle] = shapes(element, id);
      expect(circle.tagName, id).to.equal('circle');
      expect(circle.classList.contains('hollow'), id).to.equal(true);
      expect(circle.getAttribute('stroke'), id).to.match(/^#/);
      // Its inside is the background, not its colour.
      expect(getComputedStyle(circle).fill, id).to.equal(colour(getComputedStyle(element).getPropertyValue('--_background')));
      expect(getComputedStyle(circle).stroke, id).to.equal(colour(circle.getAttribute('stroke')!));
    }
    const [exact] = shapes(element, 'debt-write-off');
    expect(exact.classList.contains('hollow')).to.equal(false);
    expect(getComputedStyle(exact).fill).to.equal('rgb(13, 148, 136)');
  });

  it('draws a decade as a softened bar over its ten years', async () => {
    const element = await mountTimeline(data, 1280);
    const x = trackScale(element);
    const [bar] = shapes(element, 'far-east-workers');
    expect(bar.tagName).to.equal('rect');
    expect(bar.classList.contains('soft')).to.equal(true);
    expect(Number(bar.getAttribute('fill-opacity'))).to.be.lessThan(0.5);
    expect(num(bar, 'x')).to.be.closeTo(x(Date.UTC(2010, 0, 1)), 1);
    expect(rightOf(bar)).to.be.closeTo(x(Date.UTC(2020, 0, 1)), 1);
  });

  it('draws a season over its three months once zoomed in', async () => {
    const element = await mountTimeline(data, 1280, { start: '2024-01', end: '2025-06' });
    const [bar] = shapes(element, 'troops');
    expect(bar.tagName).to.equal('rect');
    expect(bar.classList.contains('soft')).to.equal(true);
    const width = num(bar, 'width');
    // Autumn: September to November, about three seventeenths of the view.
    const svgWidth = num(shadow(element).querySelector('svg.timeline')!, 'width');
    expect(width / svgWidth).to.be.closeTo((Date.UTC(2024, 11) - Date.UTC(2024, 8)) / (Date.UTC(2025, 6) - Date.UTC(2024, 0)), 0.02);
  });

  it('draws an ongoing event as a bar reaching today, its end fading out; in Arabic it fades out to the left', async () => {
    const today = Math.floor(Date.now() / DAY) * DAY + DAY;
    for (const lang of ['en', 'ar']) {
      const element = await mountTimeline(data, 1280, { lang });
      const pieces = shapes(element, 'ukraine-war');
      expect(pieces.length, lang).to.be.greaterThan(2);
      const bySide = [...pieces].sort((a, b) => num(a, 'x') - num(b, 'x'));
      const open = lang === 'ar' ? bySide[0] : bySide[bySide.length - 1];
      const solid = lang === 'ar' ? bySide[bySide.length - 1] : bySide[0];
      expect(Number(open.getAttribute('opacity')), lang).to.be.lessThan(0.3);
      expect(solid.getAttribute('opacity'), lang).to.equal(null);
      // Its open end is today, where the fit view ends a margin later.
      const x = trackScale(element);
      const end = lang === 'ar' ? num(open, 'x') : rightOf(open);
      expect(end, lang).to.be.closeTo(x(today), 1.5);
    }
  });

  it('reaches the view’s edge when today is past it', async () => {
    const element = await mountTimeline(data, 1000, { start: '2021-06', end: '2023-06' });
    const pieces = shapes(element, 'ukraine-war').sort((a, b) => num(a, 'x') - num(b, 'x'));
    const last = pieces[pieces.length - 1];
    expect(Number(last.getAttribute('opacity'))).to.be.lessThan(0.3);
    expect(rightOf(last)).to.be.closeTo(1000, 0.5);
  });

  it('names each mark with its date as written, or the journalist’s words', async () => {
    const element = await mountTimeline(data, 1280);
    const name = (id: string) => mark(element, id)!.getAttribute('aria-label')!;
    expect(name('far-east-workers')).to.contain('the 2010s');
    expect(name('rail-link')).to.contain('c. September 2013');
    expect(name('ukraine-war')).to.contain('since February 24, 2022');
    expect(name('munitions')).to.contain('From late summer 2023, by US accounts');
    expect(name('munitions')).not.to.contain('August');
    // Egyptian Arabic: Arabic-Indic digits, as Intl writes them for ar-EG.
    element.setAttribute('lang', 'ar-EG');
    await settle(element);
    expect(name('far-east-workers')).to.contain('عقد ٢٠١٠');
    expect(name('ukraine-war')).to.contain('منذ ٢٤ فبراير ٢٠٢٢');
    expect(name('munitions')).to.contain('منذ أواخر صيف 2023 بحسب الرواية الأمريكية');
  });

  it('shows the journalist’s words in the card and the list, with the date for machines', async () => {
    const element = await mountTimeline(data, 1280);
    element.select('munitions');
    await settle(element);
    const time = shadow(element).querySelector('[part="card"] time')!;
    expect(time.textContent).to.equal('From late summer 2023, by US accounts');
    expect(time.getAttribute('datetime')).to.equal('2023-08');
    element.setAttribute('view', 'list');
    await settle(element);
    const item = (id: string) => shadow(element).querySelector(`[part="list"] [data-list-id="${id}"] time`)!;
    expect(item('troops').textContent).to.equal('autumn 2024');
    expect(item('troops').hasAttribute('datetime')).to.equal(false);
    expect(item('far-east-workers').textContent).to.equal('the 2010s');
    expect(item('ukraine-war').textContent).to.equal('since February 24, 2022');
  });

  it('explains the hollow mark in the help', async () => {
    const element = await mountTimeline(data, 1280);
    shadow(element).querySelector<HTMLButtonElement>('.help-toggle')!.click();
    const found = await (async () => {
      for (let i = 0; i < 100 && !shadow(element).querySelector('.dates-note'); i++) await new Promise((r) => requestAnimationFrame(r));
      return shadow(element).querySelector('.dates-note');
    })();
    expect(found!.textContent!.trim()).to.equal('A hollow mark is a date that is approximate or uncertain.');
  });

  it('draws an approximate date’s dot hollow in the vertical view too, with its date for machines', async () => {
    const element = await mountTimeline(data, 700, { view: 'vertical' });
    expect(await until(() => Boolean(shadow(element).querySelector('[part="vertical"] .v-entry')), 5000), 'the vertical view').to.equal(true);
    const entry = (id: string) => shadow(element).querySelector(`.v-entry[data-event-id="${id}"]`)!;
    const dot = entry('rail-link').querySelector('.v-dot')!;
    expect(getComputedStyle(dot).backgroundColor).to.equal(colour(getComputedStyle(element).getPropertyValue('--_background')));
    expect(getComputedStyle(dot).borderTopColor).to.equal('rgb(13, 148, 136)');
    expect(getComputedStyle(entry('debt-write-off').querySelector('.v-dot')!).backgroundColor).to.equal('rgb(13, 148, 136)');
    expect(entry('rail-link').querySelector('time')!.getAttribute('datetime')).to.equal('2013-09');
    expect(entry('munitions').querySelector('time')!.textContent).to.equal('From late summer 2023, by US accounts');
  });

  it('exports softened and fading marks as the track draws them', async () => {
    const element = await mountTimeline(data, 1280);
    const doc = new DOMParser().parseFromString(await (await element.exportImage('svg')).text(), 'image/svg+xml');
    const exported = [...doc.querySelectorAll('circle, rect')];
    // Each mark shape of the track is in the picture, moved by the picture's margins, with the same look.
    const [reference] = shapes(element, 'debt-write-off');
    const twin = exported.find((s) => s.tagName === 'circle' && s.getAttribute('fill') === reference.getAttribute('fill') && s.getAttribute('r') === reference.getAttribute('r'))!;
    const dx = num(twin, 'cx') - num(reference, 'cx');
    const dy = num(twin, 'cy') - num(reference, 'cy');
    for (const id of ['rail-link', 'munitions', 'far-east-workers', 'ukraine-war']) {
      for (const shape of shapes(element, id)) {
        const match = exported.find((s) =>
          s.tagName === shape.tagName &&
          (s.tagName === 'circle'
            ? Math.abs(num(s, 'cx') - dx - num(shape, 'cx')) < 0.02 && Math.abs(num(s, 'cy') - dy - num(shape, 'cy')) < 0.02 && s.getAttribute('r') === shape.getAttribute('r')
            : Math.abs(num(s, 'x') - dx - num(shape, 'x')) < 0.02 && Math.abs(num(s, 'width') - num(shape, 'width')) < 0.02 && Math.abs(num(s, 'y') - dy - num(shape, 'y')) < 0.02),
        );
        expect(match, `${id} ${shape.tagName}`).to.not.equal(undefined);
        expect(match!.getAttribute('stroke-width') ?? '1.5', id).to.equal(shape.getAttribute('stroke-width') ?? '1.5');
        expect(match!.getAttribute('fill-opacity'), id).to.equal(shape.getAttribute('fill-opacity'));
        expect(match!.getAttribute('opacity'), id).to.equal(shape.getAttribute('opacity'));
      }
    }
  });
});

describe('EDTF dates painted in motion', () => {
  it('paints a hollow point hollow, an exact one filled, and an ongoing bar fading out, as the track draws them', () => {
    const { timeline } = validateTimeline(data);
    const model = new TimelineModel(timeline);
    const canvas = document.createElement('canvas');
    const scene = model.scene({
      view: model.fullSpan(false),
      width: 800,
      rtl: false,
      lang: 'en',
      digits: 'auto',
      text: (value) => localize(value, 'en'),
      measure: (text) => text.length * 6,
      formatCount: (n) => formatNumber(n, 'en'),
    });
    const look = { palette: { text: '#111111', muted: '#555555', background: '#ffffff', border: '#cccccc', grid: '#eeeeee', eraFill: '#999999', eraOpacity: 0.1, accent: '#0000ff' }, font: 'sans-serif' };
    const ratio = Math.max(1, globalThis.devicePixelRatio || 1);
    paintMarks(canvas, scene, look, null);
    const rgba = (x: number, y: number) => [...canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    const pixel = (x: number, y: number) => {
      const [r, g, b, a] = rgba(x, y);
      expect(a, 'painted opaque').to.be.greaterThan(200);
      return [r, g, b];
    };
    const at = (id: string) => scene.marks.find((m) => m.size === 1 && m.lead.id === id)!;
    const hollow = at('rail-link');
    expect(hollow.soft).to.equal(true);
    expect(near(pixel(hollow.centre, hollow.y), [255, 255, 255])).to.equal(true);
    expect(near(pixel(hollow.centre + 5, hollow.y), [13, 148, 136])).to.equal(true);
    const exact = at('debt-write-off');
    expect(exact.soft).to.equal(undefined);
    expect(near(pixel(exact.centre, exact.y), [13, 148, 136])).to.equal(true);
    const ongoing = at('ukraine-war');
    expect(ongoing.fade).to.equal('right');
    // Solid near its start, faint at its open end.
    expect(near(pixel(ongoing.left + 4, ongoing.y), [194, 65, 12])).to.equal(true);
    const faint = rgba(ongoing.right - 2, ongoing.y);
    // The canvas lies over the track, clear where nothing is painted: a faint dash lets most of it through.
    expect(faint[3]).to.be.lessThan(60);
  });
});
