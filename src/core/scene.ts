import { darkenForWhite } from './contrast.js';
import { computeTicks } from './ticks.js';
import { fitText, layoutLanes, type LaneMark } from './layout.js';
import { timeScale } from './time-scale.js';
import type { TimelineIndex } from './timeline-index.js';
import type { Category, Era, LocalizedText, TimelineEvent } from './types.js';
import { DEFAULT_COLORS } from './validate.js';
import type { Digits } from './dates.js';
import { isVague } from './edtf.js';
import { DAY } from './time.js';

/**
 * The track's geometry, in pixels. A lane: its name on a line of its own (a heading no event
 * label shares), then a row of labels, the marks' line, a row of labels.
 */
export const LANE_NAME_HEIGHT = 14;
export const LANE_HEIGHT = LANE_NAME_HEIGHT + 58;
export const LANE_MARK_Y = LANE_NAME_HEIGHT + 28;
export const ERA_ROW_HEIGHT = 18;
export const AXIS_HEIGHT = 30;
export const MARK_RADIUS = 6;
/** Font sizes the layout measures with; the styles draw with the same numbers. */
export const LABEL_FONT_PX = 12;
export const SMALL_FONT_PX = 11;
export const COUNT_FONT_PX = 10;
/** The lane name's baseline and its rule's y below the lane's top, and the space between the name and its rule. */
const LANE_NAME_BASELINE = 10;
const LANE_RULE_Y = 6;
const LANE_RULE_GAP = 6;
/** A semi-bold name is about this much wider than the regular text the layout measures. */
export const LANE_NAME_WEIGHT = 1.1;
/** Label baselines relative to the marks' line, for rows 0 (beside), 1 (above) and 2 (below). */
const LABEL_BASELINE = [4, -16, 23] as const;

/** A key for a mark that survives re-layout: an event id, or `cluster:<first id>`. */
export const markKey = (mark: Pick<LaneMark, 'size' | 'first' | 'lead'>): string =>
  mark.size === 1 ? mark.lead.id : `cluster:${mark.first.id}`;

/**
 * Whether a mark draws an event. Lane and time are checked first; a cluster then finds the event
 * by its date, without listing its members (which, zoomed out, may be a hundred thousand).
 */
export function holds(mark: Pick<SceneMark, 'size' | 'first' | 'last' | 'lead' | 'includes'>, event: TimelineEvent): boolean {
  if (mark.size === 1) return mark.lead === event;
  const time = event.start.time;
  return mark.lead.category === event.category && mark.first.start.time <= time && time <= mark.last.start.time && mark.includes(event);
}

/** Every cluster's count is white: where a lane's colour is too light for it, the badge is darkened. */
export const COUNT_COLOR = '#ffffff';
/** Each lane colour's cluster badge, worked out once: every cluster of every frame asks. */
const badgeColors = new Map<string, string>();
function badgeColor(color: string): string {
  let badge = badgeColors.get(color);
  if (badge === undefined) {
    if (badgeColors.size >= 256) badgeColors.clear();
    badgeColors.set(color, (badge = darkenForWhite(color, 4.5)));
  }
  return badge;
}

/** The width of a lane name as drawn (semi-bold, small), one function per measure so that `fitText` finds its cuts again. */
const nameMeasures = new WeakMap<(text: string) => number, (text: string) => number>();
function nameMeasure(measure: (text: string) => number): (text: string) => number {
  let small = nameMeasures.get(measure);
  // The layout measures regular text at the label size.
  if (!small) nameMeasures.set(measure, (small = (text) => (measure(text) * SMALL_FONT_PX * LANE_NAME_WEIGHT) / LABEL_FONT_PX));
  return small;
}

