// Issue 21's rule: no source file over 450 lines (the element class was 526). A file that grows
// past it is split where its parts are already separate, not squeezed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 450;
const src = new URL('../../src/', import.meta.url).pathname;

test(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const files = readdirSync(src, { recursive: true }).filter((file) => /\.(ts|mjs|js)$/.test(file));
  assert.ok(files.length > 50, 'the sources are found');
  const long = files.map((file) => [file, readFileSync(join(src, file), 'utf8').split('\n').length - 1]).filter(([, lines]) => lines > MAX_LINES);
  assert.deepEqual(long, []);
});
