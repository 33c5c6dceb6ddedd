import { expect } from '@open-wc/testing';
import { readTimeline, type ReadResult } from '../../src/formats/index.js';
import { convertTimelineJs } from '../../src/formats/timelinejs.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../fixtures/hostile.js';

const read = async (document: unknown) => (await readTimeline(document)) as ReadResult;
const tjs = (events: unknown[], extra: Record<string, unknown> = {}) => ({ events, ...extra });
const ev = (year: string | number, headline: string, more: Record<string, unknown> = {}) => ({ start_date: { year }, text: { headline }, ...more });

describe('TimelineJS3 JSON', () => {
  it('is detected from its shape and converted to native events', async () => {
    const result = await read(
      tjs([ev('2024', 'A year'), ev(2024, 'A month', { start_date: { year: '2024', month: '6' } }), ev('2024', 'A day', { start_date: { year: 2024, month: 6, day: 19 } })], {
        title: { text: { headline: 'The <b>story</b>', text: '<p>Intro</p>' } },
      }),
    );
    expect(result.format).to.equal('timelinejs');
    expect(result.issues).to.deep.equal([]);
    expect(result.timeline!.title).to.equal('The story');
    expect(result.timeline!.description).to.equal('Intro');
    const precision = Object.fromEntries(result.timeline!.events.map((e) => [e.title, `${e.start.iso} ${e.start.precision}`]));
    expect(precision).to.deep.equal({ 'A year': '2024 year', 'A month': '2024-06 month', 'A day': '2024-06-19 day' });
  });

  it('keeps times, end dates and eras', async () => {
    const result = await read(
      tjs([ev('2024', 'Timed', { start_date: { year: 2024, month: 6, day: 19, hour: 2, minute: 22 }, end_date: { year: 2024, month: 6, day: 20 } })], {
        eras: [{ start_date: { year: 2000 }, end_date: { year: 2010 }, text: { headline: 'Era <i>one</i>' } }],
      }),
    );
    const [event] = result.timeline!.events;
    expect(event.start.iso).to.equal('2024-06-19T02:22');
    expect(event.start.precision).to.equal('minute');
    expect(event.end!.iso).to.equal('2024-06-20');
    expect(result.timeline!.eras.map((e) => [e.start.iso, e.end?.iso, e.label])).to.deep.equal([['2000', '2010', 'Era one']]);
  });

  it('keeps display_date as the journalist’s words for the date: the slide’s, else its start’s and end’s', async () => {
    const result = await read(
      tjs([
        ev('2024', 'Slide', { start_date: { year: 2024, month: 6, display_date: 'ignored' }, display_date: 'Early <b>summer</b> 2024' }),
        ev('2023', 'Dates', { start_date: { year: 2023, display_date: 'Early 2023' }, end_date: { year: 2023, month: 9, display_date: 'autumn' } }),
        ev('2022', 'None'),
      ]),
    );
    expect(result.issues).to.deep.equal([]);
    const words = Object.fromEntries(result.timeline!.events.map((e) => [e.title, e.displayDate]));
    expect(words).to.deep.equal({ Slide: 'Early summer 2024', Dates: 'Early 2023 – autumn', None: undefined });
    // The axis still uses the dates.
    expect(result.timeline!.events.find((e) => e.title === 'Slide')!.start.iso).to.equal('2024-06');
  });

  it('places negative years as TimelineJS3 shows them (year -44 is 44 BCE)', async () => {
    const result = await read(tjs([ev('-44', 'Caesar'), ev('-3500', 'Glass')]));
    expect(result.issues).to.deep.equal([]);
    const byTitle = new Map(result.timeline!.events.map((e) => [e.title, e]));
    expect(new Date(byTitle.get('Caesar')!.start.time).getUTCFullYear()).to.equal(-43);
    expect(byTitle.get('Glass')!.start.iso).to.equal('-003499');
  });

  it('reports each event whose date a browser cannot place, with its path, and keeps the rest', async () => {
    const result = await read(tjs([ev('-13800000000', 'Big Bang'), ev('1969', 'Moon'), ev('2024', 'Bad month', { start_date: { year: 2024, month: 13 } }), ev('x', 'Bad year'), { text: { headline: 'No date' } }]));
    expect(result.timeline!.events.map((e) => e.title)).to.deep.equal(['Moon']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[0].start_date.year', 'events[2].start_date.month', 'events[3].start_date.year', 'events[4].start_date']);
    expect(result.issues[0].message).to.contain('-13800000000');
    expect(result.issues[1].message).to.contain('"13" is not a month');
  });

  it('reports a day that does not exist in its month', async () => {
    const result = await read(tjs([ev('2023', 'Leap', { start_date: { year: 2023, month: 2, day: 29 } })]));
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[0].start_date.day']);
  });

  it('keeps valid unique_ids and makes stable, unique ids for the rest', async () => {
    const doc = tjs([
      ev('2024', 'Same', { unique_id: 'kept-id' }),
      ev('2024', 'Same'),
      ev('2024', 'Same', { text: { headline: 'Same', text: 'different body' } }),
      ev('2024', 'Same'),
      ev('2024', 'Other', { unique_id: 'Not Valid!' }),
      ev('2024', 'Dup', { unique_id: 'kept-id' }),
    ]);
    const first = (await read(doc)).timeline!.events.map((e) => e.id);
    const again = (await read(structuredClone(doc))).timeline!.events.map((e) => e.id);
    expect(first).to.deep.equal(again);
    expect(new Set(first).size).to.equal(6);
    expect(first).to.include('kept-id');
    expect(first).to.include('same-2024');
    expect(first).to.include('not-valid');
    for (const id of first) expect(id).to.match(/^[a-z0-9-]+$/);
  });

  it('reduces HTML to text, turns its links into sources, and groups into lanes', async () => {
    const result = await read(
      tjs([
        ev('2024', '<em>Visit</em>', {
          text: { headline: '<em>Visit</em>', text: '<p>One <a href="https://a.example/r">report</a>.</p><p>Two</p>' },
          group: 'Diplomacy',
        }),
        ev('2025', 'Other', { group: 'Military & Arms' }),
      ]),
    );
    const [visit, other] = result.timeline!.events;
    expect(visit.title).to.equal('Visit');
    expect(visit.summary).to.equal('One report.\nTwo');
    expect(visit.sources).to.deep.equal([{ title: 'report', publisher: undefined, url: 'https://a.example/r' }]);
    expect(result.timeline!.categories.map((c) => [c.id, c.label])).to.deep.equal([
      ['diplomacy', 'Diplomacy'],
      ['military-arms', 'Military & Arms'],
    ]);
    expect(other.category).to.equal('military-arms');
  });

  it('shows images with alt and credit, and makes every other medium a link naming its provider', async () => {
    const result = await read(
      tjs([
        ev('2001', 'Image', { media: { url: 'https://img.example/a.jpg', caption: 'The <b>caption</b>', credit: 'Photo: <a href="https://agency.example">Agency</a>', alt: 'What it shows' } }),
        ev('2002', 'Video', { media: { url: 'https://www.youtube.com/watch?v=x', caption: 'The speech' } }),
        ev('2003', 'Post', { media: { url: 'https://x.com/someone/status/1' } }),
        ev('2004', 'Map', { media: { url: 'https://www.google.com/maps/@42,-87,15z' } }),
        ev('2005', 'Doc', { media: { url: 'https://example.org/file.pdf' } }),
        ev('2006', 'Sound', { media: { url: 'https://example.org/clip.mp3' } }),
        ev('2007', 'Embed', { media: { url: '<iframe src="https://player.vimeo.com/video/1"></iframe>' } }),
        ev('2008', 'Quote', { media: { url: '<blockquote>Words <script>bad()</script>spoken</blockquote>' } }),
      ]),
    );
    const events = new Map(result.timeline!.events.map((e) => [e.title, e]));
    expect(events.get('Image')!.media).to.deep.equal({ src: 'https://img.example/a.jpg', alt: 'What it shows', credit: 'The caption — Photo: Agency' });
    expect(events.get('Image')!.sources.map((s) => s.url)).to.deep.equal(['https://agency.example']);
    expect(events.get('Video')!.sources[0]).to.include({ title: 'The speech', publisher: 'YouTube', url: 'https://www.youtube.com/watch?v=x' });
    expect(events.get('Post')!.sources[0].title).to.equal('X (Twitter)');
    expect(events.get('Map')!.sources[0].title).to.equal('Google Maps');
    expect(events.get('Doc')!.sources[0].title).to.equal('PDF');
    expect(events.get('Sound')!.sources[0].title).to.equal('Audio');
    expect(events.get('Embed')!.sources[0].title).to.equal('Vimeo');
    expect(events.get('Quote')!.summary).to.equal('Words spoken');
    for (const event of result.timeline!.events) if (event.title !== 'Image') expect(event.media, event.title as string).to.equal(undefined);
  });

  it('names problems found by validation in TimelineJS3 terms', async () => {
    const result = await read(tjs([ev('2024', 'Bad link', { text: { headline: 'Bad link', text: '<a href="javascript:alert(1)">x</a>' } })]));
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[0].text.text']);
    expect(result.timeline!.events[0].sources).to.deep.equal([]);
  });

  it('lets no hostile text become markup and no hostile URL become a link', async () => {
    const events = HOSTILE_TEXT.flatMap((text, i) => [
      ev(String(1900 + i), text, { text: { headline: text, text }, media: { url: 'https://img.example/a.png', caption: text, credit: text, alt: text }, group: text }),
    ]);
    HOSTILE_URLS.forEach((url, i) => events.push(ev(String(1950 + i), `url ${i}`, { text: { headline: `url ${i}`, text: `<a href="${url.replace(/"/g, '&quot;')}">x</a>` }, media: { url } })));
    const result = await read(tjs(events));
    for (const event of result.timeline!.events) {
      for (const value of [event.title, event.summary, event.media?.alt, event.media?.credit]) {
        if (typeof value === 'string') expect(value).not.to.match(/<(img|script|svg|style|a)\b/i);
      }
      for (const source of event.sources) expect(source.url).to.match(/^https?:/);
      if (event.media) expect(event.media.src).to.match(/^https?:/);
    }
  });

  it('converts in plain objects only (no DOM) so it also runs outside a browser', () => {
    const converted = convertTimelineJs(tjs([ev('2024', 'x')]));
    expect(JSON.parse(JSON.stringify(converted.document))).to.deep.equal(converted.document);
  });
});
