// TimelineJS3's own template files, read by the built package in Node: each renders without
// edits, with problems only where a date cannot be placed. Prints a table of the results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readTimeline } from '../../dist/formats/index.js';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@knight-lab/timelinejs/package.json'));

/** file → [events drawn, problems, what the problems may be about]. */
const EXPECTED = {
  'src/template/all-media-types.json': [41, 0],
  'src/template/cosmo.json': [1, 6, /beyond the dates a browser can place/],
  'src/template/cosmo-mixed.json': [7, 4, /beyond the dates a browser can place/],
  'src/template/eras.json': [20, 0],
  'src/template/my-own-timeline.csv': [10, 0],
  'src/js/core/__tests__/women_in_computing.csv': [10, 0],
};

const rows = [];
for (const [file, [events, problems, about]] of Object.entries(EXPECTED)) {
  test(`TimelineJS3 template ${file}`, async () => {
    const text = readFileSync(join(root, file), 'utf8');
    const result = await readTimeline(text, { url: file });
    const drawn = result.timeline?.events.length ?? 0;
    rows.push(`| ${file} | ${result.format} | ${drawn} | ${result.timeline?.eras.length ?? 0} | ${result.issues.length} |`);
    assert.equal(drawn, events, `${file}: events`);
    assert.equal(result.issues.length, problems, `${file}: ${JSON.stringify(result.issues.slice(0, 3))}`);
    for (const issue of result.issues) assert.match(issue.message, about, issue.path);
  });
}

test('results table', () => {
  console.log(['| file | read as | events drawn | eras | problems |', '|---|---|---|---|---|', ...rows].join('\n'));
});
