// Generates news-timeline JSON for the benchmark: the same events for a given size and seed,
// in Node and in the browser. Five categories, half the events in eight bursts around busy
// moments, a fifth of them date ranges, kebab-case ids and headline-length titles.

export const CATEGORIES = [
  { id: 'diplomacy', label: 'Diplomacy', color: '#2563eb' },
  { id: 'military', label: 'Military', color: '#c2410c' },
  { id: 'economy', label: 'Economy', color: '#15803d' },
  { id: 'sanctions', label: 'Sanctions', color: '#7c3aed' },
  { id: 'society', label: 'Society', color: '#b45309' },
];

const FIRST_DAY = Date.UTC(2000, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;
const BURSTS = 8;

/** A seeded generator of numbers in [0, 1): a Weyl sequence through a 32-bit mixing function. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4_294_967_296;
  };
}

// Subjects are plural so that every verb agrees.
const WHO = [
  'Foreign ministers', 'Defence chiefs', 'Central bankers', 'Lawmakers', 'Both presidents',
  'Trade negotiators', 'UN inspectors', 'Opposition leaders', 'Prime ministers', 'Border guards',
  'Energy officials', 'Security Council members', 'Regional governors', 'Rail authorities', 'Envoys',
  'Finance ministers', 'Coast guard units', 'State delegations', 'Election monitors', 'Aid agencies',
];
const DO = [
  'sign', 'reject', 'announce', 'suspend', 'extend', 'debate', 'approve', 'review', 'renew',
  'condemn', 'welcome', 'postpone', 'unveil', 'question', 'ratify', 'expand',
];
const WHAT = [
  'a grain export agreement', 'new sanctions on shipping firms', 'a joint naval exercise',
  'a debt relief package', 'the border crossing plan', 'a pipeline feasibility study',
  'emergency food shipments', 'the arms control framework', 'a visa-free travel scheme',
  'an undersea cable project', 'a ceasefire monitoring mission', 'fishing quotas for the season',
  'the bilateral trade target', 'a rail link to the port', 'satellite launch cooperation',
  'a prisoner exchange', 'the fuel price cap', 'student exchange programmes',
];
const WHERE = [
  'in Geneva', 'after a late-night session', 'in Vladivostok', 'at the regional summit',
  'despite objections from Seoul', 'in a televised address', 'ahead of the winter', 'in Beijing',
  'at the UN in New York', 'after weeks of talks', 'in Pyongyang', 'during a state visit',
  'as tensions rise', 'following the election', '',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The news-timeline document for `count` events (same events for the same count and seed).
 * Sorted by start, as a newsroom's file would be.
 */
export function generateTimeline(count, seed = 20_240_618) {
  const random = seededRandom(seed);
  const span = (LAST_DAY - FIRST_DAY) / DAY;
  // Formatting dates and slugs once per distinct value keeps a million events to a second or two.
  const days = Array.from({ length: span + 1 }, (_, day) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10));
  const slugs = new Map();
  const bursts = Array.from({ length: BURSTS }, () => ({
    centre: Math.floor(random() * span),
    width: 5 + Math.floor(random() * 40),
  }));
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    let day;
    if (random() < 0.5) {
      const burst = bursts[i % BURSTS];
      // The sum of two uniforms gives a triangle, dense at the burst's centre.
      day = Math.round(burst.centre + (random() + random() - 1) * burst.width);
    } else {
      day = Math.floor(random() * span);
    }
    day = Math.min(span, Math.max(0, day));
    const end = random() < 0.2 ? Math.min(span, day + 1 + Math.floor(random() * 120)) : undefined;
    const who = pick(random, WHO);
    const verb = pick(random, DO);
    const where = pick(random, WHERE);
    const head = `${who} ${verb}`;
    let prefix = slugs.get(head);
    if (prefix === undefined) slugs.set(head, (prefix = slug(head)));
    const roll = random();
    rows[i] = {
      day,
      end,
      prefix,
      title: `${head} ${pick(random, WHAT)}${where ? ` ${where}` : ''}`,
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)].id,
      importance: roll < 0.15 ? 3 : roll < 0.7 ? 2 : 1,
    };
  }
  rows.sort((a, b) => a.day - b.day);
  const events = rows.map((row, i) => {
    const event = { id: `${row.prefix}-${i.toString(36)}`, start: days[row.day] };
    if (row.end !== undefined) event.end = days[row.end];
    event.category = row.category;
    event.importance = row.importance;
    event.title = row.title;
    return event;
  });
  return {
    version: 1,
    title: `${count.toLocaleString('en')} generated events`,
    categories: CATEGORIES.map(({ id, label, color }) => ({ id, label, color })),
    events,
  };
}
