import { expect } from '@open-wc/testing';
import { layoutEraRows } from '../../src/core/layout.js';
import { buildTrackScene, countWidths, eraRowCount, placeTickLabels, trackHeight, LABEL_FONT_PX, LANE_HEIGHT, LANE_NAME_WEIGHT, SMALL_FONT_PX, type SceneInput, type TrackScene } from '../../src/core/scene.js';
import { formatNumber } from '../../src/core/dates.js';
import { contrastRatio } from '../../src/core/contrast.js';
import { localize } from '../../src/core/text.js';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { validateTimeline } from '../../src/core/validate.js';
import type { Timeline } from '../../src/core/types.js';

const context = document.createElement('canvas').getContext('2d')!;
context.font = '12px sans-serif';
const measure = (text: string) => context.measureText(text).width;

let timeline: Timeline;
let index: TimelineIndex;

/** The flagship's scene for a window and width, in a language, as the element would ask for it. */
function scene(options: Partial<SceneInput> = {}): TrackScene {
  const lang = options.lang ?? 'en';
  const extent = index.extent()!;
  return buildTrackScene({
    index,
    categories: timeline.categories,
    eras: timeline.eras,
    eraRows: layoutEraRows(timeline.eras.map((e) => ({ start: e.start.time, until: e.until }))),
    hidden: new Set(),
    view: extent,
    width: 1280,
    rtl: false,
    lang,
    digits: 'auto',
    text: (value) => localize(value, lang),
    measure,
    formatCount: (n) => formatNumber(n, lang, 'auto', n >= 1000),
    ...options,
  });
}

/** A label's box on screen: the scene anchors labels at their middle. */
const labelBox = (label: { text: string; x: number }) => [label.x - measure(label.text) / 2, label.x + measure(label.text) / 2];

