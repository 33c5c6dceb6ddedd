// The Custom Elements Manifest, which the framework types are generated from, lists the whole
// public face of <news-timeline> as the source has it: every attribute and property, the methods of
// the spec, every event with its detail type, every part and every --nt-* custom property, each
// with a description; and nothing private.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The analyzer writes to a folder relative to the project, wherever that is.
const out = mkdtempSync(join(tmpdir(), 'news-timeline-manifest-'));
execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--outdir', relative(root, out)], {
  cwd: root,
});
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'news-timeline');
const names = (list) => (list ?? []).map((item) => item.name).sort();

/** The element's own source files, read as text without their comments. */
const componentDir = join(root, 'src/components/news-timeline');
const source = readdirSync(componentDir, { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(componentDir, file), 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '');
const matches = (pattern) => [...new Set([...source.matchAll(pattern)].map((match) => match[1]))].sort();

test('the manifest describes <news-timeline>', () => {
  assert.ok(element, 'no custom element with the tag news-timeline');
  assert.equal(element.name, 'NewsTimeline');
});

test('every public reactive property is listed, with its attribute', () => {
  // The reactive properties are the entries of the `static properties` blocks (the public ones in news-timeline.properties.ts).
  const block = [...source.matchAll(/static override properties(?:: PropertyDeclarations)? = \{([\s\S]*?)\n {2}\};/g)].map((match) => match[1]).join('\n');
  const declared = [...new Set([...block.matchAll(/^\s{4}(\w+): \{[^}\n]*\},?$/gm)].map((match) => match[1]))].filter((name) => !name.startsWith('_'));
  assert.ok(declared.length >= 8, `found only ${declared.length} reactive properties in the source`);
  const fields = element.members.filter((member) => member.kind === 'field');
  for (const name of declared) assert.ok(fields.some((field) => field.name === name), `property ${name}`);
  const attributes = names(element.attributes);
  for (const name of ['src', 'lang', 'dir', 'selected', 'start', 'end', 'theme', 'digits', 'time-direction']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
  assert.ok(fields.find((field) => field.name === 'timeline')?.readonly, 'timeline is a read-only property');
});

test('the methods of the spec are listed with their parameters', () => {
  const methods = element.members.filter((member) => member.kind === 'method');
  for (const name of ['select', 'next', 'previous', 'zoomTo', 'zoomIn', 'zoomOut', 'fit', 'reload']) {
    assert.ok(methods.some((method) => method.name === name), `method ${name}`);
  }
  assert.deepEqual(methods.find((method) => method.name === 'zoomTo').parameters.map((parameter) => parameter.name), ['start', 'end']);
});

test('every event the element fires is listed with its detail type', () => {
  const fired = matches(/'(nt-[a-z-]+)'/g);
  assert.deepEqual(fired, ['nt-error', 'nt-load', 'nt-range-change', 'nt-select', 'nt-update']);
  assert.deepEqual(names(element.events), fired);
  const types = Object.fromEntries(element.events.map((event) => [event.name, event.type?.text]));
  assert.deepEqual(types, {
    'nt-load': 'NtLoadDetail',
    'nt-error': 'NtErrorDetail',
    'nt-select': 'NtSelectDetail',
    'nt-range-change': 'NtRangeChangeDetail',
    'nt-update': 'NtUpdateDetail',
  });
});

test('every part in the templates is listed', () => {
  const parts = matches(/\spart="([a-z-]+)"/g);
  assert.ok(parts.includes('error') && parts.includes('list'), `parts found in the source: ${parts}`);
  assert.deepEqual(names(element.cssParts), parts);
});

test('every --nt-* custom property the styles read is listed', () => {
  // The theme's colours become `--nt-<key>` through themeDeclarations(); the rest are written out.
  const themeKeys = [...source.matchAll(/^\s{4}'?([a-z-]+)'?: '#[0-9a-f]{6}',$/gm)].map((match) => `--nt-${match[1]}`);
  assert.ok(themeKeys.length >= 20, `found only ${themeKeys.length} theme colours in the source`);
  const read = [...new Set([...themeKeys, ...matches(/var\((--nt-[a-z-]+)/g)])].sort();
  assert.deepEqual(names(element.cssProperties), read);
});

test('nothing private is listed', () => {
  for (const member of element.members) {
    assert.ok(!member.name.startsWith('_') && (member.privacy ?? 'public') === 'public', `member ${member.name}`);
  }
});

test('every attribute, property, event, part and custom property has a description', () => {
  const items = [...element.attributes, ...element.members, ...element.events, ...element.cssParts, ...element.cssProperties];
  const undocumented = items.filter((item) => !item.description?.trim()).map((item) => item.name);
  assert.deepEqual(undocumented, []);
});
