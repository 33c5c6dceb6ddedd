import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ERA_ROW_HEIGHT, holds, MARK_RADIUS, type SceneMark, type TrackScene } from '../../../core/scene.js';
import { barPieces, SOFT_FILL_OPACITY, SOFT_STROKE_WIDTH } from '../../../core/bar-pieces.js';
import type { TimelineEvent } from '../../../core/types.js';
import type { ShownEvents } from '../../../core/timeline-index.js';
import type { ViewContext } from './context.js';

/**
 * A cluster holds an empty, hidden `data-event-id` node per event so that page scripts (and
 * tests) can find every event in view; past this many, it holds none, to keep the DOM small.
 */
const MAX_CLUSTER_MEMBERS = 100;
/** Nor when the clusters in view hold more events than this in all: the DOM stays bounded. */
const MAX_MEMBER_NODES = 1000;

export interface TrackState {
  /** The timeline's title, for the region's name. */
  title: string;
  /** The mark holding the one tab stop. */
  focusKey: string;
  selected: TimelineEvent | null;
  shown: ShownEvents;
  /** The events the find field matches; the others dim. Null when nothing is being looked for. */
  matches?: ReadonlySet<string> | null;
  /** Events an update added that the reader has not opened yet: a dot by the mark, and New in its name. */
  unseen?: ReadonlySet<string>;
  /**
   * Whether the marks are painted on the canvas this frame (the view is moving); the SVG marks
   * and labels then stay transparent, drawn from `marks`, the last still scene (see
   * MotionController). The canvas stays in the page, hidden when still: a new one would need its
   * pixels made again at every gesture.
   */
  canvas?: boolean;
  marks?: TrackScene | null;
}

export interface TrackActions {
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  focusout(): void;
  activate(key: string): void;
}

/**
 * What keeps a mark's nodes from one render to the next. Points and bars keep theirs (an event
 * id). Clusters re-form on every frame of a zoom, so they reuse nodes in turn (their number in
 * the scene) and only their attributes change: far fewer nodes made and dropped per frame. The
 * focused cluster keeps its own key, so that the node holding focus goes on drawing it.
 */
function nodeKeys(marks: readonly SceneMark[], focusKey: string): Map<SceneMark, string | number> {
  const keys = new Map<SceneMark, string | number>();
  let clusters = 0;
  for (const mark of marks) keys.set(mark, mark.kind === 'cluster' && mark.key !== focusKey ? clusters++ : mark.key);
  return keys;
}

/** Whether a mark holds none of the events the find field matches. */
const dimmed = (mark: SceneMark, state: TrackState) => Boolean(state.matches && !mark.events.some((event) => state.matches!.has(event.id)));

/**
 * Whether a mark draws its focus and selection ring: only the mark holding the tab stop (where
 * focus lands) and the selected one do. A ring on every mark was a node more per mark for the
 * browser to style, lay out and paint each time the marks are drawn, for nothing to be seen.
 */
const ringed = (tabindex: string, selected: boolean) => tabindex === '0' || selected;

/** Marks in drawing order: bars underneath, points and clusters on top of them. */
const barsFirst = (marks: readonly SceneMark[]) => [...marks.filter((m) => m.kind === 'range'), ...marks.filter((m) => m.kind !== 'range')];

