// Writes docs/messages.md, the public list of the message table's keys, from the `Messages`
// interface in src/i18n/messages.ts (its JSDoc) and what the English table says (from the build in
// dist/, so run `npm run build` first). `--check` writes nothing: it fails when docs/messages.md is
// not what the source makes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/i18n/messages.ts', import.meta.url), 'utf8');
const target = new URL('../docs/messages.md', import.meta.url);

/** The text between `start` and the first line that is only `}` after it. */
function block(start) {
  const from = source.indexOf(start);
  if (from < 0) throw new Error(`src/i18n/messages.ts has no "${start}"`);
  return source.slice(from + start.length, source.indexOf('\n}', from));
}

const oneLine = (text) => text.replace(/\s*\n\s*\*?\s*/g, ' ').trim();
const cell = (text) => text.replace(/\|/g, '\\|');

/** The union types messages take (`Season`, `LoadFailure`): name, description and values. */
const unions = [...source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export type (\w+) = ((?:\s*\|?\s*'[^']*')+);/g)].map(([, doc, name, values]) => ({
  name,
  doc: oneLine(doc),
  values: [...values.matchAll(/'([^']*)'/g)].map((value) => value[1]),
}));

const built = new URL('../dist/i18n/messages.js', import.meta.url);
if (!existsSync(built)) {
  console.error('dist/i18n/messages.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { en } = await import(built.href);

/** Sections (from `//` comments) with their keys, each with its own JSDoc and its type. */
const sections = [{ title: 'The element and its controls', keys: [] }];
let doc = '';
for (const match of block('export interface Messages {').matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/|^\s*\/\/ (.*)$|^\s*(\w+): (.*);$/gm)) {
  const [, comment, section, key, type] = match;
  if (comment !== undefined) doc = oneLine(comment);
  else if (section !== undefined) sections.push({ title: section.replace(/[.:].*$/, ''), note: section, keys: [] });
  else {
    sections.at(-1).keys.push({ key, type, doc });
    doc = '';
  }
}

/** A message's arguments: name and type, from its signature (`(count: string, n: number) => string`). */
function parametersOf(type) {
  const args = type.match(/^\((.*)\) => string$/);
  return args ? args[1].split(', ').map((arg) => arg.split(': ')) : [];
}

/**
 * What English says: the text, or the message called with its arguments as `{name}` (for a count,
 * once with 1 and once with 5; for a choice, once per value).
 */
function englishOf(key, type) {
  const value = en[key];
  if (typeof value === 'string') return value;
  const parameters = parametersOf(type);
  const choice = parameters.find(([, kind]) => unions.some((union) => union.name === kind));
  const cases = choice ? unions.find((union) => union.name === choice[1]).values : parameters.some(([name]) => name === 'n') ? [1, 5] : [undefined];
  return cases
    .map((value) => {
      const args = parameters.map(([name, kind]) => (name === 'n' ? value : kind === choice?.[1] ? value : `{${name}}`));
      const said = value === undefined ? '' : `${choice ? `'${value}'` : `n = ${value}`}: `;
      return `${said}${en[key](...args)}`;
    })
    .join('<br>');
}

const lines = [
  '# The message table',
  '',
  'Generated from the `Messages` interface in `src/i18n/messages.ts` by `node scripts/messages-doc.mjs`: do not edit by hand.',
  '',
  'Every text the element shows has a key here. The keys and their arguments are public API:',
  '',
  "- `el.messages = { zoomIn: 'Closer' }` overrides texts of the language shown. A string replaces a text; for a message with arguments, a function receives the same arguments (`showCategory: (label) => \\`Only ${label}\\``), and a string replaces whatever it would say.",
  "- `registerLanguage(tag, messages, { dir })` adds a language: give every key (any left out are English).",
  '',
  'Arguments arrive already written in the reader’s language and digits (counts, dates, sizes); `n` is the plain number, for choosing a plural form with `Intl.PluralRules` (the `plural()` helper). Write whole sentences: never glue translated pieces.',
  '',
];
for (const union of unions) lines.push(`\`${union.name}\`: ${union.doc} One of ${union.values.map((value) => `\`'${value}'\``).join(', ')}.`, '');
for (const section of sections) {
  if (section.keys.length === 0) continue;
  lines.push(`## ${section.title}`, '');
  if (section.note && section.note !== section.title) lines.push(section.note, '');
  lines.push('| key | arguments | what it says | English |', '| --- | --- | --- | --- |');
  for (const { key, type, doc } of section.keys) {
    const args = parametersOf(type).map(([name, kind]) => `\`${kind === 'string' ? name : `${name}: ${kind}`}\``);
    lines.push(`| \`${key}\` | ${cell(args.join(', '))} | ${cell(doc)} | ${cell(englishOf(key, type))} |`);
  }
  lines.push('');
}
const markdown = lines.join('\n');

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== markdown) {
    console.error('docs/messages.md is not what src/i18n/messages.ts makes: run `node scripts/messages-doc.mjs`.');
    process.exit(1);
  }
  console.log('docs/messages.md is current');
} else {
  writeFileSync(target, markdown);
  console.log('wrote docs/messages.md');
}