/** One drawn mark, in screen coordinates (right to left already applied). */
export interface SceneMark {
  key: string;
  kind: 'point' | 'range' | 'cluster';
  /** The events it draws, in time order: one, or a cluster's members (listed when first read). */
  readonly events: readonly TimelineEvent[];
  /** Whether it draws an event, without listing a cluster's members (see `holds`). */
  includes(event: TimelineEvent): boolean;
  /** How many events it draws, and the first and last of them in time order. */
  size: number;
  first: TimelineEvent;
  last: TimelineEvent;
  /** The first event's position in the whole timeline's time order (see ShownEvents.placeAt). */
  order: number;
  /** The event that names it. */
  lead: TimelineEvent;
  lane: number;
  /** Screen extent and the y of the lane's line. */
  left: number;
  right: number;
  centre: number;
  y: number;
  color: string;
  /** A cluster's count, as drawn on its badge, and its colour (white, at least 4.5:1 on `color`, the badge's). */
  count?: { text: string; color: string };
  /** The visible label (the accessible name says it in full), anchored at its middle, and its extent. */
  label?: { text: string; x: number; y: number; left: number; right: number };
  /** Drawn softened (hollow): a date that is approximate, uncertain, or only known to lie in its span. */
  soft?: boolean;
  /** An ongoing event's bar: the screen side where it fades out (today, or the view's edge). */
  fade?: 'left' | 'right';
}

export interface SceneEra {
  id: string;
  left: number;
  width: number;
  /** The strip in the era rows above the lanes, and the label in it. */
  stripY: number;
  label: { text: string; x: number; y: number };
}

export interface SceneLane {
  category: Category;
  /** y of the marks' line. */
  y: number;
  /** The lane's heading: its name (cut only where the track is too narrow) at the start edge, and a rule after it to the far edge. */
  name: { text: string; x: number; y: number; ruleFrom: number; ruleTo: number; ruleY: number };
}

export interface SceneTick {
  time: number;
  x: number;
  /** Empty when there was no room for it beside its neighbours. */
  label: string;
  /** The middle of the label: under the tick, or moved in so the label stays whole inside the track. */
  labelX: number;
}

/** The Today line, where today is in view: its x, and its label on the axis row. */
export interface SceneToday {
  x: number;
  label: string;
  labelX: number;
}

/** Everything the track shows, as numbers and strings: the SVG view, keyboard and export read it. */
export interface TrackScene {
  width: number;
  height: number;
  /** Where the lanes start and where the axis line is. */
  lanesTop: number;
  axisY: number;
  /** The visible window in time. */
  from: number;
  to: number;
  direction: 'ltr' | 'rtl';
  eras: SceneEra[];
  lanes: SceneLane[];
  ticks: SceneTick[];
  /** In time order (of their first event). */
  marks: SceneMark[];
  today?: SceneToday;
}

export interface SceneInput {
  index: TimelineIndex;
  categories: readonly Category[];
  eras: readonly Era[];
  /** Each era's row in the strip above the lanes (see `layoutEraRows`). */
  eraRows: readonly number[];
  hidden: ReadonlySet<string>;
  view: readonly [number, number];
  width: number;
  /** Whether time runs right to left. */
  rtl: boolean;
  lang: string;
  digits: Digits;
  /** Text in the display language. */
  text: (value: LocalizedText | undefined) => string;
  /** Width in pixels of a text at LABEL_FONT_PX in the element's font. */
  measure: (text: string) => number;
  /** Whether a mark's label may be measured in this scene (see `LayoutOptions.affordable`); absent: every one. */
  affordable?: (text: string) => boolean;
  /** A count as the cluster badge shows it (compact: 1.2K). */
  formatCount: (n: number) => string;
  /** Draw a Today line at this time, labelled so, when it is in view. */
  today?: { time: number; label: string };
}

/** Count widths kept per way of writing counts and per measuring function, across scenes. */
const countWidthCaches = new WeakMap<(n: number) => string, WeakMap<(text: string) => number, { font: number; width: (n: number) => number }>>();

