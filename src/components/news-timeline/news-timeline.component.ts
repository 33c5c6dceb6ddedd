import type { LazyPart } from '../../controllers/lazy-part.js';
import { LiveState } from './live-state.js';
import { NewsTimelineProperties } from './news-timeline.properties.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { rangeBoundary, resolveDigits } from '../../core/dates.js';
import { readyLanguage, withOverrides } from '../../i18n/languages.js';
import type { TimelineUpdate } from '../../core/merge.js';
import type { TrackScene } from '../../core/scene.js';
import type { Category, Timeline, TimelineEvent } from '../../core/types.js';
import { DataController } from '../../controllers/data-controller.js';
import { nextTask } from '../../controllers/idle.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ListWindowController, PRINT_LIMIT } from '../../controllers/list-window-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { HashLinksController } from '../../controllers/hash-links-controller.js';
import { TextMeasureController } from '../../controllers/text-measure-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { MotionController, type MotionPlan } from '../../controllers/motion-controller.js';
import type { TimelinePicture } from '../../export/image.js';
import type { ReadResult } from '../../formats/index.js';
import { emit, reportProblems } from './events.js';
import { FindField } from './find-field.js';
import { lazyParts } from './parts.js';
import { Pictures } from './pictures.js';
import { TimelineStore, type Frame } from './timeline-store.js';
import { TrackInput } from './track-input.js';
import { styles } from './news-timeline.styles.js';
import type { StoryView } from './story-view.js';
import type { VerticalView } from './vertical-view.js';
import { readerStyles } from './reader.styles.js';
import { toolbarStyles } from './views/toolbar.styles.js';
import { selectionAnnouncement, viewContextFor, type ViewContext } from './views/context.js';
import { renderErrors, renderLanguageLoading, renderLoading } from './views/errors.js';
import { renderTimelinePage, type TimelinePage, type TimelinePageActions } from './views/timeline.js';
import { showsTrack } from './views/choose-view.js';
import { RovingGroupsController } from '../../controllers/roving-groups-controller.js';

export type { TimelineView } from './views/choose-view.js';

/** Before any data: one empty list, so the view context is made once, not per render. */
const NO_CATEGORIES: readonly Category[] = [];

/**
 * An interactive, accessible timeline of news events, in 26 languages (four of them right to left).
 *
 * @summary Zoomable D3 timeline of events in lanes by category, with a card for the selected event.
 *
 * @fires nt-load - The data was read: `detail: {count}` valid events.
 * @fires nt-error - The data had problems: `detail: {message, issues: [{path, message}]}`.
 * @fires nt-select - The selected event changed: `detail: {id}` (`null` when closed).
 * @fires nt-range-change - A zoom or pan settled: `detail: {start, end}` as `Date`s.
 * @fires nt-update - A refresh or a new `.data` changed the story: `detail: {added, changed, removed}`, arrays of ids.
 *
 * @attr lang - Display language; inherited from the nearest ancestor's `lang` when not set.
 * @attr dir - Text direction; inherited likewise, and `rtl` by default for Arabic, Hebrew, Persian and Urdu.
 * @attr max-size - The largest data file read, in megabytes (default 30): a larger `src` is refused with a message.
 */
export class NewsTimeline extends NewsTimelineProperties {
  static override styles = [styles, toolbarStyles, readerStyles];

  static override properties: PropertyDeclarations = {
    _help: { state: true },
    _tools: { state: true },
    _announcement: { state: true },
  };

  private _help = false;
  /** On narrow widths, whether the folded tools and legend are open. */
  private _tools = false;
  /** The help was just asked for: bring it into view once drawn (its code loads the first time). */
  private revealHelp = false;
  private _announcement = '';
  /** A large file was just indexed: its first draw runs in the next task (see scheduleUpdate). */
  private drawInNextTask = false;

