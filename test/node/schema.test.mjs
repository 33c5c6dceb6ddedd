// The shipped JSON Schema: the flagship dataset passes it, broken documents do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('src/core/news-timeline.schema.json');
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const dataset = read('src/data/russia-north-korea.json');
const minimal = () => ({ events: [{ id: 'a', start: '2024-06-19', title: 'A' }] });

test('the flagship dataset is valid against the schema', () => {
  assert.equal(validate(dataset), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(dataset.$schema, '../core/news-timeline.schema.json');
});

test('the schema has a stable $id naming the package version it ships in', () => {
  const { version } = read('package.json');
  assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/news-timeline@${version}/src/core/news-timeline.schema.json`);
  assert.equal(read('package.json').exports['./schema.json'], './src/core/news-timeline.schema.json');
});

test('the smallest document is valid', () => {
  assert.equal(validate(minimal()), true);
});

test('the schema accepts http, https and relative URLs', () => {
  for (const url of ['https://press.un.org/en/2024/sc15648.doc.htm', 'http://en.kremlin.ru/x', '/img/a.jpg', 'img/a.jpg', '../a.png', '?q=1', '#id']) {
    const doc = { events: [{ id: 'a', start: '2024', title: 'x', sources: [{ url }] }] };
    assert.equal(validate(doc), true, url);
  }
});

test('the schema refuses what the element refuses', () => {
  const cases = {
    'no events': {},
    'bad id': { events: [{ id: 'Bad Id', start: '2024', title: 'x' }] },
    'not a date': { events: [{ id: 'a', start: '19 June 2024', title: 'x' }] },
    'javascript url': { events: [{ id: 'a', start: '2024', title: 'x', sources: [{ url: 'javascript:alert(1)' }] }] },
    'javascript url after a space': { events: [{ id: 'a', start: '2024', title: 'x', sources: [{ url: ' javascript:alert(1)' }] }] },
    'javascript url with a tab': { events: [{ id: 'a', start: '2024', title: 'x', sources: [{ url: 'java\tscript:alert(1)' }] }] },
    'backslash url': { events: [{ id: 'a', start: '2024', title: 'x', sources: [{ url: '\\\\evil\\share' }] }] },
    'data url': { events: [{ id: 'a', start: '2024', title: 'x', media: { src: 'data:text/html,x' } }] },
    'importance 4': { events: [{ id: 'a', start: '2024', title: 'x', importance: 4 }] },
    'css in a colour': { categories: [{ id: 'x', color: 'red;fill:url(x)' }], events: minimal().events },
    'text as a number': { events: [{ id: 'a', start: '2024', title: 5 }] },
    'version 2': { version: 2, events: minimal().events },
  };
  for (const [name, doc] of Object.entries(cases)) assert.equal(validate(doc), false, name);
});