/**
 * The width of a cluster's count as its badge draws it: at 10 px bold, about as wide as 11 px
 * regular text. The layout asks once for every event a cluster takes in, so the widths are kept
 * across frames: exactly, in an array, for counts under 1,000; above, compact counts ("1.2K",
 * "١٫٢ ألف") are given the widest of a few counts of the same order of magnitude, with a
 * little to spare, so a million events cost a few dozen formatted numbers, not a million. A
 * width is never less than that of a smaller count (the layout relies on it).
 */
export function countWidths(format: (n: number) => string, measure: (text: string) => number): (n: number) => number {
  let byMeasure = countWidthCaches.get(format);
  if (!byMeasure) countWidthCaches.set(format, (byMeasure = new WeakMap()));
  // A new font measures "0" differently: start again.
  const font = measure('0');
  let cached = byMeasure.get(measure);
  if (cached?.font === font) return cached.width;
  const drawn = (n: number) => (measure(format(n)) * SMALL_FONT_PX) / LABEL_FONT_PX;
  // Counts under 1,000 are a few digits, written one for one in the locale's digits (no grouping
  // yet): summed digit by digit, a thousand counts cost ten formatted digits and ten measures, not
  // a thousand of each (a page's first Intl formats are slow).
  const glyphs = new Map<string, number>();
  const glyph = (ch: string) => {
    let w = glyphs.get(ch);
    if (w === undefined) glyphs.set(ch, (w = measure(ch)));
    return w;
  };
  const textWidth = (text: string) => {
    let w = 0;
    for (const ch of text) w += glyph(ch);
    return (w * SMALL_FONT_PX) / LABEL_FONT_PX;
  };
  const digitTexts = Array.from({ length: 10 }, (_, d) => format(d));
  const digitWidths = digitTexts.map(textWidth);
  const spelt = (n: number) => String(n).replace(/\d/g, (d) => digitTexts[Number(d)]);
  // Should a way of writing counts add anything to the digits, each count is formatted after all.
  const digitByDigit = [10, 42, 999].every((n) => spelt(n) === format(n));
  const digits = (n: number) => {
    if (!digitByDigit) return textWidth(format(n));
    let w = 0;
    for (let rest = n; ; rest = Math.floor(rest / 10)) {
      w += digitWidths[rest % 10];
      if (rest < 10) return w;
    }
  };
  // Widths never shrink as counts grow (the layout relies on it): each is the widest so far.
  const exact = new Float64Array(1000);
  let known = 0;
  const decades: number[] = [];
  const width = (n: number): number => {
    if (n < 1000) {
      for (; known <= n; known++) exact[known] = Math.max(known ? exact[known - 1] : 0, digits(known));
      return exact[n];
    }
    const decade = n < 1e4 ? 3 : n < 1e5 ? 4 : n < 1e6 ? 5 : n < 1e7 ? 6 : Math.floor(Math.log10(n));
    let w = decades[decade];
    if (w === undefined) {
      const unit = 10 ** decade;
      w = decade === 3 ? width(999) : width(unit - 1);
      for (const m of [1, 2, 3, 4, 5, 6, 7, 8, 8.8889, 9, 9.99]) w = Math.max(w, drawn(Math.floor(m * unit)) * 1.05);
      decades[decade] = w;
    }
    return w;
  };
  byMeasure.set(measure, (cached = { font, width }));
  return width;
}

/** The number of era rows for a set of era row assignments. */
export function eraRowCount(eraRows: readonly number[]): number {
  let rows = 0;
  for (const row of eraRows) rows = Math.max(rows, row + 1);
  return rows;
}

/** The span the track can show: the events' extent with a margin either side (a year when empty). */
export function paddedSpan(extent: readonly [number, number] | null): [number, number] {
  if (!extent) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const [a, b] = extent;
  const margin = Math.max((b - a) * 0.03, 20 * DAY);
  return [a - margin, b + margin];
}

