// docs/messages.md, the public list of the message table's keys, is what the source makes now and
// names every key of the English table. Needs the build (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

test('docs/messages.md is current with src/i18n/messages.ts', () => {
  execFileSync(process.execPath, [new URL('scripts/messages-doc.mjs', root).pathname, '--check'], { stdio: 'pipe' });
});

test('docs/messages.md documents every key, each with what it says', async () => {
  const { en } = await import(new URL('dist/i18n/messages.js', root).href);
  const doc = readFileSync(new URL('docs/messages.md', root), 'utf8');
  for (const key of Object.keys(en)) {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
    assert.ok(row, `no row for ${key}`);
    const [, , , what, english] = row.split(/(?<!\\)\|/).map((cell) => cell.trim());
    assert.ok(what, `${key} has no description`);
    assert.ok(english, `${key} has no English text`);
  }
});
