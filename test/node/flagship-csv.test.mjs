// The flagship story as CSV is generated from the JSON (npm run data:csv): the committed file
// must equal what the script makes now, and must read as the same timeline as the JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toCsv } from '../../scripts/data-csv.mjs';
import { readTimeline } from '../../dist/formats/index.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const json = read('src/data/russia-north-korea.json');
const csv = read('src/data/russia-north-korea.csv');

test('the committed CSV is the one generated from the JSON (run npm run data:csv)', () => {
  assert.equal(csv, toCsv(JSON.parse(json)));
});

test('the CSV reads as the same timeline as the JSON', async () => {
  const fromJson = await readTimeline(json);
  const fromCsv = await readTimeline(csv, { url: 'russia-north-korea.csv' });
  assert.equal(fromCsv.format, 'csv');
  assert.deepEqual(fromCsv.issues, []);
  assert.deepEqual(fromCsv.timeline, fromJson.timeline);
});

test('the CSV template reads without problems, in English and Arabic', async () => {
  const template = read('demo/templates/news-timeline-template.csv');
  const result = await readTimeline(template, { url: 'template.csv' });
  assert.deepEqual(result.issues, []);
  assert.ok(result.timeline.events.length >= 2);
  for (const event of result.timeline.events) assert.ok(event.title.en && event.title.ar, event.id);
});
