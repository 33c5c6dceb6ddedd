import { expect } from '@open-wc/testing';
import { layoutLanes, layoutEraRows, fitText, type LaneMark, type LayoutOptions } from '../../src/core/layout.js';
import { timeScale, type TimeScale } from '../../src/core/time-scale.js';
import { localize } from '../../src/core/text.js';
import { validateTimeline } from '../../src/core/validate.js';
import type { Timeline, TimelineEvent } from '../../src/core/types.js';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { referenceMarks } from '../support/layout-reference.js';

const context = document.createElement('canvas').getContext('2d')!;
context.font = '12px sans-serif';
const measure = (text: string) => context.measureText(text).width;

/** Lays out events in a single lane, labelled with their titles in a language. */
function layoutAlone(
  events: TimelineEvent[],
  position: TimeScale,
  width: number,
  { lang = 'en', ...rest }: { lang?: string } & Partial<LayoutOptions> = {},
) {
  return layoutLanes({ events, lanes: new Map([['other', 0]]), position, width, title: (e) => localize(e.title, lang), measure, ...rest });
}

function overlaps(a: [number, number], b: [number, number]) {
  return a[0] < b[1] && b[0] < a[1];
}

/** Checks what a reader would see: no label on another label or on a mark, none off the edge. */
function assertReadable(marks: LaneMark[], width: number) {
  // Boxes per lane and row: row 0 is the marks' line, row 1 the row above it.
  const byLane = new Map<string, Array<[number, number, string]>>();
  const add = (key: string, box: [number, number, string]) => byLane.set(key, [...(byLane.get(key) ?? []), box]);
  for (const mark of marks) {
    add(`${mark.lane}:0`, [mark.from, mark.to, `mark ${mark.lead.id}`]);
    if (mark.label) {
      expect(mark.label.from, mark.label.text).to.be.at.least(0);
      expect(mark.label.to, mark.label.text).to.be.at.most(width);
      expect(measure(mark.label.text)).to.be.at.most(mark.label.to - mark.label.from + 0.5);
      add(`${mark.lane}:${mark.label.row}`, [mark.label.from, mark.label.to, `label ${mark.label.text}`]);
    }
  }
  for (const boxes of byLane.values()) {
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        // Marks may overlap each other (a point on a bar); labels may overlap nothing.
        const bothMarks = a[2].startsWith('mark') && b[2].startsWith('mark');
        if (!bothMarks) expect(overlaps([a[0], a[1]], [b[0], b[1]]), `${a[2]} / ${b[2]}`).to.equal(false);
      }
    }
  }
}

