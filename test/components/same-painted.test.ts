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

function scene(view: [number, number], labels = Infinity, width = 900): TrackScene {
  let budget = labels;
  return model.scene({
    view,
    width,
    rtl: false,
    lang: 'en',
    digits: 'latn',
    text: (value) => (typeof value === 'string' ? value : (value?.en ?? '')),
    measure: (text) => text.length * 6,
    affordable: () => budget-- > 0,
    formatCount: String,
  });
}

describe('samePaintedMarks', () => {
  it('finds two layouts of the same view alike, the one in motion with every label measured', () => {
    for (let i = 0; i < 30; i++) {
      const k = 2 ** ((i % 6) + 1);
      const centre = from + ((i * 0.37) % 1) * (to - from);
      const view: [number, number] = [centre - (to - from) / k, centre + (to - from) / k];
      expect(samePaintedMarks(scene(view, 10_000), scene(view)), `view ${i}`).to.equal(true);
    }
  });

  it('tells them apart when the view moved by a pixel, the width changed, or a label was left', () => {
    const view: [number, number] = [from + (to - from) / 4, to - (to - from) / 4];
    const still = scene(view);
    const pixel = (view[1] - view[0]) / 900;
    expect(samePaintedMarks(still, scene([view[0] + pixel, view[1] + pixel]))).to.equal(false);
    expect(samePaintedMarks(still, scene(view, Infinity, 901))).to.equal(false);
    // A frame that could measure no label draws fewer labels than the still one.
    expect(still.marks.some((mark) => mark.label)).to.equal(true);
    expect(samePaintedMarks(still, scene(view, 0))).to.equal(false);
  });
});
