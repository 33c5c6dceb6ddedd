import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatEventRange, formatNumber, parseEventDate, periodEnd, resolveDigits, type Digits } from '../../core/dates.js';
import { layoutEraRows, layoutLanes, fitText, type LaneMark } from '../../core/layout.js';
import { localize, pickText } from '../../core/text.js';
import { textColorOn } from '../../core/contrast.js';
import { computeTicks } from '../../core/ticks.js';
import { timeScale } from '../../core/time-scale.js';
import { TimelineIndex } from '../../core/timeline-index.js';
import type { Issue, Timeline, TimelineEvent } from '../../core/types.js';
import { DEFAULT_COLORS, validateTimeline } from '../../core/validate.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import { styles } from './news-timeline.styles.js';

export interface NtLoadDetail {
  count: number;
}
export interface NtErrorDetail {
  message: string;
  issues: Issue[];
}
export interface NtSelectDetail {
  id: string | null;
}
export interface NtRangeChangeDetail {
  start: Date;
  end: Date;
}

/** A lane: a row of labels above the marks' line, the line, and a row of labels below it. */
const LANE_HEIGHT = 58;
const LANE_MARK_Y = 28;
const ERA_ROW_HEIGHT = 18;
const AXIS_HEIGHT = 30;
const MARK_RADIUS = 6;
/** Label baselines relative to the marks' line, for rows 0 (beside), 1 (above) and 2 (below). */
const LABEL_BASELINE = [4, -16, 23] as const;
const LABEL_FONT_PX = 12;
const DAY = 86_400_000;
/**
 * A cluster holds an empty, hidden `data-event-id` node per event so that page scripts (and
 * tests) can find every event in view; past this many, it holds none, to keep the DOM small.
 */
const MAX_CLUSTER_MEMBERS = 100;

type Status = 'empty' | 'loading' | 'ready' | 'failed';

/** A key for the mark that holds keyboard focus: an event id, or `cluster:<first id>`. */
const markKey = (mark: LaneMark) => (mark.events.length === 1 ? mark.lead.id : `cluster:${mark.events[0].id}`);

