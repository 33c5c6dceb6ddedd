import { expect } from '@open-wc/testing';
import type { TrackScene } from '../../src/core/scene.js';
import { samePaintedMarks } from '../../src/components/news-timeline/views/motion.js';
import { TimelineModel } from '../../src/core/timeline-model.js';
import { validateTimeline } from '../../src/core/validate.js';

const events = Array.from({ length: 400 }, (_, i) => ({
  id: `e-${i}`,
  start: new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 3000) * 86_400_000).toISOString().slice(0, 10),
  ...(i % 5 === 0 ? { end: new Date(Date.UTC(2000, 0, 1) + (((i * 7919) % 3000) + 40) * 86_400_000).toISOString().slice(0, 10) } : {}),
  title: `Headline ${i} about the talks`,
  category: ['a', 'b', 'c'][i % 3],
  importance: ((i % 3) + 1) as 1 | 2 | 3,
}));
const categories = ['a', 'b', 'c'].map((id) => ({ id, label: id }));
const model = new TimelineModel(validateTimeline({ categories, events }).timeline);
const [from, to] = model.fullSpan(false);

/**
 * A measurer as the element's: widths kept by text; in motion, `budget` new texts a layout may
 * measure, after which only texts already measured may be labels (TextMeasureController).
 */
function measurer() {
  const widths = new Map<string, number>();
  let budget = Infinity;
  return {
    /** How many texts the last layout measured for the first time. */
    fresh: 0,
    layout(view: readonly [number, number], inMotion: number | false = false, width = 900): TrackScene {
      budget = inMotion === false ? Infinity : inMotion;
      const before = widths.size;
      try {
        return this.scene(view, width);
      } finally {
        this.fresh = widths.size - before;
      }
    },
    scene(view: readonly [number, number], width: number): TrackScene {
      return model.scene({
        view,
        width,
        rtl: false,
        lang: 'en',
        digits: 'latn',
        text: (value) => (typeof value === 'string' ? value : (value?.en ?? '')),
        measure: (text) => {
          let w = widths.get(text);
          if (w === undefined) {
            widths.set(text, (w = text.length * 6));
            budget--;
          }
          return w;
        },
        affordable: (text) => budget > 0 || (text !== undefined && widths.has(text)),
        formatCount: String,
      });
    },
  };
}

const views = Array.from({ length: 24 }, (_, i): [number, number] => {
  const k = 2 ** ((i % 6) + 1);
  const centre = from + ((i * 0.37) % 1) * (to - from);
  return [centre - (to - from) / k, centre + (to - from) / k];
});
const marksOnly = (scene: TrackScene) => scene.marks.map((m) => `${m.key} ${m.left} ${m.right} ${m.size} ${m.count?.text}`).join('|');

describe('samePaintedMarks', () => {
  it('finds a frame in motion alike the still frame after it when the motion had measured its labels', () => {
    for (const [i, view] of views.entries()) {
      const m = measurer();
      // A motion's frames at this view measure its titles, five new ones a frame, until a frame finds none left to measure.
      let moving = m.layout(view, 5);
      for (let frame = 0; frame < 500 && m.fresh > 0; frame++) moving = m.layout(view, 5);
      expect(m.fresh, `view ${i}: all measured`).to.equal(0);
      expect(samePaintedMarks(moving, m.layout(view)), `view ${i}`).to.equal(true);
    }
  });

  it('draws the same marks in motion as still, whatever labels the motion could measure', () => {
    for (const [i, view] of views.entries()) {
      expect(marksOnly(measurer().layout(view, 3)), `view ${i}`).to.equal(marksOnly(measurer().layout(view)));
    }
  });

  it('tells them apart when labels were left, the view moved by a pixel, or the width changed', () => {
    const view: [number, number] = [from + (to - from) / 4, to - (to - from) / 4];
    const still = measurer().layout(view);
    expect(still.marks.filter((mark) => mark.label).length).to.be.greaterThan(3);
    // A first frame in motion, its measures spent after three titles, draws fewer labels.
    expect(samePaintedMarks(measurer().layout(view, 3), still)).to.equal(false);
    const pixel = (view[1] - view[0]) / 900;
    expect(samePaintedMarks(still, measurer().layout([view[0] + pixel, view[1] + pixel]))).to.equal(false);
    expect(samePaintedMarks(still, measurer().layout(view, false, 901))).to.equal(false);
    expect(samePaintedMarks(still, still)).to.equal(true);
  });
});
