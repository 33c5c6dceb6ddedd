import { html, nothing, type TemplateResult } from 'lit';
import type { TrackScene } from '../../../core/scene.js';
import type { ShownEvents } from '../../../core/timeline-index.js';
import type { Timeline, TimelineEvent } from '../../../core/types.js';
import type { StoryView } from '../story-view.js';
import type { VerticalInput } from '../vertical-view.js';
import type { MotionPlan } from '../../../controllers/motion-controller.js';
import { renderCard, type CardActions } from './card.js';
import { showsTrack, type ShownView } from './choose-view.js';
import type { ViewContext } from './context.js';
import { renderFind, type FindActions } from './find.js';
import { renderList } from './list.js';
import { renderToolbar, type ToolbarActions } from './toolbar.js';
import { renderTrack, type TrackActions } from './track.js';

/** Everything one render of a loaded timeline shows, as the element worked it out. */
export interface TimelinePage {
  timeline: Timeline;
  view: ShownView;
  shown: ShownEvents;
  hidden: ReadonlySet<string>;
  helpShown: boolean;
  /** Whether the folded tools are open (narrow widths only fold them). */
  toolsShown: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** The help panel's view, once loaded (it loads the first time the panel is opened). */
  help?: (ctx: ViewContext) => TemplateResult;
  scene: TrackScene | null;
  /** Whether the marks are painted on the canvas this frame, the scene the SVG marks and labels show, and the tab stop's mark. */
  marks: MotionPlan;
  selected: TimelineEvent | undefined;
  find: { query: string; matches: ReadonlySet<string> | null; at: number | null };
  /** The events the list shows, and how many of them to render (all of them are never needed at once). */
  list?: { events: readonly TimelineEvent[]; limit: number; more?: () => void };
  story?: StoryView;
  /** The vertical view, once loaded, with what it needs beyond the page: the order and the width. */
  vertical?: { render: (ctx: ViewContext, input: VerticalInput) => TemplateResult; newestFirst: boolean; width: number };
  /** The share control for an event, when links to events are on. */
  share(event: TimelineEvent | undefined): TemplateResult | undefined;
  /** Events an update added that the reader has not opened yet: marked New. */
  unseen: ReadonlySet<string>;
}

export interface TimelinePageActions extends ToolbarActions {
  card: CardActions;
  track: TrackActions;
  find: FindActions;
  download(): void;
  /** Opens the newest of the events an update added. */
  showNewest(): void;
}

/** The toolbar, then the view chosen: the list, the story, or the track with the selected event's card. */
export function renderTimelinePage(ctx: ViewContext, page: TimelinePage, act: TimelinePageActions): TemplateResult {
  const { timeline, view, shown, selected, find, unseen } = page;
  const title = ctx.text(timeline.title);
  const toolbar = {
    categories: timeline.categories,
    hidden: page.hidden,
    view,
    helpShown: page.helpShown,
    toolsShown: page.toolsShown,
    canZoomIn: page.canZoomIn,
    canZoomOut: page.canZoomOut,
    find: renderFind(ctx, { query: find.query, found: find.matches ? find.matches.size : null, total: shown.events.length, at: find.at }, act.find),
    download: !showsTrack(view) ? undefined : html`<button type="button" class="download" @click=${act.download}>${ctx.m.downloadImage}</button>`,
    newest: unseen.size ? html`<button type="button" class="show-newest" part="show-newest" @click=${act.showNewest}>${ctx.m.showNewest}</button>` : undefined,
  };
  return html`
    ${renderToolbar(ctx, toolbar, act)}
    ${page.helpShown && page.help ? page.help(ctx) : nothing}
    ${page.list ? renderList(ctx, title || ctx.m.timelineLabel, page.list.events, page.list.limit, page.list.more, unseen) : nothing}
    ${view === 'story' && page.story
      ? page.story(ctx, { title, description: ctx.text(timeline.description), events: shown.events, unseen }, page.share)
      : nothing}
    ${view === 'vertical' && page.vertical ? renderVertical(ctx, page, page.vertical) : nothing}
    ${showsTrack(view)
      ? html`<div class="reading ${selected && view === 'timeline' ? 'with-card' : ''}">
          ${renderTrack(ctx, page.scene, { title, selected: selected ?? null, shown, matches: find.matches, unseen, ...page.marks }, act.track)}
          ${selected && view === 'timeline'
            ? renderCard(ctx, selected, shown.placeOf(selected.id), shown.events.length, act.card, page.share(selected), unseen.has(selected.id))
            : nothing}
        </div>`
      : nothing}
    ${timeline.events.length === 0 ? html`<p class="status">${ctx.m.noEvents}</p>` : nothing}
  `;
}

/** The vertical view of the page's shown events, eras, selection and find's matches. */
function renderVertical(ctx: ViewContext, page: TimelinePage, { render, newestFirst, width }: NonNullable<TimelinePage['vertical']>): TemplateResult {
  const { timeline, shown, selected, find, unseen } = page;
  const input = { title: ctx.text(timeline.title), events: shown.events, eras: timeline.eras, selected: selected?.id ?? null, matches: find.matches, newestFirst, width, unseen };
  return render(ctx, { ...input, extra: page.share(selected) });
}