describe('layoutLanes', () => {
  let timeline: Timeline;
  before(async () => {
    timeline = validateTimeline(await (await fetch('/src/data/russia-north-korea.json')).json()).timeline!;
  });

  for (const width of [320, 768, 1280]) {
    for (const lang of ['en', 'ar']) {
      it(`lays the flagship story out at ${width} px in ${lang} with no overlapping labels`, () => {
        const events = timeline.events;
        const lanes = new Map(timeline.categories.map((c, i) => [c.id, i]));
        const from = Date.UTC(1999, 5, 1);
        const to = Date.UTC(2025, 5, 1);
        const { marks } = layoutLanes({
          events,
          lanes,
          position: timeScale([from, to], [0, width]),
          width,
          title: (e) => localize(e.title, lang),
          measure,
        });
        assertReadable(marks, width);
        // Every event is drawn exactly once, alone or in a cluster.
        const drawn = marks.flatMap((m) => m.events.map((e) => e.id)).sort();
        expect(drawn).to.deep.equal(events.map((e) => e.id).sort());
        // Points and clusters never collide: crowded ones were merged (bars may lie under them).
        for (const lane of lanes.values()) {
          const inLane = marks.filter((m) => m.lane === lane && !m.isRange).sort((a, b) => a.from - b.from);
          for (let i = 1; i < inLane.length; i++) expect(inLane[i].from).to.be.at.least(inLane[i - 1].to);
        }
        // A cluster is named by its most important event.
        for (const mark of marks) {
          expect(mark.lead.importance).to.equal(Math.max(...mark.events.map((e) => e.importance)));
        }
        // Some labels must be shown, or the test proves nothing.
        expect(marks.filter((m) => m.label).length).to.be.at.least(width >= 768 ? 10 : 4);
        // From 768 px up, every headline (importance 3) mark or cluster is labelled as fully as
        // the longest label allowed (200 px here) permits.
        if (width >= 768) {
          for (const mark of marks.filter((m) => m.lead.importance === 3)) {
            const title = localize(mark.lead.title, lang);
            expect(mark.label, mark.lead.id).to.exist;
            expect(mark.label!.to - mark.label!.from, mark.lead.id).to.be.closeTo(Math.min(measure(title), 200), 0.5);
          }
        }
      });
    }
  }

  it('keeps dense data readable: many small clusters, none overlapping, not one long bar', () => {
    const events = Array.from({ length: 20000 }, (_, i) => ({
      id: `e-${i}`,
      start: new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    const { timeline: t } = validateTimeline({ events });
    const width = 1200;
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(1999, 6, 1), Date.UTC(2025, 0, 1)], [0, width]), width);
    expect(marks.length).to.be.greaterThan(20);
    for (let i = 0; i < marks.length; i++) {
      expect(marks[i].to - marks[i].from).to.be.at.most(40);
      if (i) expect(marks[i].from).to.be.at.least(marks[i - 1].to);
    }
    expect(marks.reduce((sum, m) => sum + m.events.length, 0)).to.equal(20000);
    assertReadable(marks, width);
  });

  it('leaves out, without a miss, the labels whose text may not be measured this time (a frame in motion)', () => {
    const { timeline: t } = validateTimeline({
      events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, start: `2024-${String(i + 1).padStart(2, '0')}-01`, title: `Headline number ${i}`, importance: 3 })),
    });
    const position = timeScale([Date.UTC(2023, 11, 1), Date.UTC(2025, 0, 1)], [0, 2400]);
    const full = layoutAlone(t!.events, position, 2400);
    expect(full.marks.every((m) => m.label), 'every label fits at this width').to.equal(true);
    // Only even-numbered titles may be measured: the others get no label, and nothing else moves.
    const asked: string[] = [];
    const affordable = (text: string) => {
      asked.push(text);
      return Number(text.split(' ').at(-1)) % 2 === 0;
    };
    const partial = layoutAlone(t!.events, position, 2400, { affordable });
    expect(asked.length).to.equal(12);
    for (const [i, mark] of partial.marks.entries()) {
      expect(mark.from).to.equal(full.marks[i].from);
      if (i % 2) expect(mark.label, mark.lead.id).to.equal(undefined);
      else expect(mark.label).to.deep.equal(full.marks[i].label);
    }
    assertReadable(partial.marks, 2400);
  });

  it('shortens a label whose text may be measured as a layout with every text would', () => {
    const { timeline: t } = validateTimeline({
      events: Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, start: `2024-01-${String(i * 5 + 1).padStart(2, '0')}`, title: i % 2 ? `Item ${i}` : `A rather long headline about item number ${i}, with a great deal more said after it`, importance: 3 })),
    });
    const position = timeScale([Date.UTC(2023, 11, 25), Date.UTC(2024, 1, 5)], [0, 600]);
    const full = layoutAlone(t!.events, position, 600);
    const cut = (m: LaneMark) => Boolean(m.label && m.label.text !== localize(m.lead.title, 'en'));
    expect(full.marks.filter(cut).length, 'some labels are shortened when every measure is allowed').to.be.greaterThan(0);
    // Only the long titles may be measured (in motion: texts measured before): they are still shortened to fit.
    const partial = layoutAlone(t!.events, position, 600, { affordable: (text: string) => text.startsWith('A rather') });
    expect(partial.marks.filter((m) => m.label && !cut(m)), 'no label of a text not measured').to.deep.equal([]);
    expect(partial.marks.filter(cut).length, 'shortened labels').to.be.greaterThan(0);
    assertReadable(partial.marks, 600);
  });

  it('makes a cluster badge wide enough for its count', () => {
    const { timeline: t } = validateTimeline({
      events: Array.from({ length: 1500 }, (_, i) => ({ id: `e${i}`, start: '2024-06-19', title: 'Same day' })),
    });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 800]), 800, { lang: 'ar', countWidth: () => measure('١٫٥ ألف') });
    expect(marks).to.have.length(1);
    expect(marks[0].to - marks[0].from).to.be.at.least(measure('١٫٥ ألف') + 8);
  });

  it('lets the less important labels give way first', () => {
    // Five marks 20 px apart: too close for any label beside them, so they compete for the rows.
    const { timeline: t } = validateTimeline({
      events: [1, 1, 3, 1, 1].map((importance, i) => ({
        id: `e${i}`,
        start: new Date(Date.UTC(2024, 0, 1) + i * 20 * 86_400_000).toISOString().slice(0, 10),
        title: importance === 3 ? 'The headline event of this stretch' : `A minor event with a long label ${i}`,
        importance,
      })),
    });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2023, 11, 11), Date.UTC(2024, 11, 11)], [0, 365]), 365);
    const major = marks.find((m) => m.lead.id === 'e2')!;
    expect(major.label?.text).to.equal('The headline event of this stretch');
    const minors = marks.filter((m) => m.lead.importance === 1);
    expect(minors.some((m) => m.label?.text !== localize(m.lead.title, 'en'))).to.equal(true);
    assertReadable(marks, 365);
  });

  it('clusters events that share a day into one mark with a count', () => {
    const { timeline: t } = validateTimeline({
      events: ['a', 'b', 'c'].map((id) => ({ id, start: '2024-06-19', title: id })).concat([{ id: 'far', start: '2024-12-01', title: 'far' }]),
    });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 800]), 800);
    expect(marks.map((m) => m.events.length)).to.deep.equal([3, 1]);
  });

  it('draws a long enough range as a bar and a short one as a point', () => {
    const { timeline: t } = validateTimeline({
      events: [
        { id: 'long', start: '2012-09-17', end: '2014-04-18', title: 'Debt' },
        { id: 'short', start: '2020-06-18', end: '2020-06-19', title: 'Visit' },
      ],
    });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2010, 0, 1), Date.UTC(2022, 0, 1)], [0, 1200]), 1200);
    expect(marks.map((m) => m.isRange)).to.deep.equal([true, false]);
    expect(marks[0].to - marks[0].from).to.be.greaterThan(100);
  });

  it('never draws two bars over each other in a lane: the more important, then the longer, stays a bar', () => {
    const { timeline: t } = validateTimeline({
      events: [
        { id: 'early', start: '2020-01-01', end: '2020-09-01', title: 'Early', importance: 2 },
        { id: 'long', start: '2020-06-01', end: '2022-01-01', title: 'Long', importance: 2 },
        { id: 'key', start: '2021-06-01', end: '2021-09-01', title: 'Key', importance: 3 },
        { id: 'apart', start: '2023-01-01', end: '2023-06-01', title: 'Apart', importance: 1 },
      ],
    });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2019, 6, 1), Date.UTC(2024, 0, 1)], [0, 1000]), 1000);
    const barIds = marks.filter((m) => m.isRange).map((m) => m.lead.id).sort();
    // 'key' (importance 3) wins over 'long', which it lies inside; 'early' then has no rival left.
    expect(barIds).to.deep.equal(['apart', 'early', 'key']);
    // 'long' is still drawn, as a point at its start.
    const long = marks.find((m) => m.events.some((e) => e.id === 'long'))!;
    expect(long.isRange).to.equal(false);
  });

  it('keeps bars few and apart however many ranges a lane holds', () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      start: new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 9000) * 86_400_000).toISOString().slice(0, 10),
      end: new Date(Date.UTC(2000, 0, 1) + (((i * 7919) % 9000) + 60 + (i % 90)) * 86_400_000).toISOString().slice(0, 10),
      title: `Range ${i}`,
    }));
    const { timeline: t } = validateTimeline({ events });
    const width = 1100;
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)], [0, width]), width);
    const bars = marks.filter((m) => m.isRange).sort((a, b) => a.from - b.from);
    expect(bars.length).to.be.greaterThan(10);
    expect(bars.length).to.be.at.most(width / 12);
    for (let i = 1; i < bars.length; i++) expect(bars[i].from, bars[i].lead.id).to.be.at.least(bars[i - 1].to);
    // Every event is still drawn, exactly once.
    expect(marks.reduce((n, m) => n + m.events.length, 0)).to.equal(3000);
  });

  it('draws points inside a long range at their own dates, on top of the bar', () => {
    const { timeline: t } = validateTimeline({
      events: [
        { id: 'war', start: '2022-02-24', end: '2024-12-31', title: 'War', importance: 2 },
        { id: 'summit', start: '2023-09-13', title: 'Summit', importance: 3 },
        { id: 'veto', start: '2024-03-28', title: 'Veto', importance: 3 },
      ],
    });
    const position = timeScale([Date.UTC(2021, 0, 1), Date.UTC(2025, 6, 1)], [0, 800]);
    const { marks } = layoutAlone(t!.events, position, 800);
    const centre = (id: string) => {
      const mark = marks.find((m) => m.events.some((e) => e.id === id))!;
      return (mark.from + mark.to) / 2;
    };
    expect(centre('summit')).to.be.closeTo(position(Date.UTC(2023, 8, 13)), 1);
    expect(centre('veto')).to.be.closeTo(position(Date.UTC(2024, 2, 28)), 1);
    for (const mark of marks) expect(mark.label, mark.lead.id).to.exist;
    assertReadable(marks, 800);
  });

  it('finds room a little further along for a headline label', () => {
    // Four headlines 20 px apart near the start: beside them there is no room for any label.
    const { timeline: t } = validateTimeline({
      events: [0, 1, 2, 3].map((i) => ({ id: `h${i}`, start: new Date(Date.UTC(2024, 0, 10) + i * 7 * 86_400_000).toISOString().slice(0, 10), title: `Headline number ${i}`, importance: 3 })),
    });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)], [0, 1280]), 1280);
    expect(marks).to.have.length(4);
    for (const mark of marks) expect(mark.label?.text, mark.lead.id).to.equal(localize(mark.lead.title, 'en'));
    assertReadable(marks, 1280);
  });

  it('keeps every mark inside the view, even a day that began before it', () => {
    const { timeline: t } = validateTimeline({ events: [{ id: 'veto', start: '2024-03-28', title: 'Veto' }] });
    const { marks } = layoutAlone(t!.events, timeScale([Date.UTC(2024, 2, 28, 12), Date.UTC(2024, 2, 29, 12)], [0, 320]), 320);
    expect(marks[0].from).to.be.at.least(0);
    expect(marks[0].to).to.be.at.most(320);
    assertReadable(marks, 320);
  });

  it('skips events whose category lane is hidden', () => {
    const { timeline: t } = validateTimeline({
      categories: [{ id: 'war' }, { id: 'diplomacy' }],
      events: [
        { id: 'a', start: '2024-01-01', title: 'a', category: 'war' },
        { id: 'b', start: '2024-06-01', title: 'b', category: 'diplomacy' },
      ],
    });
    const { marks } = layoutLanes({
      events: t!.events,
      lanes: new Map([['diplomacy', 0]]),
      position: timeScale([Date.UTC(2023, 0, 1), Date.UTC(2025, 0, 1)], [0, 500]),
      width: 500,
      title: (e) => localize(e.title, 'en'),
      measure,
    });
    expect(marks.map((m) => m.lead.id)).to.deep.equal(['b']);
  });
});

