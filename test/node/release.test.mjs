// The version in package.json is the newest release in CHANGELOG.md, which keeps an Unreleased
// section above it (Keep a Changelog).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('package.json has the version of the newest release in the changelog', () => {
  const { version } = JSON.parse(read('package.json'));
  const headings = [...read('CHANGELOG.md').matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)];
  assert.equal(headings[0]?.[1], 'Unreleased');
  assert.equal(headings[1]?.[1], version);
  assert.match(headings[1]?.[2] ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the release has a date');
});
