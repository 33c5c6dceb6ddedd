// Writes the flagship story as CSV (news-timeline's own columns), generated from the JSON so the
// two never disagree: `npm run data:csv`. `--check` only compares, for the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { csvFormatRows } from 'd3-dsv';

const JSON_FILE = new URL('../src/data/russia-north-korea.json', import.meta.url);
const CSV_FILE = new URL('../src/data/russia-north-korea.csv', import.meta.url);

/** The CSV text for a native news-timeline document. */
export function toCsv(doc) {
  const texts = (value) => (value === undefined ? {} : typeof value === 'string' ? { en: value } : value);
  // One column per language: `title` for English, `title_ar` for Arabic, and so on.
  const langs = new Set(['en']);
  const collect = (value) => Object.keys(texts(value)).forEach((lang) => langs.add(lang));
  collect(doc.title);
  collect(doc.description);
  for (const c of doc.categories ?? []) collect(c.label);
  for (const e of doc.eras ?? []) collect(e.label);
  for (const e of doc.events) [e.title, e.summary, e.media?.alt, e.media?.credit].forEach(collect);
  const others = [...langs].filter((lang) => lang !== 'en').sort();
  const localized = (base) => [base, ...others.map((lang) => `${base}_${lang}`)];
  const sourceCount = Math.max(1, ...doc.events.map((e) => e.sources?.length ?? 0));
  const sourceColumns = [];
  for (let n = 1; n <= sourceCount; n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    sourceColumns.push(`source_title${suffix}`, `source_publisher${suffix}`, `source_url${suffix}`);
  }
  const header = ['type', 'id', 'start', 'end', 'category', 'importance', ...localized('title'), ...localized('summary'), 'category_color', 'media', ...localized('media_alt'), 'media_credit', ...sourceColumns];
  const row = (fields) => header.map((column) => fields[column] ?? '');
  const spread = (base, value) => {
    const map = texts(value);
    const out = { [base]: map.en ?? '' };
    for (const lang of others) out[`${base}_${lang}`] = map[lang] ?? '';
    return out;
  };
  const plain = (value) => (typeof value === 'string' ? value : value?.en ?? Object.values(value ?? {})[0] ?? '');
  const rows = [header];
  rows.push(row({ type: 'title', ...spread('title', doc.title), ...spread('summary', doc.description) }));
  for (const c of doc.categories ?? []) rows.push(row({ type: 'category', id: c.id, ...spread('title', c.label), category_color: c.color ?? '' }));
  for (const e of doc.eras ?? []) rows.push(row({ type: 'era', id: e.id ?? '', start: e.start, end: e.end ?? '', ...spread('title', e.label) }));
  for (const e of doc.events) {
    const fields = {
      id: e.id,
      start: e.start,
      end: e.end ?? '',
      category: e.category ?? '',
      importance: e.importance === undefined ? '' : String(e.importance),
      ...spread('title', e.title),
      ...spread('summary', e.summary),
      media: e.media?.src ?? '',
      ...spread('media_alt', e.media?.alt),
      media_credit: plain(e.media?.credit),
    };
    (e.sources ?? []).forEach((source, i) => {
      const suffix = i === 0 ? '' : `_${i + 1}`;
      fields[`source_title${suffix}`] = plain(source.title);
      fields[`source_publisher${suffix}`] = plain(source.publisher);
      fields[`source_url${suffix}`] = source.url;
    });
    rows.push(row(fields));
  }
  return `${csvFormatRows(rows)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const csv = toCsv(JSON.parse(readFileSync(JSON_FILE, 'utf8')));
  if (process.argv.includes('--check')) {
    const same = readFileSync(CSV_FILE, 'utf8') === csv;
    console.log(same ? 'src/data/russia-north-korea.csv is up to date' : 'src/data/russia-north-korea.csv is out of date: run npm run data:csv');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(CSV_FILE, csv);
  console.log(`wrote src/data/russia-north-korea.csv (${csv.split('\n').length - 2} rows)`);
}