describe('fitText', () => {
  it('keeps text that fits and shortens text that does not, with an ellipsis', () => {
    expect(fitText('Short', 200, measure)).to.equal('Short');
    const cut = fitText('Putin returns to Pyongyang and signs a pact', 100, measure);
    expect(cut.endsWith('…')).to.equal(true);
    expect(measure(cut)).to.be.at.most(100);
    expect(fitText('Anything', 2, measure)).to.equal('');
  });

  it('cuts where the real measure says, in English and Arabic: the cut fits and one letter more would not', () => {
    const titles = [
      'Putin returns to Pyongyang and signs a comprehensive strategic partnership treaty',
      'WWW MMM iii lll: Wide and narrow letters side by side, AVAVAV To Ty Yo',
      'بوتين يعود إلى بيونغ يانغ ويوقّع معاهدة شراكة استراتيجية شاملة مع كيم جونغ أون',
      'روسيا تستخدم حق النقض في مجلس الأمن فتنتهي ولاية فريق خبراء العقوبات',
      'A mix: قمة فوستوتشني الفضائية in September 2023',
    ];
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const cutAt = (letters: string[], k: number) => letters.slice(0, k).join('').trimEnd() + '…';
    for (const title of titles) {
      const letters = Array.from(title);
      for (let n = 0; n < 12; n++) {
        const room = 20 + Math.floor(random() * (measure(title) - 20));
        const cut = fitText(title, room, measure);
        expect(measure(cut), `${title} in ${room}px`).to.be.at.most(room);
        if (cut === '') continue;
        // The letters kept, and whether one more (or the next word's first) would still fit.
        const kept = Array.from(cut.slice(0, -1)).length;
        let next = kept + 1;
        while (next < letters.length && letters[next - 1] === ' ') next++;
        expect(measure(cutAt(letters, next)), `${title} in ${room}px: "${cut}" is the longest cut`).to.be.above(room);
      }
    }
  });
});