/** The track's height for a number of era rows and of lanes shown. */
export function trackHeight(eraRows: number, lanes: number): number {
  return eraRows * ERA_ROW_HEIGHT + Math.max(1, lanes) * LANE_HEIGHT + AXIS_HEIGHT;
}

/** Builds the track's scene: pure, from the data, the window, the width and the language. */
export function buildTrackScene(input: SceneInput): TrackScene {
  const { index, width, rtl, text, measure } = input;
  const [from, to] = input.view;
  const position = timeScale([from, to], [0, width]);
  /** Right to left is applied here, once: every x in the scene is a screen x. */
  const x = (p: number) => (rtl ? width - p : p);
  const direction = rtl ? 'rtl' : 'ltr';
  const categories = input.categories.filter((c) => !input.hidden.has(c.id));
  const lanesTop = eraRowCount(input.eraRows) * ERA_ROW_HEIGHT;
  const axisY = lanesTop + categories.length * LANE_HEIGHT;
  const colors = new Map(input.categories.map((c) => [c.id, c.color]));
  const countWidth = countWidths(input.formatCount, measure);

  const layout = layoutLanes({
    events: index.lanes,
    window: [from, to],
    lanes: new Map(categories.map((c, i) => [c.id, i])),
    position,
    width,
    title: (event) => text(event.title),
    measure,
    affordable: input.affordable,
    markRadius: MARK_RADIUS,
    // A headline is cut only where the row has no room: 320 px holds most whole.
    maxLabelWidth: Math.min(320, width * 0.45),
    // Counts are drawn at 10 px bold, about as wide as 11 px regular text. A cluster asks again
    // with each event it takes in, so the widths are kept for this scene.
    countWidth,
  });

  const eras: SceneEra[] = [];
  input.eras.forEach((era, i) => {
    const p0 = Math.max(0, position(era.start.time));
    const p1 = Math.min(width, Number.isFinite(era.until) ? position(era.until) : width);
    if (p1 <= 0 || p0 >= width || p1 - p0 < 1) return;
    const stripY = input.eraRows[i] * ERA_ROW_HEIGHT;
    eras.push({
      id: era.id,
      left: Math.min(x(p0), x(p1)),
      width: p1 - p0,
      stripY,
      label: { text: fitText(text(era.label), p1 - p0 - 8, measure), x: rtl ? x(p0) - 4 : x(p0) + 4, y: stripY + 12 },
    });
  });

  const small = nameMeasure(measure);
  const lanes: SceneLane[] = categories.map((category, i) => {
    const top = lanesTop + i * LANE_HEIGHT;
    const name = fitText(text(category.label), Math.max(0, width - LANE_RULE_GAP * 2), small);
    const end = small(name) + LANE_RULE_GAP;
    return {
      category,
      y: top + LANE_MARK_Y,
      name: { text: name, x: x(0), y: top + LANE_NAME_BASELINE, ruleFrom: x(Math.min(end, width)), ruleTo: x(width), ruleY: top + LANE_RULE_Y },
    };
  });

  const ticks = placeTickLabels(
    computeTicks(from, to, width, input.lang, input.digits, input.lang.startsWith('ar') ? 100 : 90).map((tick) => ({ ...tick, x: x(position(tick.time)) })),
    width,
    (label) => (measure(label) * SMALL_FONT_PX) / LABEL_FONT_PX,
  );

  const marks = layout.marks.map((mark): SceneMark => {
    const y = lanesTop + mark.lane * LANE_HEIGHT + LANE_MARK_Y;
    let left = Math.min(x(mark.from), x(mark.to));
    let right = Math.max(x(mark.from), x(mark.to));
    const n = mark.size;
    const laneColor = colors.get(mark.lead.category) ?? DEFAULT_COLORS[7];
    const color = n > 1 ? badgeColor(laneColor) : laneColor;
    const event = mark.lead;
    const soft = n === 1 && (isVague(event.start) || (event.end !== undefined && isVague(event.end)));
    // An ongoing bar ends at today or at the view's edge, where its fading end can be seen.
    const fade = n === 1 && mark.isRange && event.ongoing ? (rtl ? 'left' : 'right') : undefined;
    if (fade === 'right') right = Math.min(right, width);
    if (fade === 'left') left = Math.max(left, 0);
    return {
      key: markKey(mark),
      kind: n > 1 ? 'cluster' : mark.isRange ? 'range' : 'point',
      get events() {
        return mark.events;
      },
      includes: (event) => mark.includes(event),
      size: n,
      order: mark.order,
      first: mark.first,
      last: mark.last,
      lead: mark.lead,
      lane: mark.lane,
      left,
      right,
      centre: (left + right) / 2,
      y,
      color,
      count: n > 1 ? { text: input.formatCount(n), color: COUNT_COLOR } : undefined,
      label: mark.label
        ? {
            text: mark.label.text,
            x: (x(mark.label.from) + x(mark.label.to)) / 2,
            y: y + LABEL_BASELINE[mark.label.row],
            left: Math.min(x(mark.label.from), x(mark.label.to)),
            right: Math.max(x(mark.label.from), x(mark.label.to)),
          }
        : undefined,
      soft: soft || undefined,
      fade,
    };
  });

  const today = input.today && input.today.time >= from && input.today.time <= to
    ? placeToday(x(position(input.today.time)), input.today.label, ticks, width, (label) => (measure(label) * SMALL_FONT_PX) / LABEL_FONT_PX)
    : undefined;

  return { width, height: trackHeight(eraRowCount(input.eraRows), categories.length), lanesTop, axisY, from, to, direction, eras, lanes, ticks, marks, today };
}

