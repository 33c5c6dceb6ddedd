// Input that hides things: a quote that never closes, text past the length limit, and
// characters that cannot be seen. Each is reported where it is, and shown written out.
import { expect } from '@open-wc/testing';
import { readTimeline as readAny, type ReadOptions, type ReadResult } from '../../src/formats/index.js';
import { htmlList } from '../../src/formats/html-list.js';
import { unclosedQuote } from '../../src/formats/csv.js';

const read = (source: unknown, options?: ReadOptions): Promise<ReadResult> => Promise.resolve(readAny(source, options));

describe('a CSV quote that never closes', () => {
  const rows = ['id,start,title,summary', 'a,2024-01-01,First,fine', 'b,2024-02-01,"Second, quoted",fine'];

  it('is reported at the row and column where it opens, and the rows before it are read', async () => {
    const text = [...rows, 'c,2024-03-01,Third,"Unclosed', 'd,2024-04-01,Fourth,lost', ...Array(500).fill('e,2024-05-01,More,x')].join('\n');
    const result = await read(text, { type: 'csv' });
    expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(result.issues[0].path).to.equal('row 4, summary');
    expect(result.issues[0].message).to.match(/^a quote opens here and never closes: row 4 and the rows after it were not read/);
  });

  it('in the header row leaves nothing to read, and says where', async () => {
    const result = await read('id,"start,title\na,2024,A', { type: 'csv' });
    expect(result.timeline).to.equal(null);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['row 1, column 2']);
  });

  it('is told apart from closed quotes, doubled quotes, quoted line breaks and quotes inside a cell', () => {
    expect(unclosedQuote('a,"b ""c"" d",e\n"x\ny",5" gun\nz')).to.equal(null);
    expect(unclosedQuote('a,b\n"x\ny",c\nd,"e\nf')).to.deep.equal({ row: 3, column: 2, rowStart: 12 });
    expect(unclosedQuote('"')).to.deep.equal({ row: 1, column: 1, rowStart: 0 });
  });
});

describe('text past the length limit', () => {
  it('is cut, and the cut is reported with its path while the event is shown', async () => {
    const long = 'x'.repeat(25_000);
    const result = await read({ events: [{ id: 'a', start: '2024', title: long, summary: { en: 'ok', ar: long } }] });
    expect(result.timeline!.events).to.have.length(1);
    expect(result.timeline!.events[0].title).to.have.length(20_000);
    expect(result.issues).to.deep.equal([
      { path: 'events[0].title', message: 'is 25,000 characters long: cut at 20,000' },
      { path: 'events[0].summary.ar', message: 'is 25,000 characters long: cut at 20,000' },
    ]);
  });
});

describe('invisible characters in paths and messages', () => {
  it('are written out in a list item id, in the path and the message', async () => {
    const list = document.createElement('ol');
    list.innerHTML = '<li><time datetime="2024">2024</time><h3>A</h3></li>';
    list.firstElementChild!.id = 'bidi\u202eid';
    const result = await read(list, { reader: htmlList });
    expect(result.issues).to.have.length(1);
    expect(result.issues[0].path).to.equal('list item 1 (#bidi\\u202Eid), id');
    expect(result.issues[0].message).to.equal('"bidi\\u202Eid" is not an id (a-z, 0-9 and -)');
  });

  it('are written out in a CSV header, and an id made from one that holds them says so', async () => {
    const result = await read('id,start,title,category\u200b_x\nzero\u200bwidth,2024,A,\n,2024-13,B,', { type: 'csv' });
    const text = JSON.stringify(result.issues);
    expect(text).not.to.match(/[\u200b\u202e]/);
    expect(result.issues).to.deep.include({ path: 'row 2, id', message: '"zero\\u200Bwidth" holds invisible characters: the event\'s id is "zero-width"' });
  });

  it('are written out in native JSON paths and values, bidi controls and zero-width ones alike', async () => {
    const result = await read({ events: [{ id: 'a', start: '2024\u202e-01', title: 'A', category: '\u2066x\u2069' }], categories: [{ id: '\ufeffc' }] });
    const shown = result.issues.map((i) => `${i.path}: ${i.message}`);
    expect(shown).to.have.length(2);
    expect(shown[0]).to.equal('categories[0].id: "\\uFEFFc" is not an id (a-z, 0-9 and -)');
    expect(shown[1]).to.match(/^events\[0\]\.start: "2024\\u202E-01" is not a date/);
  });
});
