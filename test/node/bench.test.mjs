// The benchmark's own logic: the generated events are what the benchmark claims they are, valid
// against the schema, the same for the same seed; the peers get the same events; percentiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { generateTimeline, CATEGORIES } from '../../bench/generate.mjs';
import { toVisTimeline, toTimelineJS, dateParts } from '../../bench/convert.mjs';
import { percentile, median, frameSummary } from '../../bench/stats.mjs';

const schema = JSON.parse(readFileSync(new URL('../../src/core/news-timeline.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

test('generated events: valid, unique kebab-case ids, sorted, five categories, a fifth ranges', () => {
  const doc = generateTimeline(10_000);
  assert.equal(validate(doc), true, JSON.stringify(validate.errors?.slice(0, 3)));
  const { events } = doc;
  assert.equal(events.length, 10_000);
  assert.equal(new Set(events.map((e) => e.id)).size, events.length);
  assert.ok(events.every((e) => /^[a-z0-9-]+$/.test(e.id)));
  assert.ok(events.every((e, i) => i === 0 || events[i - 1].start <= e.start));
  assert.deepEqual(new Set(events.map((e) => e.category)), new Set(CATEGORIES.map((c) => c.id)));
  const ranges = events.filter((e) => e.end).length / events.length;
  assert.ok(ranges > 0.18 && ranges < 0.22, `ranges: ${ranges}`);
  assert.ok(events.every((e) => !e.end || e.end > e.start));
  const lengths = events.map((e) => e.title.length);
  assert.ok(Math.min(...lengths) >= 25 && Math.max(...lengths) <= 100);
});

test('generated events: half of them crowd into bursts', () => {
  const { events } = generateTimeline(20_000);
  const perDay = new Map();
  for (const e of events) perDay.set(e.start, (perDay.get(e.start) ?? 0) + 1);
  // Spread evenly, 20,000 events over 25 years would give about 2 a day; the busiest 2% of
  // days hold far more than 2% of the events when bursts exist.
  const counts = [...perDay.values()].sort((a, b) => b - a);
  const busiest = counts.slice(0, Math.ceil(9_132 * 0.02)).reduce((sum, n) => sum + n, 0);
  assert.ok(busiest / events.length > 0.2, `busiest days hold ${busiest}`);
});

test('the same size and seed give the same events; another seed does not', () => {
  assert.deepEqual(generateTimeline(500), generateTimeline(500));
  assert.notDeepEqual(generateTimeline(500, 1).events, generateTimeline(500, 2).events);
});

test('the peers get the same events, with inclusive ends made exclusive for vis-timeline', () => {
  const doc = generateTimeline(300);
  const vis = toVisTimeline(doc);
  const tl = toTimelineJS(doc);
  assert.equal(vis.items.length, 300);
  assert.equal(tl.events.length, 300);
  const range = doc.events.find((e) => e.end);
  const item = vis.items.find((i) => i.id === range.id);
  const [y, m, d] = range.end.split('-').map(Number);
  assert.equal(item.type, 'range');
  assert.equal(item.end.getTime(), new Date(y, m - 1, d + 1).getTime());
  assert.deepEqual(tl.events.find((e) => e.unique_id === range.id).end_date, { year: y, month: m, day: d });
  assert.deepEqual(dateParts('2024'), { year: 2024 });
  assert.deepEqual(dateParts('2024-06-19T02:22+09:00'), { year: 2024, month: 6, day: 19, hour: 2, minute: 22 });
});

test('the flagship converts with its eras and categories', () => {
  const flagship = JSON.parse(readFileSync(new URL('../../src/data/russia-north-korea.json', import.meta.url), 'utf8'));
  const vis = toVisTimeline(flagship);
  assert.equal(vis.items.filter((i) => i.type !== 'background').length, flagship.events.length);
  assert.equal(vis.items.filter((i) => i.type === 'background').length, flagship.eras.length);
  assert.equal(toTimelineJS(flagship).eras.length, flagship.eras.length);
});

test('percentiles by nearest rank, medians across runs', () => {
  const gaps = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(gaps, 50), 50);
  assert.equal(percentile(gaps, 95), 95);
  assert.equal(percentile([], 95), undefined);
  assert.deepEqual(frameSummary([16.7, 16.7, 100]), { frames: 3, p50: 16.7, p95: 100, max: 100 });
  assert.equal(median([3, undefined, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});