/** Room kept between tick labels, and between a label and the track's edge. */
const TICK_LABEL_GAP = 6;

/**
 * Keeps every tick label whole inside the track: a label that would run past an edge moves in
 * (its tick stays put), and one that would then touch its neighbour is left out. Of two that
 * touch, one naming the year stays (the reader must always see which year), else the label moved
 * further gives way.
 */
export function placeTickLabels(ticks: ReadonlyArray<{ time: number; x: number; label: string; year?: boolean }>, width: number, measure: (label: string) => number): SceneTick[] {
  const placed = ticks.map((tick) => {
    const half = measure(tick.label) / 2;
    const edge = Math.min(half + 1, width / 2);
    const labelX = Math.min(Math.max(tick.x, edge), width - edge);
    return { ...tick, labelX, half };
  });
  const moved = (t: (typeof placed)[number]) => Math.abs(t.labelX - t.x) - (t.year ? width : 0);
  const kept: typeof placed = [];
  // Left to right on screen (time may run either way); the ticks stay in time order.
  for (const tick of [...placed].sort((a, b) => a.x - b.x)) {
    if (!tick.label) continue;
    let fits = true;
    while (kept.length) {
      const previous = kept[kept.length - 1];
      if (previous.labelX + previous.half + TICK_LABEL_GAP <= tick.labelX - tick.half) break;
      if (moved(previous) <= moved(tick)) {
        fits = false;
        break;
      }
      previous.label = '';
      kept.pop();
    }
    if (fits) kept.push(tick);
    else tick.label = '';
  }
  return placed.map(({ time, x, label, labelX }) => ({ time, x, label, labelX }));
}

/** The Today label sits on the axis row, whole inside the track; tick labels it would touch give way. */
function placeToday(x: number, label: string, ticks: SceneTick[], width: number, measure: (label: string) => number): SceneToday {
  // The label is drawn bold: allow it a little more room.
  const half = (measure(label) * 1.1) / 2;
  const edge = Math.min(half + 1, width / 2);
  const labelX = Math.min(Math.max(x, edge), width - edge);
  for (const tick of ticks) {
    if (tick.label && Math.abs(tick.labelX - labelX) < half + measure(tick.label) / 2 + TICK_LABEL_GAP) tick.label = '';
  }
  return { x, label, labelX };
}