/**
 * An interactive, accessible timeline of news events, in English or Arabic (right to left).
 *
 * @summary Zoomable D3 timeline of events in lanes by category, with a card for the selected event.
 *
 * @fires nt-load - The data was read: `detail: {count}` valid events.
 * @fires nt-error - The data had problems: `detail: {message, issues: [{path, message}]}`.
 * @fires nt-select - The selected event changed: `detail: {id}` (`null` when closed).
 * @fires nt-range-change - A zoom or pan settled: `detail: {start, end}` as `Date`s.
 *
 * @csspart toolbar - The row holding the legend and the zoom buttons.
 * @csspart legend - The category buttons that show and hide lanes.
 * @csspart zoom - The zoom buttons.
 * @csspart track - The zoomable timeline drawing.
 * @csspart card - The selected event's card.
 * @csspart list - The list view of all events.
 * @csspart help - The panel listing the keyboard shortcuts.
 * @csspart error - The panel listing problems in the data, each with its path.
 *
 * @cssproperty --nt-text - Main text colour.
 * @cssproperty --nt-muted - Secondary text: axis, dates, lane names.
 * @cssproperty --nt-background - Background; also the outline around marks.
 * @cssproperty --nt-surface - Card and button background.
 * @cssproperty --nt-border - Borders and the axis line.
 * @cssproperty --nt-grid - Vertical grid lines.
 * @cssproperty --nt-era-fill - Fill of era bands.
 * @cssproperty --nt-era-opacity - Opacity of era bands.
 * @cssproperty --nt-accent - Links and the card's edge.
 * @cssproperty --nt-focus - Focus ring colour.
 * @cssproperty --nt-error - Error text colour.
 * @cssproperty --nt-error-surface - Error panel background.
 * @cssproperty --nt-radius - Corner radius of the element.
 * @cssproperty --nt-card-accent - The card's edge colour (default: --nt-accent).
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    start: { type: String },
    end: { type: String },
    theme: { type: String, reflect: true },
    digits: { type: String },
    timeDirection: { type: String, attribute: 'time-direction' },
    _timeline: { state: true },
    _issues: { state: true },
    _status: { state: true },
    _hidden: { state: true },
    _listView: { state: true },
    _help: { state: true },
    _printing: { state: true },
    _announcement: { state: true },
  };

  /** URL of the data (news-timeline JSON). A newer `src` cancels a pending load. */
  src?: string;
  /** The data as an object (news-timeline JSON). */
  data?: unknown;
  /** Id of the selected event; reflected. */
  selected?: string | null;
  /** The initial visible range start (ISO date); default: fit all events. */
  start?: string;
  /** The initial visible range end (ISO date, inclusive). */
  end?: string;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`, the default). */
  theme?: 'light' | 'dark' | 'auto';
  /** Digits for dates and numbers: `auto` (the language's own), `latn` (0–9) or `arab` (٠–٩). */
  digits?: Digits;
  /** Which way time runs: `auto` follows the text direction; `ltr` keeps it left to right in Arabic. */
  timeDirection?: 'auto' | 'ltr' | 'rtl';

  private _timeline: Timeline | null = null;
  private _issues: Issue[] = [];
  private _status: Status = 'empty';
  private _hidden = new Set<string>();
  private _listView = false;
  private _help = false;
  private _printing = false;
  private _announcement = '';

  private index = new TimelineIndex([]);
  private loadController?: AbortController;
  private focusKey = '';
  private pendingFocus = false;
  /** The selection the card shows and nt-select last announced. */
  private shownSelection: string | null = null;
  /** A window asked for with zoomTo() before the data arrived. */
  private requestedRange?: [number, number];
  private shownCache?: { hidden: Set<string>; events: TimelineEvent[]; places: Map<string, number> };
  /** Each era's row in the strip above the lanes, laid out once per data. */
  private eraRows: number[] = [];
  private trackHadFocus = false;
  private engaged = false;
  private readonly locale = new LocaleController(this);
  private readonly resize = new ResizeController(this);
  private readonly zoom = new ZoomController(this, {
    onChange: () => this.requestUpdate(),
    onSettle: (from, to) =>
      this.emit<NtRangeChangeDetail>('nt-range-change', { start: new Date(from), end: new Date(to) }),
    wheelZooms: () => this.engaged,
  });
  private measureCache = new Map<string, number>();
  private measureFont = '';
  private measureContext?: CanvasRenderingContext2D | null;
  private marks: LaneMark[] = [];

  // ---- public API -------------------------------------------------------------------------

  /** The validated timeline currently shown, or null. */
  get timeline(): Timeline | null {
    return this._timeline;
  }

  /** Selects an event by id (opens its card and brings it into view). Returns false for an unknown id. */
  select(id: string | null): boolean {
    if (id === null || id === '') {
      this.selected = null;
      return true;
    }
    if (this.index.indexOf(id) < 0) return false;
    this.selected = id;
    return true;
  }

  /** Selects the next event in time (the first when none is selected). */
  next(): boolean {
    return this.step(1);
  }

  /** Selects the previous event in time (the last when none is selected). */
  previous(): boolean {
    return this.step(-1);
  }

  /** Shows a window of time: ISO dates, `Date`s or epoch milliseconds; the end is inclusive. */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const from = toTime(start, false);
    const to = toTime(end, true);
    if (from === null || to === null || to <= from) return;
    // Before the data is in, remember the window for when it arrives.
    if (!this._timeline) this.requestedRange = [from, to];
    else this.zoom.show(from, to);
  }

  /** Zooms in around the middle of the view. */
  zoomIn(): void {
    this.zoom.zoomBy(2);
  }

  /** Zooms out around the middle of the view. */
  zoomOut(): void {
    this.zoom.zoomBy(0.5);
  }

  /** Shows every event. */
  fit(): void {
    this.zoom.show(this.zoom.full[0], this.zoom.full[1]);
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Moved in the page: finish a load that the disconnect cancelled, and re-bind the zoom.
    if (this.hasUpdated) {
      if (this._status === 'loading' && this.src) this.load(this.src);
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.loadController = undefined;
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Print shows the list of every event: render it before the page is laid out for paper. */
  private onBeforePrint = () => {
    this._printing = true;
    this.performUpdate();
  };

  private onAfterPrint = () => {
    this._printing = false;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.trackHadFocus = Boolean(this.renderRoot.querySelector?.('.mark:focus, svg.timeline:focus'));
    if (!this.hasUpdated && this.src === undefined && this.data === undefined) this.readChildren();
    if (changed.has('src')) {
      if (this.src) this.load(this.src);
      else this.cancelLoad();
    }
    if (changed.has('data') && this.data !== undefined) {
      this.cancelLoad();
      this.ingest(this.data);
    }
    // While a new src loads, the selection waits for that data (ingest resolves it).
    if (changed.has('selected') && this._timeline && this._status !== 'loading') this.onSelectedChanged();
    if ((changed.has('start') || changed.has('end')) && this._timeline && !changed.has('data')) this.applyInitialRange();
    const width = this.resize.width;
    if (this._timeline && width > 0) {
      this.zoom.setFrame(this.fullSpan(), width, this.timeRunsRtl, this.trackHeight);
    }
  }

  protected override updated(): void {
    const track = this.renderRoot.querySelector<SVGSVGElement>('svg.timeline');
    if (track) this.zoom.attach(track, this.trackHeight);
    // A zoom or pan can remove the focused mark: keep focus in the track, on its tab stop.
    if (this.trackHadFocus && !this.renderRoot.querySelector('.mark:focus, svg.timeline:focus')) this.pendingFocus = true;
    if (this.pendingFocus) {
      this.pendingFocus = false;
      // Never pull focus away from a control the reader has moved to since.
      const active = (this.renderRoot as ShadowRoot).activeElement;
      if (active && !active.closest('[part="track"]')) return;
      const mark = this.renderRoot.querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(this.focusKey)}"]`);
      (mark ?? track)?.focus();
    }
  }

  // ---- data -------------------------------------------------------------------------------

  private readChildren(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      this.ingest(JSON.parse(script.textContent ?? ''));
    } catch (error) {
      this.fail([{ path: '(script)', message: `is not valid JSON: ${errorText(error)}` }]);
    }
  }

  private cancelLoad(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    if (this._status === 'loading') this._status = this._timeline ? 'ready' : 'empty';
  }

  private async load(url: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this._status = 'loading';
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (controller.signal.aborted) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        this.fail([{ path: 'src', message: `${JSON.stringify(url)} is not valid JSON: ${errorText(error)}` }]);
        return;
      }
      // Relative URLs in the data are relative to the data file, not to the page.
      this.ingest(parsed, response.url || new URL(url, document.baseURI).href);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail([{ path: 'src', message: `could not load ${JSON.stringify(url)}: ${errorText(error)}` }]);
    } finally {
      if (this.loadController === controller) this.loadController = undefined;
    }
  }

  private ingest(input: unknown, baseUrl?: string): void {
    let result;
    try {
      result = validateTimeline(input, { baseUrl });
    } catch (error) {
      result = { timeline: null, issues: [{ path: '(document)', message: `could not be read: ${errorText(error)}` }] };
    }
    this._timeline = result.timeline;
    this.index = new TimelineIndex(result.timeline?.events ?? []);
    this.eraRows = layoutEraRows((result.timeline?.eras ?? []).map((e) => ({ start: e.start.time, until: e.until })));
    this._hidden = new Set();
    this._status = result.timeline ? 'ready' : 'failed';
    this._issues = result.issues;
    if (result.issues.length) this.report(result.issues);
    if (result.timeline) {
      this.zoom.setFrame(this.fullSpan(), this.resize.width, this.timeRunsRtl, this.trackHeight);
      this.applyInitialRange();
      this.emit<NtLoadDetail>('nt-load', { count: result.timeline.events.length });
      this.onSelectedChanged();
    }
  }

  private fail(issues: Issue[]): void {
    this._timeline = null;
    this.index = new TimelineIndex([]);
    this._status = 'failed';
    this._issues = issues;
    this.report(issues);
  }

  private report(issues: Issue[]): void {
    const message = `news-timeline: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the data`;
    console.error(`${message}\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
    this.emit<NtErrorDetail>('nt-error', { message, issues });
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private applyInitialRange(): void {
    if (this.requestedRange) {
      const [a, b] = this.requestedRange;
      this.requestedRange = undefined;
      return this.zoom.show(a, b, false);
    }
    const from = this.start ? toTime(this.start, false) : null;
    const to = this.end ? toTime(this.end, true) : null;
    const [a, b] = this.zoom.full;
    if (from === null && to === null) return this.zoom.show(a, b, false);
    this.zoom.show(from ?? a, to ?? b, false);
  }

  /** The whole span of the events with a margin either side. */
  private fullSpan(): [number, number] {
    const extent = this.index.extent();
    if (!extent) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const [a, b] = extent;
    const margin = Math.max((b - a) * 0.03, 20 * DAY);
    return [a - margin, b + margin];
  }

  // ---- selection and keyboard ---------------------------------------------------------------

  /** Opens, changes or closes the card to match `selected`; fires nt-select only on a real change. */
  private onSelectedChanged(): void {
    let id = this.selected || null;
    if (id && this.index.indexOf(id) < 0) {
      // An id this data does not have: keep what was shown before (nothing, after a new load).
      id = this.index.indexOf(this.shownSelection ?? '') >= 0 ? this.shownSelection : null;
      this.selected = id;
    }
    if (id === this.shownSelection) return;
    this.shownSelection = id;
    const event = id ? this.index.get(id) : undefined;
    if (event && this._hidden.has(event.category)) {
      // Opening an event shows its category again, so its mark and Previous/Next make sense.
      const hidden = new Set(this._hidden);
      hidden.delete(event.category);
      this._hidden = hidden;
    }
    if (event) {
      this.zoom.reveal(event.start.time);
      this.focusKey = event.id;
      this._announcement = this.messages.announce(localize(event.title, this.displayLang), this.formatRange(event));
    } else {
      this._announcement = '';
    }
    this.emit<NtSelectDetail>('nt-select', { id });
  }

  private step(direction: 1 | -1): boolean {
    const shown = this.shownEvents;
    if (shown.length === 0) return false;
    const current = this.selected ? shown.findIndex((e) => e.id === this.selected) : -1;
    const target = current < 0 ? (direction > 0 ? 0 : shown.length - 1) : current + direction;
    if (target < 0 || target >= shown.length) return false;
    return this.select(shown[target].id);
  }

  /** Events of the categories shown, in time order: what Previous, Next and "3 of 27" count. */
  private get shownEvents(): readonly TimelineEvent[] {
    if (this._hidden.size === 0) return this.index.events;
    return this.shownIndex().events;
  }

  /** An event's place among the shown events (0-based, -1 when hidden), in O(1): marks ask per render. */
  private shownPlace(event: TimelineEvent): number {
    if (this._hidden.size === 0) return this.index.indexOf(event.id);
    return this.shownIndex().places.get(event.id) ?? -1;
  }

  private shownIndex(): { events: TimelineEvent[]; places: Map<string, number> } {
    if (this.shownCache?.hidden !== this._hidden) {
      const events = this.index.events.filter((e) => !this._hidden.has(e.category));
      this.shownCache = { hidden: this._hidden, events, places: new Map(events.map((e, i) => [e.id, i])) };
    }
    return this.shownCache;
  }

  private onMarkActivate(mark: LaneMark): void {
    this.focusKey = markKey(mark);
    if (mark.events.length === 1) {
      this.select(mark.lead.id);
      return;
    }
    const first = mark.events[0].start.time;
    const last = Math.max(...mark.events.map((e) => e.until));
    const pad = Math.max((last - first) * 0.15, DAY);
    const [from, to] = this.zoom.clamp(first - pad, last + pad);
    const [viewFrom, viewTo] = this.zoom.view;
    // When zooming in would not pull the events apart (same day, or already at the limit),
    // open the first of them instead; Next walks through the rest.
    if (to - from > 0.8 * (viewTo - viewFrom) || last - first <= 2 * DAY) {
      this.select(mark.events[0].id);
      return;
    }
    this.zoom.show(from, to);
    this.focusKey = mark.lead.id;
    this.pendingFocus = true;
    this.requestUpdate();
  }

  private onTrackKeydown(event: KeyboardEvent): void {
    // Ctrl/⌘/Alt combinations belong to the browser (page zoom, history), never to the track.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    let handled = true;
    if (key === '+' || key === '=') this.zoom.zoomBy(2, this.focusedTime());
    else if (key === '-' || key === '_' || key === '−') this.zoom.zoomBy(0.5, this.focusedTime());
    else if (key === '0') this.fit();
    else if (key === 'Escape') handled = this.closeCard();
    else if (this.marks.length === 0) handled = this.focusFromEmptyView(key);
    else handled = this.moveFocus(key);
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** Arrow keys, Home, End, Enter and Space on the track. Returns whether the key was used. */
  private moveFocus(key: string): boolean {
    const visual = [...this.marks].sort((a, b) => this.screenX(a) - this.screenX(b) || a.lane - b.lane);
    const index = Math.max(0, visual.findIndex((m) => markKey(m) === this.focusKey));
    const current = visual[index];
    let target: LaneMark | undefined;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const step = key === 'ArrowRight' ? 1 : -1;
        target = visual[index + step];
        // At the edge of the view, go on to the next event in that direction and bring it in.
        if (!target) return this.focusBeyond(current, step) || true;
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown': {
        // The nearest mark in the closest lane above or below that has any in view.
        const down = key === 'ArrowDown';
        const lanes = visual.map((m) => m.lane).filter((lane) => (down ? lane > current.lane : lane < current.lane));
        if (lanes.length === 0) return true;
        const lane = down ? Math.min(...lanes) : Math.max(...lanes);
        const x = this.screenX(current);
        target = visual
          .filter((m) => m.lane === lane)
          .sort((a, b) => Math.abs(this.screenX(a) - x) - Math.abs(this.screenX(b) - x))[0];
        break;
      }
      case 'Home':
      case 'End': {
        const shown = this.shownEvents;
        const event = key === 'Home' ? shown[0] : shown[shown.length - 1];
        if (event) this.focusEvent(event);
        return true;
      }
      case 'Enter':
      case ' ':
        this.onMarkActivate(current);
        return true;
      default:
        return false;
    }
    if (target) {
      this.focusKey = markKey(target);
      this.pendingFocus = true;
      this.requestUpdate();
    }
    return true;
  }

  /** With nothing in view, the arrows bring in the nearest event that way; Home and End still work. */
  private focusFromEmptyView(key: string): boolean {
    const shown = this.shownEvents;
    const [from, to] = this.zoom.view;
    const later = (key === 'ArrowRight') !== this.timeRunsRtl;
    let event: TimelineEvent | undefined;
    if (key === 'Home') event = shown[0];
    else if (key === 'End') event = shown[shown.length - 1];
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      event = later ? shown.find((e) => e.start.time >= to) : [...shown].reverse().find((e) => e.until <= from);
    } else return key === 'ArrowUp' || key === 'ArrowDown' || key === ' ' || key === 'Enter';
    if (event) this.focusEvent(event);
    return true;
  }

  /** The time of the mark holding focus: keyboard zoom keeps it in place on screen. */
  private focusedTime(): number | undefined {
    const mark = this.marks.find((m) => markKey(m) === this.focusKey);
    return mark ? (mark.events[0].start.time + mark.events[mark.events.length - 1].until) / 2 : undefined;
  }

  /** Moves focus to the next shown event past a mark, in a screen direction, panning to it. */
  private focusBeyond(mark: LaneMark, step: 1 | -1): boolean {
    const later = (step === 1) !== this.timeRunsRtl;
    const edge = later ? mark.events[mark.events.length - 1] : mark.events[0];
    const events = this.index.events;
    let i = this.index.indexOf(edge.id);
    do i += later ? 1 : -1;
    while (i >= 0 && i < events.length && this._hidden.has(events[i].category));
    if (i < 0 || i >= events.length) return false;
    this.focusEvent(events[i]);
    return true;
  }

  /** Brings an event into view and gives its mark (or the cluster holding it) keyboard focus. */
  private focusEvent(event: TimelineEvent): void {
    this.zoom.reveal(event.start.time, false);
    this.focusKey = event.id;
    this.pendingFocus = true;
    this.requestUpdate();
  }

  /** Marks in drawing order: bars underneath, points and clusters on top of them. */
  private barsFirst(): LaneMark[] {
    return [...this.marks].sort((a, b) => Number(b.isRange) - Number(a.isRange));
  }

  /** The mark that holds the track's one tab stop: the focused one, its cluster, the selected, or the first. */
  private resolveFocus(): string {
    const marks = this.marks;
    if (marks.some((mark) => markKey(mark) === this.focusKey)) return this.focusKey;
    const id = this.focusKey.replace(/^cluster:/, '');
    const holder = marks.find((mark) => mark.events.some((e) => e.id === id || e.id === this.selected));
    if (holder) return markKey(holder);
    return marks[0] ? markKey(marks[0]) : '';
  }

  /** Whatever mark gets focus (by click or script) becomes the track's tab stop. */
  private onTrackFocusin = (event: FocusEvent) => {
    // Only keyboard focus lets a plain wheel zoom: a click must not trap the page's scrolling.
    this.engaged = (event.target as Element).matches(':focus-visible');
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    if (key && key !== this.focusKey) {
      this.focusKey = key;
      this.requestUpdate();
    }
  };

  private screenX(mark: LaneMark): number {
    const centre = (mark.from + mark.to) / 2;
    return this.timeRunsRtl ? this.resize.width - centre : centre;
  }

  // ---- derived values ---------------------------------------------------------------------

  private get displayLang(): string {
    return this.locale.lang;
  }

  private get messages(): Messages {
    return messagesFor(this.displayLang);
  }

  private get timeRunsRtl(): boolean {
    if (this.timeDirection === 'ltr' || this.timeDirection === 'rtl') return this.timeDirection === 'rtl';
    return this.locale.dir === 'rtl';
  }

  private get visibleCategories() {
    return (this._timeline?.categories ?? []).filter((c) => !this._hidden.has(c.id));
  }

  private get eraRowCount(): number {
    return this.eraRows.length ? Math.max(...this.eraRows) + 1 : 0;
  }

  private get trackHeight(): number {
    return this.eraRowCount * ERA_ROW_HEIGHT + Math.max(1, this.visibleCategories.length) * LANE_HEIGHT + AXIS_HEIGHT;
  }

  private formatRange(event: TimelineEvent): string {
    return formatEventRange(event.start, event.end, this.displayLang, { digits: this.digits ?? 'auto' });
  }

  private number(value: number): string {
    return formatNumber(value, this.displayLang, this.digits ?? 'auto');
  }

  /** A cluster's count, short enough for its badge: 1.2K rather than 1,234. */
  private count(value: number): string {
    return formatNumber(value, this.displayLang, this.digits ?? 'auto', value >= 1000);
  }

  /** Reads the inherited font once per render; label widths are cached until it changes. */
  private prepareMeasure(): void {
    const font = `${LABEL_FONT_PX}px ${getComputedStyle(this).fontFamily || 'sans-serif'}`;
    if (font === this.measureFont) return;
    this.measureFont = font;
    this.measureCache.clear();
    this.measureContext ??= document.createElement('canvas').getContext('2d');
    if (this.measureContext) this.measureContext.font = font;
  }

  private measure = (text: string): number => {
    let width = this.measureCache.get(text);
    if (width === undefined) {
      width = this.measureContext ? this.measureContext.measureText(text).width : text.length * LABEL_FONT_PX * 0.6;
      this.measureCache.set(text, width);
    }
    return width;
  };

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const m = this.messages;
    const dir = this.locale.dir;
    const lang = this.displayLang;
    const timeline = this._timeline;
    return html`<div class="root" dir=${dir} lang=${lang} data-digits=${resolveDigits(lang, this.digits)} @keydown=${this.onRootKeydown}>
      ${this._issues.length ? this.renderErrors(m) : nothing}
      ${this._status === 'loading' ? html`<p class="status" role="status">${m.loading}</p>` : nothing}
      ${timeline
        ? html`
            <div class="toolbar" part="toolbar">
              <div class="zoom" part="zoom" role="group" aria-label=${m.zoomControls}>
                <button type="button" class="list-toggle" aria-pressed=${String(this._listView)} @click=${() => (this._listView = !this._listView)}>
                  ${m.listView}
                </button>
                <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} ?disabled=${this._listView} @click=${() => this.zoomOut()}>−</button>
                <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} ?disabled=${this._listView} @click=${() => this.zoomIn()}>+</button>
                <button type="button" ?disabled=${this._listView} @click=${() => this.fit()}>${m.fit}</button>
                <button type="button" class="help-toggle" aria-label=${m.help} title=${m.help} aria-expanded=${String(this._help)}
                  aria-controls="help" @click=${() => (this._help = !this._help)}>?</button>
              </div>
              ${this.renderLegend(m)}
            </div>
            ${this._help ? this.renderHelp(m) : nothing}
            ${this._listView || this._printing ? this.renderList(timeline, m) : nothing}
            ${this._listView ? nothing : this.renderTrack(timeline, m)}
            ${this._listView ? nothing : this.renderCard(m)}
            ${timeline.events.length === 0 ? html`<p class="status">${m.noEvents}</p>` : nothing}
          `
        : nothing}
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  /** Escape anywhere in the element closes the card (or the help) and puts focus back. */
  private onRootKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (this._help) {
      this._help = false;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.help-toggle')?.focus());
      event.preventDefault();
    } else if (this.closeCard()) event.preventDefault();
  };

  private renderHelp(m: Messages): TemplateResult {
    return html`<section id="help" class="help" part="help" aria-labelledby="help-title">
      <h2 id="help-title">${m.shortcuts}</h2>
      <dl>
        ${m.shortcutList.map(
          ([keys, action]) => html`<div>
            <dt>${keys.map((k, i) => html`${i ? ' ' : ''}<kbd>${k}</kbd>`)}</dt>
            <dd>${action}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }

  private renderErrors(m: Messages): TemplateResult {
    const issues = this._issues;
    return html`<div part="error" role="alert">
      <p>${m.errorHeading(this.number(issues.length), issues.length)}</p>
      <ul>
        ${issues.slice(0, 200).map((issue) => html`<li><bdi dir="ltr" lang="en"><code>${issue.path}</code>: ${issue.message}</bdi></li>`)}
      </ul>
    </div>`;
  }

  private renderLegend(m: Messages): TemplateResult {
    const categories = this._timeline?.categories ?? [];
    return html`<div class="legend" part="legend" role="group" aria-label=${m.categories}>
      ${categories.map((category) => {
        const shown = !this._hidden.has(category.id);
        const label = localize(category.label, this.displayLang);
        return html`<button
          type="button"
          data-category=${category.id}
          aria-pressed=${String(shown)}
          title=${m.showCategory(label)}
          @click=${() => this.toggleCategory(category.id)}
        >
          <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="6" fill=${category.color}></circle></svg>
          <bdi>${label}</bdi>
        </button>`;
      })}
    </div>`;
  }

  private toggleCategory(id: string): void {
    const hidden = new Set(this._hidden);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    this._hidden = hidden;
    // Hiding the open event's category closes its card.
    const selected = this.selected ? this.index.get(this.selected) : undefined;
    if (selected && hidden.has(selected.category)) this.select(null);
  }

  private renderTrack(timeline: Timeline, m: Messages): TemplateResult {
    const width = this.resize.width;
    const lang = this.displayLang;
    const rtl = this.timeRunsRtl;
    const height = this.trackHeight;
    if (width <= 0) return html`<div class="track" part="track"></div>`;
    const [from, to] = this.zoom.view;
    const position = timeScale([from, to], [0, width]);
    const x = (p: number) => (rtl ? width - p : p);
    const categories = this.visibleCategories;
    const lanes = new Map(categories.map((c, i) => [c.id, i]));
    const colors = new Map(timeline.categories.map((c) => [c.id, c.color]));
    const eraTop = 0;
    const lanesTop = this.eraRowCount * ERA_ROW_HEIGHT;
    const axisY = lanesTop + categories.length * LANE_HEIGHT;
    const visible = this.index.query(from, to);
    this.prepareMeasure();
    const layout = layoutLanes({
      events: visible,
      lanes,
      position,
      width,
      title: (event) => localize(event.title, lang),
      measure: this.measure,
      markRadius: MARK_RADIUS,
      maxLabelWidth: Math.min(220, width * 0.45),
      laneNames: new Map(categories.map((c, i) => [i, this.measure(localize(c.label, lang)) + 4])),
      // Counts are drawn at 10 px bold, about as wide as 11 px regular text.
      countWidth: (n) => (this.measure(this.count(n)) * 11) / LABEL_FONT_PX,
    });
    this.marks = layout.marks;
    const ticks = computeTicks(from, to, width, lang, this.digits ?? 'auto', lang.startsWith('ar') ? 100 : 90);
    const eraRows = this.eraRows;
    this.focusKey = this.resolveFocus();
    const total = this.number(this.shownEvents.length);
    const name = localize(timeline.title, lang);
    return html`<div class="track" part="track" role="region" aria-label=${name ? m.trackLabel(name) : m.timelineLabel}
        aria-describedby="track-help">
      <p id="track-help" class="sr-only">${m.trackDescription}</p>
      <svg
        class="timeline"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role="group"
        tabindex=${this.marks.length ? nothing : '0'}
        aria-label=${this.marks.length ? nothing : m.noEventsInView}
        @keydown=${(e: KeyboardEvent) => this.onTrackKeydown(e)}
        @focusin=${this.onTrackFocusin}
        @focusout=${() => (this.engaged = false)}
      >
        <g class="eras" aria-hidden="true">
          ${timeline.eras.map((era, i) => {
            const p0 = Math.max(0, position(era.start.time));
            const p1 = Math.min(width, Number.isFinite(era.until) ? position(era.until) : width);
            if (p1 <= 0 || p0 >= width || p1 - p0 < 1) return nothing;
            const label = fitText(localize(era.label, lang), p1 - p0 - 8, this.measure);
            const left = Math.min(x(p0), x(p1));
            const y = eraTop + eraRows[i] * ERA_ROW_HEIGHT;
            return svg`<g class="era">
              <rect class="era-band" x=${left} y=${lanesTop} width=${p1 - p0} height=${axisY - lanesTop}></rect>
              <rect class="era-strip" x=${left} y=${y + 1} width=${p1 - p0} height=${ERA_ROW_HEIGHT - 3} rx="3"></rect>
              <text x=${rtl ? x(p0) - 4 : x(p0) + 4} y=${y + 12} text-anchor="start" direction=${rtl ? 'rtl' : 'ltr'}>${label}</text>
            </g>`;
          })}
        </g>
        <g class="grid" aria-hidden="true">
          ${ticks.map((tick) => svg`<line x1=${x(position(tick.time))} x2=${x(position(tick.time))} y1=${lanesTop} y2=${axisY}></line>`)}
        </g>
        <g class="lanes" aria-hidden="true">
          ${categories.map((category, i) => {
            const y = lanesTop + i * LANE_HEIGHT;
            const at = layout.laneNames.get(i);
            return svg`<g class="lane">
              <line class="lane-line" x1="0" x2=${width} y1=${y + LANE_MARK_Y} y2=${y + LANE_MARK_Y}></line>
              ${at === undefined
                ? nothing
                : svg`<text class="lane-label" x=${x(at)} y=${y + 12} text-anchor="start" direction=${rtl ? 'rtl' : 'ltr'}>${localize(category.label, lang)}</text>`}
            </g>`;
          })}
        </g>
        <g class="axis" aria-hidden="true">
          <line class="axis-line" x1="0" x2=${width} y1=${axisY} y2=${axisY}></line>
          ${ticks.map((tick) => {
            const tx = x(position(tick.time));
            return svg`<g class="tick" transform="translate(${tx},${axisY})">
              <line y2="5"></line>
              <text y="18" text-anchor="middle">${tick.label}</text>
            </g>`;
          })}
        </g>
        <g class="marks">
          ${repeat(this.barsFirst(), markKey, (mark) => this.renderMark(mark, lanesTop, x, colors, total, m))}
        </g>
        <g class="labels" aria-hidden="true">
          ${repeat(this.marks, markKey, (mark) => this.renderLabel(mark, lanesTop, x, colors))}
        </g>
      </svg>
    </div>`;
  }

  private renderMark(
    mark: LaneMark,
    lanesTop: number,
    x: (p: number) => number,
    colors: Map<string, string>,
    total: string,
    m: Messages,
  ): TemplateResult {
    const lang = this.displayLang;
    const y = lanesTop + mark.lane * LANE_HEIGHT + LANE_MARK_Y;
    const key = markKey(mark);
    const color = colors.get(mark.lead.category) ?? DEFAULT_COLORS[7];
    const left = Math.min(x(mark.from), x(mark.to));
    const right = Math.max(x(mark.from), x(mark.to));
    const centre = (left + right) / 2;
    const tabindex = key === this.focusKey ? '0' : '-1';
    const onClick = () => this.onMarkActivate(mark);
    if (mark.events.length > 1) {
      const n = mark.events.length;
      const first = mark.events[0];
      const last = mark.events[n - 1];
      const dates = formatEventRange(first.start, last.end ?? last.start, this.displayLang, { digits: this.digits ?? 'auto' });
      const name = m.clusterName(this.number(n), n, dates);
      const w = right - left;
      const holdsSelected = mark.events.some((e) => e.id === this.selected);
      return svg`<g class="mark cluster" data-key=${key} role="button" tabindex=${tabindex} aria-label=${name}
        aria-current=${holdsSelected ? 'true' : 'false'} @click=${onClick}>
        <rect class="ring" x=${centre - w / 2 - 3} y=${y - 12} width=${w + 6} height="24" rx="12"></rect>
        <rect class="shape" x=${centre - w / 2} y=${y - 9} width=${w} height="18" rx="9" fill=${color}></rect>
        ${n <= MAX_CLUSTER_MEMBERS
          ? mark.events.map((event) => svg`<g data-event-id=${event.id} data-clustered="" aria-hidden="true"></g>`)
          : nothing}
      </g>`;
    }
    const event = mark.lead;
    const category = this._timeline?.categories.find((c) => c.id === event.category);
    const name = m.markName(
      localize(event.title, lang),
      this.formatRange(event),
      category ? localize(category.label, lang) : '',
    );
    const position = m.position(this.number(this.shownPlace(event) + 1), total);
    const shape = mark.isRange
      ? svg`<rect class="ring" x=${left - 3} y=${y - 8} width=${right - left + 6} height="16" rx="8"></rect>
            <rect class="shape" x=${left} y=${y - 5} width=${right - left} height="10" rx="5" fill=${color}></rect>`
      : svg`<circle class="ring" cx=${centre} cy=${y} r=${MARK_RADIUS + 4}></circle>
            <circle class="shape" cx=${centre} cy=${y} r=${MARK_RADIUS} fill=${color}></circle>`;
    return svg`<g class="mark" data-key=${key} data-event-id=${event.id} data-importance=${event.importance}
        role="button" tabindex=${tabindex} aria-label=${name} aria-description=${position}
        aria-current=${this.selected === event.id ? 'true' : 'false'} @click=${onClick}>
      ${shape}
    </g>`;
  }

  /**
   * A mark's visible text (its label and a cluster's count), drawn apart from the focusable mark:
   * the mark's accessible name already says all of it, in full, where the label may be shortened.
   */
  private renderLabel(mark: LaneMark, lanesTop: number, x: (p: number) => number, colors: Map<string, string>) {
    const y = lanesTop + mark.lane * LANE_HEIGHT + LANE_MARK_Y;
    const centre = (x(mark.from) + x(mark.to)) / 2;
    const color = colors.get(mark.lead.category) ?? DEFAULT_COLORS[7];
    return svg`<g class="mark-text" data-for=${markKey(mark)}>
      ${mark.events.length > 1
        ? svg`<text class="count" x=${centre} y=${y + 3.5} text-anchor="middle" fill=${textColorOn(color)}>${this.count(mark.events.length)}</text>`
        : nothing}
      ${mark.label
        ? svg`<text class="label" x=${(x(mark.label.from) + x(mark.label.to)) / 2} y=${y + LABEL_BASELINE[mark.label.row]} text-anchor="middle"
            @click=${() => this.onMarkActivate(mark)}>${mark.label.text}</text>`
        : nothing}
    </g>`;
  }

  private renderCard(m: Messages): TemplateResult | typeof nothing {
    const id = this.selected;
    const position = id ? this.index.indexOf(id) : -1;
    if (position < 0) return nothing;
    const event = this.index.events[position];
    const lang = this.displayLang;
    const category = this._timeline?.categories.find((c) => c.id === event.category);
    const media = event.media;
    // Text that fell back to another language is marked as such, for screen readers' voices.
    const title = pickText(event.title, lang);
    const summary = pickText(event.summary, lang);
    // Disabled buttons would drop focus to the page: these say so with aria-disabled instead.
    const shown = this.shownEvents;
    const place = this.shownPlace(event);
    return html`<section class="card" part="card" aria-labelledby="card-title" data-event-id-card=${event.id}>
      <div class="card-head">
        <div>
          <p class="meta">
            <time datetime=${event.start.iso}>${this.formatRange(event)}</time>
            ${category ? html` · <bdi>${localize(category.label, lang)}</bdi>` : nothing}
          </p>
          <h2 id="card-title" dir="auto" lang=${title.lang ?? nothing}>${title.text}</h2>
        </div>
        <button type="button" aria-label=${m.close} title=${m.close} @click=${() => this.closeCard()}>×</button>
      </div>
      ${summary.text ? html`<p class="summary" dir="auto" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
      ${media
        ? html`<figure>
            <img src=${media.src} alt=${localize(media.alt, lang)} loading="lazy" referrerpolicy="no-referrer" />
            ${media.credit ? html`<figcaption dir="auto">${localize(media.credit, lang)}</figcaption>` : nothing}
          </figure>`
        : nothing}
      ${event.sources.length
        ? html`<h3>${m.sources}</h3>
            <ol>
              ${event.sources.map(
                (source) => html`<li>
                  <a href=${source.url} target="_blank" rel="noopener"><bdi>${localize(source.title, lang)}</bdi><span class="sr-only">
                      ${m.opensInNewTab}</span></a>${source.publisher
                    ? html` <span class="publisher">— <bdi>${localize(source.publisher, lang)}</bdi></span>`
                    : nothing}
                </li>`,
              )}
            </ol>`
        : nothing}
      <div class="card-nav">
        <button type="button" aria-disabled=${String(place <= 0)} @click=${() => this.previous()}>${m.previous}</button>
        <span class="meta">${m.position(this.number(place + 1), this.number(shown.length))}</span>
        <button type="button" aria-disabled=${String(place >= shown.length - 1)} @click=${() => this.next()}>${m.next}</button>
      </div>
    </section>`;
  }

  /** Closes the card and returns focus to the event's mark. Returns false when none was open. */
  private closeCard(): boolean {
    const id = this.selected;
    if (!id) return false;
    this.select(null);
    const event = this.index.get(id);
    if (event) this.zoom.reveal(event.start.time, false);
    this.focusKey = id;
    this.pendingFocus = true;
    return true;
  }

  private renderList(timeline: Timeline, m: Messages): TemplateResult {
    const lang = this.displayLang;
    return html`<ol class="list" part="list" aria-label=${localize(timeline.title, lang) || m.timelineLabel}>
      ${timeline.events
        .filter((event) => !this._hidden.has(event.category))
        .map(
          (event) => {
            const title = pickText(event.title, lang);
            const summary = pickText(event.summary, lang);
            return html`<li data-list-id=${event.id}>
            <h3 dir="auto" lang=${title.lang ?? nothing}>${title.text}</h3>
            <time datetime=${event.start.iso}>${this.formatRange(event)}</time>
            ${summary.text ? html`<p dir="auto" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
            ${event.sources.length
              ? html`<ul class="sources">
                  ${event.sources.map(
                    (source) => html`<li><a href=${source.url} target="_blank" rel="noopener"><bdi>${localize(source.title, lang)}</bdi></a></li>`,
                  )}
                </ul>`
              : nothing}
          </li>`;
          },
        )}
    </ol>`;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A range boundary as epoch ms; an inclusive ISO end covers its whole day, month or year. */
function toTime(value: string | Date | number, isEnd: boolean): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const date = parseEventDate(value);
  if (!date) return null;
  return isEnd ? periodEnd(date) : date.time;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'nt-load': CustomEvent<NtLoadDetail>;
    'nt-error': CustomEvent<NtErrorDetail>;
    'nt-select': CustomEvent<NtSelectDetail>;
    'nt-range-change': CustomEvent<NtRangeChangeDetail>;
  }
}

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);
