// The browser build's payload budget, on the built dist/browser/ (`npm run build` first; `npm test` does):
// the main file a page loads at most 50 KB gzip, with room for the real d3-selection; each chunk
// it loads only when a page needs it is listed with its size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/browser/', import.meta.url);
const gzip = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const MAIN = 'news-timeline.min.js';
const chunks = readdirSync(dist).filter((name) => /^news-timeline-.+\.min\.js$/.test(name));

test('the main file is at most 50 KB gzip', (t) => {
  const main = gzip(MAIN);
  t.diagnostic(`${MAIN}: ${kb(main)} gzip`);
  // What a page with a track fetches at once: the main file and the zoom gestures it asks for as it starts.
  const gestures = chunks.find((name) => name.startsWith('news-timeline-zoom-gestures-'));
  if (gestures) t.diagnostic(`with the zoom gestures, fetched as it starts: ${kb(main + gzip(gestures))} gzip`);
  assert.ok(main <= 50 * 1024, `${MAIN} is ${kb(main)} gzip`);
});

test('each lazily loaded chunk, with its size, is one the main file reaches', (t) => {
  assert.ok(chunks.length > 0, 'no chunks beside the main file');
  // A chunk is fetched by the main file, or by a chunk it fetches (styles shared by two views).
  const reached = new Set([MAIN]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const chunk of chunks) {
      if (reached.has(chunk)) continue;
      if ([...reached].some((from) => readFileSync(new URL(from, dist), 'utf8').includes(`./${chunk}`))) grew = Boolean(reached.add(chunk));
    }
  }
  for (const chunk of chunks) {
    t.diagnostic(`${chunk.replace(/^news-timeline-(.+)-[\w-]{8}\.min\.js$/, '$1').padEnd(14)} ${kb(gzip(chunk))} gzip`);
    assert.ok(reached.has(chunk), `${chunk} is loaded by nothing`);
  }
});

test('the browser build runs d3-selection itself, and no d3-transition or d3-interpolate code', () => {
  // d3-zoom and d3-selection come in the gestures chunk, which the main file fetches as it starts.
  const gesturesChunk = chunks.find((name) => name.startsWith('news-timeline-zoom-gestures-'));
  assert.ok(gesturesChunk, 'a chunk with the zoom gestures');
  const code = [MAIN, gesturesChunk].map((name) => readFileSync(new URL(name, dist), 'utf8')).join('\n');
  // d3-selection's own methods, which a trimmed stand-in would not carry.
  for (const method of ['selectChild', 'classed', 'dispatch', 'datum']) assert.ok(code.includes(method), `d3-selection's ${method}`);
  // d3-transition keeps its schedules on each node as __transition; the interpolators' stand-in says its name.
  assert.equal(code.includes('__transition'), false);
  assert.match(code, /d3 zoom transitions are not in this build/);
});