  /** The track as computed for this render: the view draws it, the keyboard reads it. */
  private scene: TrackScene | null = null;
  /** How this render draws the marks: as SVG, or on the canvas while the view moves. */
  private marks: MotionPlan = { canvas: false, marks: null, focusKey: '' };
  private readonly source = new DataController(this, { onRead: (result, update, large) => this.onRead(result, update, large), onKept: (issues) => reportProblems(this, issues) });
  private readonly locale = new LocaleController(this);
  private readonly resize = new ResizeController(this);
  private readonly measurer = new TextMeasureController(this);
  private readonly roving = new RovingFocusController(this);
  private readonly printer = new PrintController(this, () => this.performUpdate());
  private readonly listWindow = new ListWindowController(this);
  private readonly zoom = new ZoomController(this, {
    onChange: () => this.requestUpdate(),
    onSettle: (from, to) => emit(this, 'nt-range-change', { start: new Date(from), end: new Date(to) }),
    onMotionEnd: () => this.requestUpdate(),
    wheelZooms: () => this.roving.engaged,
  });
  /** The loaded timeline with the categories hidden, the open event and the view window: changed only through its operations. */
  private readonly store = new TimelineStore(this, this.zoom, this.roving, this.resize, {
    // Data set or loading but not read yet (`el.data = …; el.select(…)`): an id selected now waits for it.
    waitingForData: () => !this.timeline || this.isUpdatePending || this.source.status === 'loading',
    changed: (event) => this.selectionChanged(event),
  });
  private readonly trackInput = new TrackInput(this.store, this.zoom, this.roving, () => this.scene, () => this.revealCard());
  private readonly links = new HashLinksController(this, this.store, () => this.hashLinks);
  private readonly pictures = new Pictures(this, () => this.pictureInput());
  /** The help, share control, story and vertical views, each loaded the first time it is needed. */
  private readonly parts = lazyParts(this as this & { renderRoot: ShadowRoot }, this.store, {
    hasTitleCard: () => Boolean(this.viewContext.text(this.timeline?.title)),
    dir: () => this.locale.dir,
    rendered: () => this.updateComplete,
  });
  private readonly motion = new MotionController(this, {
    moving: () => this.zoom.moving,
    canvas: () => this.renderRoot.querySelector('canvas.motion'),
    scene: () => this.scene,
    selected: () => this.store.selectedEvent ?? null,
    dimming: () => this.finder.matches !== null,
  });
  private readonly finder = new FindField(this, this.store, {
    text: (event) => `${this.viewContext.text(event.title)} ${this.viewContext.text(event.summary)}`,
    lang: () => this.locale.lang,
  });
  private readonly live = new LiveState(this, this.store, this.zoom, this.source, (text) => this.say(text));

  constructor() {
    super();
    // The toolbar and the legend: one tab stop each, arrow keys inside.
    new RovingGroupsController(this);
  }

  // ---- public API -------------------------------------------------------------------------

  /** The validated timeline currently shown, or null. */
  get timeline(): Timeline | null {
    return this.store.timeline;
  }

  /**
   * Selects an event by id (opens its card and brings it into view). Returns false for an id the
   * data does not have; before the data is read, the id waits for it (and is dropped if unknown).
   */
  select(id: string | null): boolean {
    return this.store.select(id);
  }

  /** Selects the next event in time (the first when none is selected). */
  next(): boolean {
    return this.store.step(1);
  }

  /** Selects the previous event in time (the last when none is selected). */
  previous(): boolean {
    return this.store.step(-1);
  }