describe('buildTrackScene', () => {
  before(async () => {
    timeline = validateTimeline(await (await fetch('/src/data/russia-north-korea.json')).json()).timeline!;
    index = new TimelineIndex(timeline.events);
  });

  it('accounts for every event in the window exactly once, in time order', () => {
    const result = scene();
    const drawn = result.marks.flatMap((mark) => mark.events.map((e) => e.id));
    expect(drawn.slice().sort()).to.deep.equal(timeline.events.map((e) => e.id).sort());
    expect(new Set(drawn).size).to.equal(drawn.length);
    const firstTimes = result.marks.map((mark) => mark.events[0].start.time);
    const byLane = new Map<number, number[]>();
    result.marks.forEach((mark, i) => byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), firstTimes[i]]));
    for (const times of byLane.values()) expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });

  it('keeps marks, labels and ticks inside the track, and labels apart from each other', () => {
    for (const width of [320, 800, 1280]) {
      const result = scene({ width });
      for (const mark of result.marks) {
        expect(mark.left, mark.key).to.be.at.least(-0.01);
        expect(mark.right, mark.key).to.be.at.most(width + 0.01);
        expect(mark.y).to.be.within(result.lanesTop, result.axisY);
      }
      for (const tick of result.ticks) expect(tick.x).to.be.within(0, width);
      const labels = result.marks.flatMap((mark) => (mark.label ? [{ ...mark.label, lane: mark.lane }] : []));
      expect(labels.length, `${width} px: some labels`).to.be.greaterThan(2);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          if (labels[i].y !== labels[j].y) continue;
          const [a, b] = [labelBox(labels[i]), labelBox(labels[j])];
          expect(a[0] < b[1] - 0.5 && b[0] < a[1] - 0.5, `${width} px: "${labels[i].text}" / "${labels[j].text}"`).to.equal(false);
        }
      }
    }
  });

  it('gives every lane its name on a line of its own, at the start edge, above all of its labels', () => {
    for (const [width, rtl] of [[375, false], [1280, false], [1280, true]] as const) {
      const result = scene({ width, rtl });
      expect(result.lanes.map((lane) => lane.name.text), `${width} px`).to.deep.equal(timeline.categories.map((c) => localize(c.label, 'en')));
      result.lanes.forEach((lane, i) => {
        expect(lane.name.x, `${lane.name.text}: the start edge`).to.equal(rtl ? width : 0);
        const nameWidth = (measure(lane.name.text) * SMALL_FONT_PX * LANE_NAME_WEIGHT) / LABEL_FONT_PX;
        expect(Math.abs(lane.name.ruleFrom - lane.name.x), 'the rule starts after the name').to.be.at.least(nameWidth);
        expect(lane.name.ruleTo).to.equal(rtl ? 0 : width);
        for (const mark of result.marks.filter((m) => m.lane === i && m.label)) {
          // A label's top is a font size above its baseline: it starts below the name's baseline.
          expect(mark.label!.y - LABEL_FONT_PX, `${width} px: "${mark.label!.text}" under "${lane.name.text}"`).to.be.at.least(lane.name.y);
        }
      });
    }
  });

  it('cuts a lane name only where the track is too narrow for it, and keeps its rule inside', () => {
    const long = validateTimeline({
      categories: [{ id: 'long', label: 'Sanctions, the UN panel of experts and the Security Council' }],
      events: [{ id: 'one', start: '2024-06-19', title: 'One event', category: 'long' }],
    }).timeline!;
    for (const rtl of [false, true]) {
      const width = 120;
      const result = buildTrackScene({
        index: new TimelineIndex(long.events), categories: long.categories, eras: [], eraRows: [], hidden: new Set(),
        view: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], width, rtl, lang: 'en', digits: 'auto',
        text: (value) => localize(value, 'en'), measure, formatCount: (n) => String(n),
      });
      const { name } = result.lanes[0];
      expect(name.text, rtl ? 'rtl' : 'ltr').to.match(/^Sanctions.*…$/);
      expect((measure(name.text) * SMALL_FONT_PX * LANE_NAME_WEIGHT) / LABEL_FONT_PX).to.be.at.most(width);
      for (const x of [name.ruleFrom, name.ruleTo]) expect(x).to.be.within(0, width);
      expect(name.x).to.equal(rtl ? width : 0);
    }
    // At 1280 px the same name is whole.
    const wide = buildTrackScene({
      index: new TimelineIndex(long.events), categories: long.categories, eras: [], eraRows: [], hidden: new Set(),
      view: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], width: 1280, rtl: false, lang: 'en', digits: 'auto',
      text: (value) => localize(value, 'en'), measure, formatCount: (n) => String(n),
    });
    expect(wide.lanes[0].name.text).to.equal('Sanctions, the UN panel of experts and the Security Council');
  });

  it('writes every cluster\'s count in white, on a badge darkened where the lane colour is too light for it', () => {
    const palette = ['#2563eb', '#c2410c', '#8b5cf6', '#0d9488', '#dc2626', '#a16207', '#db2777', '#6b7280', '#facc15', '#ffffff'];
    const events = palette.flatMap((_, lane) => Array.from({ length: 3 }, (_, k) => ({ id: `e${lane}-${k}`, start: '2024-06-19', title: 'Same day', category: `c${lane}` })));
    const crowded = validateTimeline({ categories: palette.map((color, lane) => ({ id: `c${lane}`, label: `Lane ${lane}`, color })), events }).timeline!;
    const result = buildTrackScene({
      index: new TimelineIndex(crowded.events), categories: crowded.categories, eras: [], eraRows: [], hidden: new Set(),
      view: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], width: 800, rtl: false, lang: 'en', digits: 'auto',
      text: (value) => localize(value, 'en'), measure, formatCount: (n) => String(n),
    });
    const clusters = result.marks.filter((m) => m.kind === 'cluster');
    expect(clusters).to.have.length(palette.length);
    for (const mark of clusters) {
      expect(mark.count!.color, mark.key).to.equal('#ffffff');
      expect(contrastRatio(mark.color, '#ffffff'), `${mark.key} on ${mark.color}`).to.be.at.least(4.5);
    }
    // A colour dark enough already is kept as it is.
    expect(clusters.find((m) => m.lane === 0)!.color).to.equal('#2563eb');
  });

  it('mirrors everything when time runs right to left, and only that', () => {
    const width = 1000;
    const ltr = scene({ width });
    const rtl = scene({ width, rtl: true });
    expect(rtl.direction).to.equal('rtl');
    expect(rtl.marks.map((m) => m.key)).to.deep.equal(ltr.marks.map((m) => m.key));
    rtl.marks.forEach((mark, i) => {
      expect(mark.centre).to.be.closeTo(width - ltr.marks[i].centre, 1e-6);
      expect(mark.left).to.be.closeTo(width - ltr.marks[i].right, 1e-6);
    });
    rtl.ticks.forEach((tick, i) => expect(tick.x).to.be.closeTo(width - ltr.ticks[i].x, 1e-6));
    rtl.eras.forEach((era, i) => expect(era.left).to.be.closeTo(width - ltr.eras[i].left - ltr.eras[i].width, 1e-6));
  });

  it('leaves out hidden categories and shrinks to the lanes shown', () => {
    const all = scene();
    const result = scene({ hidden: new Set(['war', 'military']) });
    expect(result.lanes.map((lane) => lane.category.id)).to.not.include.members(['war', 'military']);
    expect(result.lanes).to.have.length(timeline.categories.length - 2);
    expect(result.marks.flatMap((m) => m.events).some((e) => e.category === 'war' || e.category === 'military')).to.equal(false);
    expect(all.height - result.height).to.equal(2 * LANE_HEIGHT);
    expect(result.height).to.equal(trackHeight(eraRowCount(layoutEraRows(timeline.eras.map((e) => ({ start: e.start.time, until: e.until })))), result.lanes.length));
  });

  it('draws only what touches the window', () => {
    const result = scene({ view: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)] });
    const drawn = result.marks.flatMap((mark) => mark.events);
    expect(drawn.length).to.be.greaterThan(3);
    for (const event of drawn) expect(event.until > Date.UTC(2024, 0, 1) && event.start.time < Date.UTC(2025, 0, 1), event.id).to.equal(true);
    expect(drawn.map((e) => e.id)).to.include('putin-pyongyang-2024');
  });

  it('speaks the language asked for: Arabic titles, lane names and digits (Arabic-Indic in ar-EG)', () => {
    const result = scene({ lang: 'ar-EG', rtl: true });
    const arabic = /[\u0600-\u06ff]/;
    expect(result.lanes.some((lane) => arabic.test(lane.name.text))).to.equal(true);
    expect(result.marks.some((mark) => mark.label && arabic.test(mark.label.text))).to.equal(true);
    for (const tick of result.ticks) expect(tick.label).to.match(/^[٠-٩]+$/);
    for (const mark of result.marks.filter((m) => m.kind === 'cluster')) expect(mark.count!.text).to.match(/^[٠-٩]+$/);
  });

  it('is pure: the same input gives the same scene', () => {
    // Its data: a mark's `includes` is a function, made anew with each scene.
    const data = (value: unknown) => JSON.parse(JSON.stringify(value));
    const a = scene({ width: 700 });
    expect(a.marks.length).to.be.greaterThan(5);
    expect(data(a)).to.deep.equal(data(scene({ width: 700 })));
  });
});