/** The zoomable track: eras, grid, lanes, axis, marks and their labels, all from the scene. */
export function renderTrack(ctx: ViewContext, scene: TrackScene | null, state: TrackState, act: TrackActions): TemplateResult {
  if (!scene) return html`<div class="track" part="track"></div>`;
  const { m } = ctx;
  const { width, height, lanesTop, axisY, direction } = scene;
  const empty = scene.marks.length === 0;
  const marks = state.marks ?? scene;
  // The drawing itself is a tab stop only with no mark to hold it (Chromium would otherwise stop on it first, with no ring).
  return html`<div class="track" part="track" role="region" aria-label=${state.title ? m.trackLabel(state.title) : m.timelineLabel}
      aria-describedby="track-help">
    <p id="track-help" class="sr-only">${m.trackDescription}</p>
    <svg
      class="timeline ${state.canvas ? 'moving' : ''}"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="group"
      tabindex=${empty ? '0' : '-1'}
      aria-label=${empty ? m.noEventsInView : nothing}
      @keydown=${act.keydown}
      @focusin=${act.focusin}
      @focusout=${act.focusout}
    >
      <g class="eras" aria-hidden="true">
        ${scene.eras.map(
          (era) => svg`<g class="era">
            <rect class="era-band" x=${era.left} y=${lanesTop} width=${era.width} height=${axisY - lanesTop}></rect>
            <rect class="era-strip" x=${era.left} y=${era.stripY + 1} width=${era.width} height=${ERA_ROW_HEIGHT - 3} rx="3"></rect>
            <text x=${era.label.x} y=${era.label.y} text-anchor="start" direction=${direction}>${era.label.text}</text>
          </g>`,
        )}
      </g>
      <g class="grid" aria-hidden="true">
        ${scene.ticks.map((tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${lanesTop} y2=${axisY}></line>`)}
      </g>
      <g class="lanes" aria-hidden="true">
        ${scene.lanes.map(
          (lane) => svg`<g class="lane">
            <line class="lane-line" x1="0" x2=${width} y1=${lane.y} y2=${lane.y}></line>
            <text class="lane-label" x=${lane.name.x} y=${lane.name.y} text-anchor="start" direction=${direction}>${lane.name.text}</text>
            <line class="lane-rule" x1=${lane.name.ruleFrom} x2=${lane.name.ruleTo} y1=${lane.name.ruleY} y2=${lane.name.ruleY}></line>
          </g>`,
        )}
      </g>
      <g class="axis" aria-hidden="true">
        <line class="axis-line" x1="0" x2=${width} y1=${axisY} y2=${axisY}></line>
        ${scene.ticks.map(
          (tick) => svg`<g class="tick" transform="translate(${tick.x},${axisY})">
            <line y2="5"></line>
            ${tick.label ? svg`<text x=${tick.labelX - tick.x} y="18" text-anchor="middle">${tick.label}</text>` : nothing}
          </g>`,
        )}
      </g>
      ${scene.today
        ? svg`<g class="today" aria-hidden="true">
            <line x1=${scene.today.x} x2=${scene.today.x} y1=${lanesTop} y2=${axisY + 5}></line>
            <text x=${scene.today.labelX} y=${axisY + 18} text-anchor="middle">${scene.today.label}</text>
          </g>`
        : nothing}
      ${guard([ctx, marks, state.focusKey, state.selected, state.matches, state.shown, state.unseen], () => renderMarks(ctx, marks.marks, state, act))}
      ${guard([marks, state.matches], () => renderLabels(marks.marks, state, act))}
    </svg>
    <canvas class="motion" aria-hidden="true" ?hidden=${!state.canvas}></canvas>
  </div>`;
}

/** The marks, focusable, each with its accessible name. */
function renderMarks(ctx: ViewContext, marks: readonly SceneMark[], state: TrackState, act: TrackActions): TemplateResult {
  const total = ctx.number(state.shown.events.length);
  let clustered = 0;
  for (const mark of marks) if (mark.kind === 'cluster') clustered += mark.size;
  const members = clustered <= MAX_MEMBER_NODES;
  const keys = nodeKeys(marks, state.focusKey);
  return svg`<g class="marks">
      ${repeat(barsFirst(marks), (mark) => keys.get(mark), (mark) => renderMark(ctx, mark, state, total, act, members))}
    </g>`;
}

/** The marks' labels and counts, above them all: a text node for each label and each count. */
function renderLabels(marks: readonly SceneMark[], state: TrackState, act: TrackActions): TemplateResult {
  const texts = marks.filter((mark) => mark.label || mark.count);
  // No label holds focus: every cluster's text reuses nodes in turn.
  const keys = nodeKeys(texts, '');
  return svg`<g class="labels" aria-hidden="true">
      ${repeat(texts, (mark) => keys.get(mark), (mark) => renderMarkText(mark, act, dimmed(mark, state)))}
    </g>`;
}

function renderMark(ctx: ViewContext, mark: SceneMark, state: TrackState, total: string, act: TrackActions, members: boolean): TemplateResult {
  const { m } = ctx;
  const { key, left, right, centre, y, color } = mark;
  const tabindex = key === state.focusKey ? '0' : '-1';
  const onClick = () => act.activate(key);
  if (mark.kind === 'cluster') {
    const w = right - left;
    const holdsSelected = state.selected !== null && holds(mark, state.selected);
    const holdsNew = Boolean(state.unseen?.size && mark.events.some((event) => state.unseen!.has(event.id)));
    const name = ctx.clusterName(mark.size, mark.first, mark.last);
    return svg`<g class="mark cluster" data-key=${key} ?data-dim=${dimmed(mark, state)} ?data-new=${holdsNew} role="button" tabindex=${tabindex}
      aria-label=${holdsNew ? `${name} (${m.newLabel})` : name} aria-current=${holdsSelected ? 'true' : 'false'} @click=${onClick}>
      ${ringed(tabindex, holdsSelected) ? svg`<rect class="ring" x=${left - 3} y=${y - 12} width=${w + 6} height="24" rx="12"></rect>` : nothing}
      <rect class="shape" x=${left} y=${y - 9} width=${w} height="18" rx="9" fill=${color}></rect>
      ${holdsNew ? svg`<circle class="new-dot" cx=${right} cy=${y - 10} r="3"></circle>` : nothing}
      ${members && mark.size <= MAX_CLUSTER_MEMBERS ? mark.events.map((event) => svg`<g data-event-id=${event.id} data-clustered="" aria-hidden="true"></g>`) : nothing}
    </g>`;
  }
  const event = mark.lead;
  const isNew = Boolean(state.unseen?.has(event.id));
  const name = isNew ? `${ctx.markName(event)} (${m.newLabel})` : ctx.markName(event);
  const position = m.position(ctx.number(state.shown.placeAt(mark.order) + 1), total);
  const selected = state.selected === event;
  const ring = !ringed(tabindex, selected)
    ? nothing
    : mark.kind === 'range'
      ? svg`<rect class="ring" x=${left - 3} y=${y - 8} width=${right - left + 6} height="16" rx="8"></rect>`
      : svg`<circle class="ring" cx=${centre} cy=${y} r=${MARK_RADIUS + 4}></circle>`;
  const shape = mark.kind === 'range' ? renderBar(mark) : renderPoint(mark);
  // A new event's dot sits above the start of its mark, where the selection ring does not reach.
  const dot = isNew ? svg`<circle class="new-dot" cx=${mark.kind === 'range' ? left : centre} cy=${y - MARK_RADIUS - 5} r="3"></circle>` : nothing;
  return svg`<g class="mark" data-key=${key} data-event-id=${event.id} data-importance=${event.importance} ?data-dim=${dimmed(mark, state)} ?data-new=${isNew}
      role="button" tabindex=${tabindex} aria-label=${name} aria-description=${position}
      aria-current=${selected ? 'true' : 'false'} @click=${onClick}>
    ${ring}${shape}${dot}
  </g>`;
}

/** A bar, in the pieces `barPieces` cuts it into; a softened one is pale inside its outline. */
function renderBar(mark: SceneMark): TemplateResult {
  const { y, color, soft } = mark;
  return svg`${barPieces(mark).map(
    (piece) => svg`<rect class="shape ${soft ? 'soft' : ''}" x=${piece.x} y=${y - 5} width=${piece.width} height="10" rx=${Math.min(5, piece.width / 2)} fill=${color}
      fill-opacity=${soft ? SOFT_FILL_OPACITY : nothing} stroke=${soft ? color : nothing} stroke-width=${soft ? SOFT_STROKE_WIDTH : nothing}
      opacity=${piece.opacity === 1 ? nothing : piece.opacity}></rect>`,
  )}`;
}

/** A point; a softened one is hollow: an outline in its colour (the fill is the background, from the styles). */
function renderPoint(mark: SceneMark): TemplateResult {
  const { centre, y, color } = mark;
  return mark.soft
    ? svg`<circle class="shape hollow" cx=${centre} cy=${y} r=${MARK_RADIUS - SOFT_STROKE_WIDTH / 2} stroke=${color} stroke-width=${SOFT_STROKE_WIDTH}></circle>`
    : svg`<circle class="shape" cx=${centre} cy=${y} r=${MARK_RADIUS} fill=${color}></circle>`;
}

/**
 * A thin line from a mark to its label when the label sits in the row above or below: straight up
 * or down when the label is over the mark, bent along to its nearer end when it is further along.
 */
function leader(mark: SceneMark, dim: boolean): TemplateResult | typeof nothing {
  const label = mark.label;
  if (!label || Math.abs(label.y - mark.y) < 10) return nothing;
  const above = label.y < mark.y;
  const edge = above ? label.y + 4 : label.y - 13;
  const reach = Math.min(Math.max(mark.centre, label.left), label.right);
  return svg`<polyline class="leader" data-for=${mark.key} ?data-dim=${dim} points="${mark.centre},${mark.y + (above ? -8 : 8)} ${mark.centre},${edge} ${reach},${edge}"></polyline>`;
}

/**
 * A mark's visible text (its label and a cluster's count), drawn apart from the focusable mark:
 * the mark's accessible name already says all of it, in full, where the label may be shortened.
 * Each text says which mark it belongs to (`data-for`), with no group around them.
 */
function renderMarkText(mark: SceneMark, act: TrackActions, dim: boolean): TemplateResult {
  return svg`${leader(mark, dim)}${mark.count
      ? svg`<text class="count" data-for=${mark.key} ?data-dim=${dim} x=${mark.centre} y=${mark.y + 3.5} text-anchor="middle" fill=${mark.count.color}>${mark.count.text}</text>`
      : nothing}${mark.label
      ? svg`<text class="label" data-for=${mark.key} ?data-dim=${dim} x=${mark.label.x} y=${mark.label.y} text-anchor="middle" @click=${() => act.activate(mark.key)}>${mark.label.text}</text>`
      : nothing}`;
}
