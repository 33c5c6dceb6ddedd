import { expect } from '@open-wc/testing';
import { detectFormat, readTimeline, type ReadResult } from '../../src/formats/index.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../fixtures/hostile.js';

const read = async (text: string, hints: { url?: string; contentType?: string; type?: 'csv' } = {}) => (await readTimeline(text, hints)) as ReadResult;

const TEMPLATE_HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('CSV', () => {
  it('is detected from the content type, the extension, a Sheets link and the content', () => {
    expect(detectFormat('id,start,title', {})).to.equal('csv');
    expect(detectFormat('{"events":[]}', { url: 'x.csv' })).to.equal('json');
    expect(detectFormat('a', { contentType: 'text/csv; charset=utf-8' })).to.equal('csv');
    expect(detectFormat('a', { url: 'https://docs.google.com/spreadsheets/d/e/x/pub?output=csv' })).to.equal('csv');
    expect(detectFormat('[1]', {})).to.equal('json');
  });

  it('reads our own columns, with Arabic translations and numbered sources', async () => {
    const text = [
      'id,start,end,category,importance,title,title_ar,summary,summary_ar,source_title,source_url,source_title_2,source_url_2',
      'visit-2024,2024-06-19,2024-06-20,diplomacy,3,Putin visits,بوتين يزور,"Signed, with ""care""",وُقّعت,Report,https://a.example/1,Second,https://a.example/2',
      ',2023-09,,military,,Summit,قمة,"Line one',
      'line two",,,,,',
    ].join('\r\n');
    const result = await read(text);
    expect(result.format).to.equal('csv');
    expect(result.issues).to.deep.equal([]);
    const [summit, visit] = result.timeline!.events;
    expect(visit.id).to.equal('visit-2024');
    expect(visit.title).to.deep.equal({ en: 'Putin visits', ar: 'بوتين يزور' });
    expect(visit.summary).to.deep.equal({ en: 'Signed, with "care"', ar: 'وُقّعت' });
    expect(visit.importance).to.equal(3);
    expect(visit.end!.iso).to.equal('2024-06-20');
    expect(visit.sources.map((s) => [s.title, s.url])).to.deep.equal([
      ['Report', 'https://a.example/1'],
      ['Second', 'https://a.example/2'],
    ]);
    expect(summit.id).to.equal('summit-2023-09');
    expect(summit.start.precision).to.equal('month');
    expect(summit.summary).to.deep.equal({ en: 'Line one\nline two' });
    expect(result.timeline!.categories.map((c) => c.id)).to.deep.equal(['diplomacy', 'military']);
  });

  it('takes a byte-order mark, CRLF, empty trailing rows and title and era rows', async () => {
    const text = '\ufeffid,type,start,end,title,summary\r\n,title,,,My story,About it\r\n,era,2020,2022,The era,\r\na,,2021,,Event,\r\n,,,,,\r\n\r\n';
    const result = await read(text);
    expect(result.issues).to.deep.equal([]);
    expect(result.timeline!.title).to.deep.equal('My story');
    expect(result.timeline!.eras.map((e) => e.label)).to.deep.equal(['The era']);
    expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('reads display_date, with a language suffix, and EDTF dates in start and end', async () => {
    const text = [
      'id,start,end,title,display_date,display_date_ar',
      'summit,2024-22,..,Summit,Early summer 2024,مطلع صيف ٢٠٢٤',
      'talks,201X,,Talks,,',
      'visit,2001~,,Visit,Around 2001,',
    ].join('\n');
    const result = await read(text);
    expect(result.issues).to.deep.equal([]);
    const byId = Object.fromEntries(result.timeline!.events.map((e) => [e.id, e]));
    expect(byId.summit.displayDate).to.deep.equal({ en: 'Early summer 2024', ar: 'مطلع صيف ٢٠٢٤' });
    expect(byId.summit.ongoing).to.equal(true);
    expect(byId.summit.start.precision).to.equal('season');
    expect(byId.talks.displayDate).to.equal(undefined);
    expect(byId.talks.start.precision).to.equal('decade');
    expect(byId.visit.displayDate).to.deep.equal({ en: 'Around 2001' });
    expect(byId.visit.start.approximate).to.equal(true);
  });

  it('names problems by row and column as a spreadsheet counts them', async () => {
    const text = ['id,start,title,title_ar,source_url', 'ok,2024,Fine,,', 'bad-date,2024-13,Bad,,', 'no-title,2024,,,', 'bad-url,2024,X,,javascript:alert(1)'].join('\n');
    const result = await read(text);
    expect(result.issues.map((i) => `${i.path}: ${i.message.split(' (')[0]}`)).to.deep.equal([
      'row 3, start: "2024-13" is not a date: there is no month 13',
      'row 4, title: is required',
      'row 5, source_url: "javascript:alert(1)" is not an allowed URL',
    ]);
    expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['bad-url', 'ok']);
  });

  it('reads TimelineJS3’s spreadsheet template: title row, eras, times, groups', async () => {
    const rows = [
      TEMPLATE_HEADER,
      ',,,,,,,,,The title,<p>Intro</p>,,,,,title,,',
      '2024,6,19,2:30 PM,,,,,,Visit,"<p>One</p><p>Two <a href=""https://a.example"">link</a></p>",https://img.example/p.jpg,Agency,Caption,,,Diplomacy,#fff',
      '2020,,,,2022,,,,,An era,,,,,,era,,',
      '2019,13,,,,,,,,Bad,,,,,,,,',
      '2018,1,1,25:00,,,,,,Bad time,,,,,,,,',
    ];
    const result = await read(rows.join('\n'));
    expect(result.timeline!.title).to.equal('The title');
    expect(result.timeline!.eras.map((e) => e.label)).to.deep.equal(['An era']);
    const [visit] = result.timeline!.events;
    expect(visit.start.iso).to.equal('2024-06-19T14:30');
    expect(visit.summary).to.equal('One\nTwo link');
    expect(visit.media).to.deep.equal({ src: 'https://img.example/p.jpg', alt: 'Caption', credit: 'Caption — Agency' });
    expect(visit.category).to.equal('diplomacy');
    expect(result.issues.map((i) => i.path)).to.deep.equal(['row 5, Month', 'row 6, Time']);
  });

  it('explains a header row it does not know', async () => {
    const result = await read('title,count,description\na,1,b');
    expect(result.timeline).to.equal(null);
    expect(result.issues[0].path).to.equal('row 1');
  });

  it('lets no hostile text become markup and no hostile URL become a link', async () => {
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = ['id,start,title,summary,media,media_alt,media_credit,source_title,source_url,category'];
    HOSTILE_TEXT.forEach((text, i) => rows.push([`t${i}`, '2024', quote(text), quote(text), 'https://img.example/a.png', quote(text), quote(text), quote(text), 'https://ok.example', quote(text)].join(',')));
    HOSTILE_URLS.forEach((url, i) => rows.push([`u${i}`, '2024', 'x', '', quote(url), '', '', 'x', quote(url), ''].join(',')));
    const result = await read(rows.join('\n'));
    for (const event of result.timeline!.events) {
      if (event.media) expect(event.media.src).to.match(/^https?:/);
      for (const source of event.sources) expect(source.url).to.match(/^https?:/);
    }
    // Text stays text: the element renders it as text nodes, so it is kept as written.
    expect(result.timeline!.events.find((e) => e.id === 't0')!.title).to.equal(HOSTILE_TEXT[0]);
  });
});