/** Tick labels are drawn at 11 px; the scene measures at 12 px and scales. */
const tickWidth = (label: string) => (measure(label) * 11) / 12;

/** A one-event timeline's scene: only the axis matters here. */
function axisScene(view: [number, number], width: number, lang = 'en', rtl = false) {
  const one = validateTimeline({ events: [{ id: 'a', start: '2012-03-04', title: 'A' }] }).timeline!;
  const input: SceneInput = {
    index: new TimelineIndex(one.events),
    categories: one.categories,
    eras: [],
    eraRows: [],
    hidden: new Set(),
    view,
    width,
    rtl,
    lang,
    digits: 'auto',
    text: (value) => localize(value, lang),
    measure,
    formatCount: String,
  };
  return buildTrackScene(input);
}

/** Every drawn tick label lies whole inside the track, and no two touch. */
function assertWhole(ticks: TrackScene['ticks'], width: number) {
  const boxes = ticks
    .filter((tick) => tick.label)
    .map((tick) => [tick.labelX - tickWidth(tick.label) / 2, tick.labelX + tickWidth(tick.label) / 2, tick.label] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const [left, right, label] of boxes) {
    expect(left, `${label} starts inside`).to.be.at.least(0);
    expect(right, `${label} ends inside`).to.be.at.most(width);
  }
  for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], `${boxes[i][2]} after ${boxes[i - 1][2]}`).to.be.greaterThan(boxes[i - 1][1]);
}