describe('fitText when letters alone mislead', () => {
  it('finds the longest cut in a few dozen measures, not one per letter', () => {
    // Alone, "a" measures almost nothing and "b" almost two; in a text each is one pixel wide.
    // The estimate from single letters is then some 300 letters off.
    let measured = 0;
    const measure = (text: string) => {
      if ([...text].length > 1) measured++;
      if (text === 'a') return 0.01;
      if (text === 'b') return 1.99;
      return [...text].length;
    };
    const title = 'a'.repeat(500) + 'b'.repeat(500);
    const cut = fitText(title, 400, measure);
    // 399 letters and the ellipsis: 400 pixels.
    expect(cut).to.equal('a'.repeat(399) + '…');
    expect(measured, 'measures of cuts').to.be.at.most(40);
  });
});

describe('layoutEraRows', () => {
  it('puts overlapping eras on separate rows and reuses rows', () => {
    const DAY = 86_400_000;
    const rows = layoutEraRows([
      { start: 0, until: 100 * DAY },
      { start: 90 * DAY, until: 200 * DAY },
      { start: 50 * DAY, until: 95 * DAY },
      { start: 150 * DAY, until: Number.POSITIVE_INFINITY },
    ]);
    expect(rows).to.deep.equal([0, 2, 1, 0]);
  });

  it('lets an era that begins on the day the last one ends share its row', () => {
    const DAY = 86_400_000;
    expect(layoutEraRows([{ start: 0, until: 11 * DAY }, { start: 10 * DAY, until: 20 * DAY }])).to.deep.equal([0, 0]);
  });
});