  /** Shows a window of time: ISO dates, `Date`s or epoch milliseconds; the end is inclusive. */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    this.live.moved();
    const from = rangeBoundary(start, false);
    const to = rangeBoundary(end, true);
    if (from !== null && to !== null && to > from) this.store.zoomTo(from, to);
  }

  /** Zooms in around the middle of the view. */
  zoomIn(): void {
    this.live.moved();
    this.zoom.zoomBy(2);
  }

  /** Zooms out around the middle of the view. */
  zoomOut(): void {
    this.live.moved();
    this.zoom.zoomBy(0.5);
  }

  /** Shows every event. */
  fit(): void {
    this.live.moved();
    this.zoom.show(this.zoom.full[0], this.zoom.full[1]);
  }

  /**
   * The current view of the track as a picture to share: a standalone SVG (styles written in, the
   * page's font named with fallbacks, the title and a credit line naming the sources' publishers),
   * or a PNG at twice the device's pixel ratio. Drawn from the track's scene, not from the page.
   */
  exportImage(type: 'svg' | 'png' = 'png'): Promise<Blob> {
    return this.pictures.export(type);
  }

  /** Checks `src` for a new version now (with or without `refresh`); resolves once it is shown. */
  async reload(): Promise<void> {
    await (await this.live.updates()).check();
    while (this.isUpdatePending) await this.updateComplete;
  }

  // ---- data in ------------------------------------------------------------------------------

  /** A large file's first draw runs in a task of its own, after the one that indexed it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.drawInNextTask) return super.scheduleUpdate();
    this.drawInNextTask = false;
    return nextTask().then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale.refresh();
    if (this.hashLinks || this.shareUrl) this.parts.share.get();
    if (this.refresh) this.live.start();
    this.source.configure(this.format, this.timeout, this.maxSize);
    if (!this.hasUpdated && this.src === undefined && this.data === undefined) this.source.readChildren();
    if (changed.has('src')) {
      if (this.src) void this.source.load(this.src);
      else this.source.cancel();
    }
    if (changed.has('data') && this.data !== undefined) this.source.set(this.data);
    // While a new src loads, the selection waits for that data (onRead resolves it).
    if (changed.has('selected') && this.timeline && this.source.status !== 'loading') this.store.sync();
    if ((changed.has('start') || changed.has('end')) && this.timeline && !changed.has('data')) this.store.showFirstWindow(this.start, this.end, this.openAt);
    this.scene = this.buildScene();
    this.marks = this.motion.plan(this.scene, this.roving.key);
    if (this.marks.marks) this.roving.drawn = this.marks.marks.marks;
  }

  protected override updated(): void {
    const track = this.renderRoot.querySelector<SVGSVGElement>('svg.timeline');
    if (track) this.zoom.attach(track, this.store.model.trackHeight);
    const help = this.revealHelp ? this.renderRoot.querySelector('#help') : null;
    if (help) {
      this.revealHelp = false;
      help.scrollIntoView({ block: 'nearest' });
    }
  }

  /** New data (or only problems): index it once, then show it; a new version of the story shown merges into it. */
  private onRead({ timeline, issues }: ReadResult, update?: TimelineUpdate, large = false): void {
    // Problems first, as on a first load: a page listing them has them when nt-load comes.
    if (issues.length) reportProblems(this, issues);
    if (timeline && update) return this.live.merge(timeline, update, this.frame, this.viewContext);
    this.store.load(timeline, this.frame);
    if (!timeline) return;
    if (large) {
      // A large file is indexed in this task, its lanes too when the track shows; it is drawn in the next.
      if (showsTrack(this.store.view)) this.store.model.index.buildLanes();
      this.drawInNextTask = true;
    }
    this.store.showFirstWindow(this.start, this.end, this.openAt);
    emit(this, 'nt-load', { count: timeline.events.length });
    // A link to an event wins; then `selected`; then where a developing story opens.
    if (!this.links.loaded() && !this.selected) this.selected = this.store.model.opening(this.openAt)?.id ?? null;
    this.store.sync();
    this.live.loaded();
  }

  /** Says a line politely; the same line as last time is cleared first, or it would not be said again. */
  private say(text: string): void {
    if (text !== this._announcement) {
      this._announcement = text;
      return;
    }
    this._announcement = '';
    void this.updateComplete.then(() => (this._announcement = text));
  }

  /** The open event really changed: fire nt-select, update the address, and say the title and date. */
  private selectionChanged(event: TimelineEvent | null): void {
    const id = event?.id ?? null;
    this.live.seen(id);
    // Nothing is said while the reader's language loads.
    this._announcement = this.locale.shown ? selectionAnnouncement(this.viewContext, event, this.store.view === 'story' ? this.timeline?.title : undefined) : '';
    emit(this, 'nt-select', { id: event?.id ?? null });
    this.links.selected(event?.id ?? null);
  }

  /** The frame the view window lives in. */
  private get frame(): Frame {
    return { width: this.resize.width, rtl: this.timeRunsRtl, today: this.todayLine };
  }

  private buildScene(): TrackScene | null {
    const timeline = this.timeline;
    const width = this.resize.width;
    if (!timeline || width <= 0) return null;
    this.store.setFrame(this.frame);
    if (!showsTrack(this.store.view)) return null;
    const scene = this.trackScene(width, this.motion.willPaint());
    this.roving.resolve(scene.marks, this.selected ?? null, (id) => this.store.event(id));
    return scene;
  }

  /** The track's scene for the visible window at a width; one in motion labels only texts measured before. */
  private trackScene(width: number, moving = false): TrackScene {
    this.measurer.refresh(moving);
    const ctx = this.viewContext;
    const today = this.todayLine ? { time: Date.now(), label: ctx.m.today } : undefined;
    const { lang, digits, text, compactNumber: formatCount } = ctx;
    const { measure, affordable } = this.measurer;
    return this.store.model.scene({ view: this.zoom.view, width, rtl: this.timeRunsRtl, lang, digits, text, measure, affordable, formatCount, today });
  }

  /** What a picture of the track is made from (the scene is built when no track is on screen). */
  private pictureInput(): TimelinePicture {
    const timeline = this.timeline;
    if (!timeline) throw new Error('news-timeline: there is no timeline to export yet');
    const scene = this.scene ?? this.trackScene(this.resize.width || 800);
    return { scene, ctx: this.viewContext, title: timeline.title, selected: this.store.selectedEvent ?? null, measure: this.measurer.measure };
  }

  /** Escape anywhere in the element closes the help, else the card, and puts focus back. */
  private onRootKeydown = (event: KeyboardEvent) => {
    this.live.moved();
    if (event.key !== 'Escape') return;
    if (this._help) {
      this._help = false;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.help-toggle')?.focus());
      event.preventDefault();
    } else if (this.store.closeCard()) event.preventDefault();
  };

  /** The code of the view on screen, when it comes in a chunk of its own. */
  private get viewPart(): LazyPart<StoryView> | LazyPart<VerticalView> | undefined {
    const view = this.store.view;
    return view === 'story' ? this.parts.story : view === 'vertical' ? this.parts.vertical : undefined;
  }

  /** Whether a chunk this page asked for did not arrive (a self-hosted copy missing a file, say). */
  private get partFailed(): boolean {
    const { story, vertical, help, share } = this.parts;
    return story.failed || vertical.failed || help.failed || share.failed || this.finder.searching.failed || this.pictures.failed;
  }

  private get timeRunsRtl(): boolean {
    if (this.timeDirection === 'ltr' || this.timeDirection === 'rtl') return this.timeDirection === 'rtl';
    return this.locale.dir === 'rtl';
  }

  /** The language, direction, digits and formatters the views speak with. */
  private get viewContext(): ViewContext {
    // Before any language is shown, English stands in (only for work nothing shows: the page waits for it).
    const { lang, language } = this.locale.shown ?? { lang: this.locale.lang, language: readyLanguage('en')! };
    const settings = { lang, dir: this.locale.dir, digits: this.digits ?? 'auto', language, messages: withOverrides(language.messages, this.messages) };
    return viewContextFor(settings, this.timeline?.categories ?? NO_CATEGORIES);
  }

  /** Also waits for the interface language: once it resolves, the element shows its own language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.locale.waiting) {
      await this.locale.ready();
      if (this.locale.waiting && !this.isUpdatePending) this.requestUpdate();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ctx = this.viewContext;
    const { lang, dir } = ctx;
    const timeline = this.timeline;
    const issues = this.source.issues;
    // The view's code loads beside the data, and the page waits for both: no part appears above another and pushes it.
    const part = this.viewPart;
    const waiting = part !== undefined && !part.get() && !part.failed;
    // Until the reader's language is there, the loading state and nothing else: no English first.
    if (!this.locale.shown) return html`<div class="root" dir=${dir} lang=${lang}>${renderLanguageLoading()}</div>`;
    return html`<div class="root" dir=${dir} lang=${lang} data-digits=${resolveDigits(lang, this.digits)} @keydown=${this.onRootKeydown} @pointerdown=${this.live.moved}>
      ${issues.length ? renderErrors(ctx, issues, { failure: this.source.failure, refused: this.source.refused, retry: this.source.canRetry ? () => this.source.retry() : undefined }) : nothing}
      ${this.partFailed ? html`<p class="status part-failed" role="status">${ctx.m.partFailed}</p>` : nothing}
      ${this.source.status === 'loading' || (timeline && waiting) ? renderLoading(ctx, this.source.progress) : nothing}
      ${timeline && !waiting ? renderTimelinePage(ctx, this.page(ctx, timeline), this.pageActions) : nothing}
      ${timeline && this.live.refresher?.failing ? html`<p class="update-status" part="update-status">${ctx.m.updateFailed}</p>` : nothing}
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  /** An event opened on the track: on a desk its card would open below the fold, so the track and card come into view. */
  private revealCard(): void {
    void this.updateComplete.then(() => {
      const card = this.renderRoot.querySelector('[part="card"]');
      if (card && card.getBoundingClientRect().top > innerHeight - 160) this.renderRoot.querySelector('[part="track"]')?.scrollIntoView({ block: 'start' });
    });
  }

  /** Opens or closes the help, brought into view where it was asked for (its code loads the first time). */
  private toggleHelp(): void {
    this._help = !this._help;
    this.revealHelp = this._help;
  }

  /** The share control for an event, when links to events are on (`hash-links` or `share-url`). */
  private shareControl(ctx: ViewContext, event: TimelineEvent | undefined): TemplateResult | undefined {
    if (!event || !(this.hashLinks || this.shareUrl)) return undefined;
    return this.parts.share.get()?.(ctx, event, this.shareUrl);
  }

  /** The vertical view, once loaded, with the order and the width. */
  private verticalPart(): TimelinePage['vertical'] {
    const render = this.parts.vertical.get();
    return render && { render, newestFirst: this.order === 'newest', width: this.resize.width };
  }

  /** What this render of a loaded timeline shows (the view itself is in views/timeline.ts). */
  private page(ctx: ViewContext, timeline: Timeline): TimelinePage {
    const view = this.store.view;
    const shown = this.store.shown;
    const matches = this.finder.matches;
    const printing = this.printer.printing;
    // The list shows only what the find field matches (the track dims the rest). Print takes a
    // fixed share of a long list, with a note; on screen the list grows as the reader scrolls.
    const listed = view === 'list' || printing ? this.finder.filter(shown.events) : undefined;
    return {
      timeline,
      view,
      shown,
      hidden: this.store.model.hidden,
      helpShown: this._help,
      toolsShown: this._tools,
      canZoomIn: this.zoom.canZoomIn,
      canZoomOut: this.zoom.canZoomOut,
      help: this._help ? this.parts.help.get() : undefined,
      scene: this.scene,
      marks: this.marks,
      selected: this.store.selectedEvent,
      find: { query: this.finder.query, matches, at: this.finder.at },
      list: listed && (printing ? { events: listed, limit: Math.min(listed.length, PRINT_LIMIT) } : { events: listed, limit: this.listWindow.limit(listed), more: this.listWindow.more }),
      story: view === 'story' ? this.parts.story.get() : undefined,
      vertical: view === 'vertical' ? this.verticalPart() : undefined,
      share: (event) => this.shareControl(ctx, event),
      unseen: this.live.unseen,
    };
  }

  private readonly pageActions: TimelinePageActions = {
    chooseView: (view) => this.store.chooseView(view),
    zoomIn: () => this.zoomIn(),
    zoomOut: () => this.zoomOut(),
    fit: () => this.fit(),
    toggleHelp: () => this.toggleHelp(),
    toggleTools: () => (this._tools = !this._tools),
    toggleCategory: (id) => this.store.toggleCategory(id),
    card: { close: this.store.closeCard, previous: () => this.previous(), next: () => this.next() },
    track: { keydown: this.trackInput.keydown, focusin: this.roving.focusin, focusout: this.roving.focusout, activate: this.trackInput.activate },
    find: this.finder,
    download: this.pictures.download,
    showNewest: () => {
      const event = this.live.newest();
      if (event) this.finder.open(event.id);
    },
  };
}