describe('tick labels', () => {
  // The window the demo opens on: the year 2000 has its tick 3 px from the left edge at 1280 px.
  const years: [number, number] = [Date.UTC(1999, 11, 20), Date.UTC(2025, 2, 1)];

  it('moves a label at the edge inside the track rather than cutting it', () => {
    for (const width of [320, 375, 768, 1280]) {
      const { ticks } = axisScene(years, width);
      assertWhole(ticks, width);
      const first = ticks[0];
      expect(first.x).to.be.lessThan(tickWidth(first.label) / 2);
      expect(first.label, `${width}px: 2000 is labelled`).to.equal('2000');
      expect(first.labelX - tickWidth('2000') / 2).to.be.at.least(0);
    }
  });

  it('keeps hours whole when zoomed to a day, in both directions of time', () => {
    const day: [number, number] = [Date.UTC(2024, 5, 19, 11, 50), Date.UTC(2024, 5, 20, 12, 10)];
    for (const [lang, rtl] of [['en', false], ['ar', true]] as const) {
      for (const width of [320, 1280]) {
        const { ticks } = axisScene(day, width, lang, rtl);
        assertWhole(ticks, width);
        expect(ticks.filter((t) => t.label).length).to.be.greaterThan(1);
      }
    }
  });

  it('leaves out the label that had to move furthest when two would touch', () => {
    const ticks = placeTickLabels(
      [
        { time: 1, x: 2, label: 'wide first label' },
        { time: 2, x: 40, label: 'next' },
        { time: 3, x: 200, label: 'far' },
      ],
      300,
      (label) => label.length * 6,
    );
    // The first would have to move 47 px in; the second sits under its tick.
    expect(ticks.map((t) => t.label)).to.deep.equal(['', 'next', 'far']);
    expect(ticks.map((t) => t.labelX)).to.deep.equal([49, 40, 200]);
  });
});

describe('countWidths', () => {
  const SMALL = SMALL_FONT_PX / LABEL_FONT_PX;
  // A font whose glyphs have made-up widths: 0.5 + the code point's last digit.
  const measure = (text: string) => [...text].reduce((sum, ch) => sum + 0.5 + (ch.codePointAt(0)! % 10), 0);

  for (const [lang, digits] of [['en', 'latn'], ['ar', 'arab'], ['ar-EG', 'auto']] as const) {
    it(`gives each count under 1,000 its drawn width, never less than a smaller count's, formatting ten digits (${lang}, ${digits})`, () => {
      let formatted = 0;
      const format = (n: number) => {
        formatted++;
        return formatNumber(n, lang, digits, n >= 1000);
      };
      const width = countWidths(format, measure);
      let widest = 0;
      for (let n = 0; n < 1000; n++) {
        widest = Math.max(widest, measure(formatNumber(n, lang, digits)) * SMALL);
        expect(width(n), `${n} (${formatNumber(n, lang, digits)})`).to.be.closeTo(widest, 1e-9);
      }
      // The ten digits and three checks that counts are written digit for digit, no more.
      expect(formatted).to.be.at.most(13);
      // Above 1,000 (compact counts, estimated per order of magnitude), never narrower than a smaller count.
      for (const n of [1000, 1234, 9999, 12_345, 999_999, 1_234_567]) expect(width(n)).to.be.at.least(width(n - 1));
    });
  }

  it('formats each count when a way of writing counts adds to the digits', () => {
    const format = (n: number) => `(${n})`;
    const width = countWidths(format, measure);
    let widest = 0;
    for (let n = 0; n <= 42; n++) widest = Math.max(widest, measure(format(n)) * SMALL);
    expect(width(42)).to.be.closeTo(widest, 1e-9);
  });
});
