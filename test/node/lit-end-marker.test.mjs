// The fix for lit-html's leaked end markers (scripts/lit-end-marker.mjs) applies to the lit-html
// installed, in both of its builds, and fails loudly on code of another shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fixRemovePart, litEndMarkerRollup } from '../../scripts/lit-end-marker.mjs';

// lit-html exports no package.json: find its folder from its main module.
const litHtml = join(dirname(createRequire(import.meta.url).resolve('lit-html')), '..');

for (const file of ['directive-helpers.js', 'development/directive-helpers.js']) {
  test(`removePart in lit-html/${file} removes the end marker too`, () => {
    const path = join(litHtml, file);
    const fixed = fixRemovePart(readFileSync(path, 'utf8'), path);
    assert.match(fixed, /_\$AB\?\.remove\(\)|_\$endNode\?\.remove\(\)/);
    assert.equal(fixRemovePart(fixed, path), fixed, 'applied once');
  });
}

test('a helpers file of another shape stops the build', () => {
  assert.throws(() => fixRemovePart('export const removePart = (p) => p.gone();', '/x/lit-html/directive-helpers.js'), /changed shape/);
  assert.equal(fixRemovePart('anything', '/x/other.js'), null);
});

test('the browser build carries the fix (run after npm run build)', () => {
  const built = readFileSync(new URL('../../dist/browser/news-timeline.min.js', import.meta.url), 'utf8');
  assert.match(built, /_\$AA\.remove\(\),\w+\._\$AB\?\.remove\(\)/);
});

test('the plugin for apps warns on an unknown shape and leaves the code; strict stops the build', () => {
  const id = '/app/node_modules/lit-html/directive-helpers.js';
  const odd = 'export const removePart = (p) => p.gone();';
  const warnings = [];
  assert.equal(litEndMarkerRollup().transform.call({ warn: (message) => warnings.push(message) }, odd, id), null);
  assert.match(warnings[0], /left as published/);
  assert.throws(() => litEndMarkerRollup({ strict: true }).transform.call({ warn: () => {} }, odd, id), /changed shape/);
  // Vite's dev server pre-bundles lit-html with the same fix.
  const [inDev] = litEndMarkerRollup().config().optimizeDeps.rolldownOptions.plugins;
  const path = join(litHtml, 'directive-helpers.js');
  assert.match(inDev.transform.call({ warn: () => {} }, readFileSync(path, 'utf8'), path).code, /_\$AB\?\.remove\(\)/);
});
