// Converts a news-timeline document into what the peers read: vis-timeline items and groups,
// and TimelineJS3 JSON. Only what the benchmark needs: English text, categories as groups,
// ranges with their inclusive end, eras.

const text = (value) => (typeof value === 'string' ? value : value?.en ?? Object.values(value ?? {})[0] ?? '');

/** Splits a news-timeline date ("2024", "2024-06", "2024-06-19", "2024-06-19T02:22+09:00"). */
export function dateParts(iso) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!match) throw new Error(`not a date: ${iso}`);
  const [, year, month, day, hour, minute] = match;
  const parts = { year: Number(year) };
  if (month) parts.month = Number(month);
  if (day) parts.day = Number(day);
  if (hour) {
    parts.hour = Number(hour);
    parts.minute = Number(minute);
  }
  return parts;
}

/** The first moment of a date's period, or (with `after`) the first moment after it. */
function toDate(iso, after = false) {
  const { year, month, day, hour, minute } = dateParts(iso);
  if (hour !== undefined) return new Date(year, month - 1, day, hour, minute + (after ? 1 : 0));
  if (day !== undefined) return new Date(year, month - 1, day + (after ? 1 : 0));
  if (month !== undefined) return new Date(year, month - 1 + (after ? 1 : 0), 1);
  return new Date(year + (after ? 1 : 0), 0, 1);
}

/** vis-timeline: `{items, groups}` arrays for its DataSets (points as "point" items, like our dots). */
export function toVisTimeline(doc) {
  const categories = doc.categories ?? [];
  const known = new Set(categories.map((category) => category.id));
  const groups = categories.map((category) => ({ id: category.id, content: text(category.label) }));
  groups.push({ id: 'other', content: 'Other' });
  const items = doc.events.map((event) => {
    const item = {
      id: event.id,
      group: known.has(event.category) ? event.category : 'other',
      content: text(event.title),
      start: toDate(event.start),
    };
    if (event.end) {
      item.end = toDate(event.end, true);
      item.type = 'range';
    } else {
      item.type = 'point';
    }
    return item;
  });
  for (const era of doc.eras ?? []) {
    const last = doc.events.at(-1);
    items.push({
      id: `era-${era.id}`,
      content: text(era.label),
      start: toDate(era.start),
      end: toDate(era.end ?? last.end ?? last.start, true),
      type: 'background',
    });
  }
  return { items, groups: groups.filter((group) => group.id !== 'other' || items.some((item) => item.group === 'other')) };
}

/** TimelineJS3 JSON: one slide per event, categories as groups, eras as eras. */
export function toTimelineJS(doc) {
  const labels = new Map((doc.categories ?? []).map((category) => [category.id, text(category.label)]));
  const events = doc.events.map((event) => {
    const slide = {
      unique_id: event.id,
      start_date: dateParts(event.start),
      text: { headline: text(event.title) },
    };
    if (event.end) slide.end_date = dateParts(event.end);
    if (event.summary) slide.text.text = text(event.summary);
    if (event.category) slide.group = labels.get(event.category) ?? event.category;
    return slide;
  });
  const last = doc.events.at(-1);
  const eras = (doc.eras ?? []).map((era) => ({
    start_date: dateParts(era.start),
    end_date: dateParts(era.end ?? last.end ?? last.start),
    text: { headline: text(era.label) },
  }));
  return eras.length ? { events, eras } : { events };
}
