// Generated timelines (fast-check): for any valid timeline, window, width from 1 to 4,000 px and
// direction, the track's scene draws every event in view exactly once (alone or in one
// cluster), no two labels overlap, no coordinate is NaN or infinite, and the arrow keys reach
// every mark. Runs: the number given to `check`, FC_RUNS each for a longer local run.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { trackKeyIntent } from '../../src/core/keyboard.js';
import { layoutEraRows } from '../../src/core/layout.js';
import { buildTrackScene, type TrackScene } from '../../src/core/scene.js';
import { formatNumber } from '../../src/core/dates.js';
import { localize } from '../../src/core/text.js';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { validateTimeline } from '../../src/core/validate.js';
import { check } from '../support/generated.js';

const context = document.createElement('canvas').getContext('2d')!;
context.font = '12px sans-serif';
const measure = (text: string) => context.measureText(text).width;
const DAY = 86_400_000;

/** A valid timeline: events packed into a span of days to millennia, so marks cluster or stand alone. */
const timelines = fc
  .record({
    spanDays: fc.constantFrom(1, 30, 3_000, 300_000, 3_650_000),
    base: fc.integer({ min: -20_000, max: 20_000 }),
    categories: fc.integer({ min: 1, max: 5 }),
    events: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        days: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
        category: fc.nat(),
        importance: fc.constantFrom(1, 2, 3),
        title: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim() !== ''),
      }),
      { maxLength: 80 },
    ),
    eras: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), days: fc.integer({ min: 1, max: 100_000 }), label: fc.string({ maxLength: 30 }) }), { maxLength: 4 }),
  })
  .map(({ spanDays, base, categories, events, eras }) => {
    const origin = Date.UTC(2000, 0, 1) + base * DAY;
    const day = (at: number) => new Date(origin + Math.floor(at * spanDays) * DAY).toISOString().slice(0, 10);
    const after = (at: number, days: number) => new Date(origin + (Math.floor(at * spanDays) + days) * DAY).toISOString().slice(0, 10);
    const ids = Array.from({ length: categories }, (_, i) => `lane-${i}`);
    return validateTimeline({
      categories: ids.map((id) => ({ id })),
      eras: eras.map((era) => ({ start: day(era.at), end: after(era.at, era.days), label: era.label || 'era' })),
      events: events.map((e, i) => ({
        id: `e${i}`,
        start: day(e.at),
        ...(e.days ? { end: after(e.at, e.days) } : {}),
        category: ids[e.category % categories],
        importance: e.importance,
        title: e.title,
      })),
    }).timeline!;
  });

const views = fc.record({
  from: fc.double({ min: -0.5, max: 1.2, noNaN: true }),
  length: fc.double({ min: 0.0001, max: 2, noNaN: true }),
  width: fc.integer({ min: 1, max: 4000 }),
  rtl: fc.boolean(),
  hide: fc.nat(),
});

/** Every number a scene gives for drawing. */
function coordinates(scene: TrackScene): number[] {
  return [
    scene.width,
    scene.height,
    scene.lanesTop,
    scene.axisY,
    ...scene.marks.flatMap((m) => [m.left, m.right, m.centre, m.y, ...(m.label ? [m.label.x, m.label.y] : [])]),
    ...scene.ticks.flatMap((t) => [t.x, t.labelX]),
    ...scene.eras.flatMap((e) => [e.left, e.width, e.stripY, e.label.x, e.label.y]),
    ...scene.lanes.flatMap((l) => [l.y, l.name.x, l.name.y, l.name.ruleFrom, l.name.ruleTo]),
  ];
}

describe('generated timelines: the track scene', function () {
  // A long local run (FC_RUNS) takes minutes; each run is bounded by fast-check instead.
  this.timeout(0);
  it('draws each event in view once, keeps labels apart and coordinates finite, and lets the arrows reach every mark', () =>
    check(
      fc.asyncProperty(timelines, views, async (timeline, view) => {
        const index = new TimelineIndex(timeline.events);
        const extent = index.extent() ?? [0, DAY];
        const span = Math.max(DAY, extent[1] - extent[0]);
        const from = extent[0] + view.from * span;
        const to = from + Math.max(DAY, view.length * span);
        // Hide some lanes (never all of them, as the legend never does).
        const hidden = new Set(timeline.categories.filter((_, i) => timeline.categories.length > 1 && (view.hide >> i) & 1 && i > 0).map((c) => c.id));
        const scene = buildTrackScene({
          index,
          categories: timeline.categories,
          eras: timeline.eras,
          eraRows: layoutEraRows(timeline.eras.map((e) => ({ start: e.start.time, until: e.until }))),
          hidden,
          view: [from, to],
          width: view.width,
          rtl: view.rtl,
          lang: 'en',
          digits: 'auto',
          text: (value) => localize(value, 'en'),
          measure,
          formatCount: (n) => formatNumber(n, 'en', 'auto', n >= 1000),
        });

        for (const value of coordinates(scene)) expect(Number.isFinite(value), 'a finite coordinate').to.equal(true);

        const inView = timeline.events.filter((e) => !hidden.has(e.category) && e.until > from && e.start.time < to).map((e) => e.id);
        const drawn = scene.marks.flatMap((mark) => mark.events.map((e) => e.id));
        expect(drawn.slice().sort(), 'each event in view, once').to.deep.equal(inView.slice().sort());

        const labels = scene.marks.flatMap((mark) => (mark.label ? [mark.label] : []));
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i], labels[j]];
            const apart = a.y !== b.y || Math.abs(a.x - b.x) >= (measure(a.text) + measure(b.text)) / 2 - 0.5;
            expect(apart, `"${a.text}" and "${b.text}" at ${view.width} px`).to.equal(true);
          }
        }

        const shown = index.shown(hidden);
        const visual = [...scene.marks].sort((a, b) => a.centre - b.centre || a.lane - b.lane);
        const reached = new Set(visual.slice(0, 1).map((mark) => mark.key));
        let focusKey = visual[0]?.key ?? '';
        for (let step = 0; step < visual.length; step++) {
          const intent = trackKeyIntent({ key: 'ArrowRight' }, { scene, focusKey, rtl: view.rtl, shown });
          if (intent?.type !== 'focus') break;
          reached.add(intent.key);
          focusKey = intent.key;
        }
        expect(reached.size, 'marks the arrow keys reach').to.equal(scene.marks.length);
      }),
      150,
    ));
});