/** A seeded pseudo-random number generator (mulberry32): the same data for the same seed. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('layoutLanes with a lane index (the fast path)', () => {
  const DAY = 86_400_000;
  const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * DAY).toISOString().slice(0, 10);

  /** Random events: bursts on the same days, ranges of every length, four categories. */
  function randomTimeline(seed: number, count: number): Timeline {
    const random = seeded(seed);
    const events = Array.from({ length: count }, (_, i) => {
      const start = random() < 0.4 ? 3000 + Math.floor(random() * 6) * 50 : Math.floor(random() * 9000);
      const range = random() < 0.3;
      return {
        id: `e${i}`,
        start: day(start),
        ...(range ? { end: day(start + Math.floor(random() ** 2 * 900)) } : {}),
        category: ['a', 'b', 'c', 'd'][Math.floor(random() * 4)],
        importance: (1 + Math.floor(random() * 3)) as 1 | 2 | 3,
        title: `Event ${i}`,
      };
    });
    return validateTimeline({ categories: ['a', 'b', 'c', 'd'].map((id) => ({ id })), events }).timeline!;
  }

  for (const seed of [1, 2, 3]) {
    it(`draws the same marks as the brute-force layout on random data (seed ${seed})`, () => {
      const t = randomTimeline(seed, 2500);
      const index = new TimelineIndex(t.events);
      const [first, last] = index.extent()!;
      const random = seeded(seed * 7919);
      let compared = 0;
      for (const width of [375, 1100]) {
        for (const zoom of [1, 3, 20, 150, 2000]) {
          const span = (last - first) / zoom;
          const from = first - span * 0.1 + random() * (last - first - span * 0.8);
          const window = [from, from + span] as const;
          // Sometimes a lane is hidden.
          const lanes = new Map(['a', 'b', 'c', 'd'].filter((c) => zoom !== 20 || c !== 'b').map((c, i) => [c, i]));
          const position = timeScale(window, [0, width]);
          const countWidth = (n: number) => String(n).length * 6;
          const { marks } = layoutLanes({ events: index.lanes, window, lanes, position, width, title: (e) => localize(e.title, 'en'), measure, countWidth });
          const expected = referenceMarks({
            events: t.events,
            window,
            lanes,
            position,
            width,
            radius: 6,
            gap: 4,
            maxCluster: 40,
            badge: (n) => Math.max(20, countWidth(n) + 8),
          });
          // Before any member list is made: which events of its lane and dates each mark says it draws.
          const claimed = marks.map((m) =>
            t.events
              .filter((e) => e.category === m.lead.category && e.start.time >= m.first.start.time && e.start.time <= m.last.start.time)
              .filter((e) => m.includes(e))
              .map((e) => e.id)
              .sort(),
          );
          const got = marks.map((m) => ({ lane: m.lane, from: m.from, to: m.to, ids: m.events.map((e) => e.id), lead: m.lead.id, isRange: m.isRange }));
          expect(got, `${width} px, zoom ${zoom}`).to.deep.equal(expected);
          // `includes` (found by date) agrees with the members listed: bars inside a cluster's dates are not its members.
          expect(claimed, `includes, ${width} px, zoom ${zoom}`).to.deep.equal(expected.map((m) => [...m.ids].sort()));
          for (const m of marks) {
            expect(m.size).to.equal(m.events.length);
            expect(m.first).to.equal(m.events[0]);
            expect(m.last).to.equal(m.events[m.events.length - 1]);
          }
          compared += expected.length;
        }
      }
      expect(compared, 'marks compared').to.be.greaterThan(500);
    });
  }

  it('lays out only the window it is given, however many events the timeline holds', () => {
    const t = randomTimeline(9, 5000);
    const index = new TimelineIndex(t.events);
    const window = [Date.UTC(2010, 0, 1), Date.UTC(2010, 2, 1)] as const;
    const { marks } = layoutLanes({
      events: index.lanes,
      window,
      lanes: new Map([['a', 0], ['b', 1], ['c', 2], ['d', 3]]),
      position: timeScale(window, [0, 800]),
      width: 800,
      title: (e) => localize(e.title, 'en'),
      measure,
    });
    const drawn = marks.flatMap((m) => m.events.map((e) => e.id)).sort();
    expect(drawn).to.deep.equal(index.query(window[0], window[1]).map((e) => e.id).sort());
  });
});
