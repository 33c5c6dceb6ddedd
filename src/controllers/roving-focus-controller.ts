import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holds, type SceneMark } from '../core/scene.js';
import type { TimelineEvent } from '../core/types.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const TRACK_FOCUS = '.mark:focus, svg.timeline:focus';

/**
 * The track's one tab stop: which mark holds it, moving it, and putting focus back after a
 * re-render replaced or removed the focused mark (a zoom, a pan, a closed card).
 */
export class RovingFocusController implements ReactiveController {
  /** The key of the mark holding the tab stop (see `markKey`). */
  key = '';
  /** Whether the reader reached the track by keyboard: only then does a plain wheel zoom. */
  engaged = false;
  private pending = false;
  private hadFocus = false;
  /** The event of the mark last seen holding the tab stop: found again without looking up its id. */
  private event?: { key: string; event: TimelineEvent };
  /**
   * The marks last settled for, and those last drawn as SVG (in motion, frames older): a mark
   * focused by a press is found among them, not looked up by id.
   */
  private marks: readonly SceneMark[] = [];
  drawn: readonly SceneMark[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.hadFocus = Boolean(this.host.renderRoot.querySelector?.(TRACK_FOCUS));
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    // A zoom or pan can remove the focused mark: keep focus in the track, on its tab stop.
    if (this.hadFocus && !root.querySelector(TRACK_FOCUS)) this.pending = true;
    if (!this.pending) return;
    this.pending = false;
    // Never pull focus away from a control the reader has moved to since.
    const active = (root as ShadowRoot).activeElement;
    if (active && !active.closest('[part="track"]')) return;
    const mark = root.querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(this.key)}"]`);
    (mark ?? root.querySelector<SVGSVGElement>('svg.timeline'))?.focus();
  }

  /**
   * Settles the tab stop for the marks about to be drawn: the focused mark, else the cluster
   * holding its event or the selected one, else the first mark.
   */
  resolve(marks: readonly SceneMark[], selected: string | null, lookup: (id: string) => TimelineEvent | undefined): string {
    this.marks = marks;
    const holder = marks.find((mark) => mark.key === this.key);
    if (holder) {
      this.event = { key: this.key, event: holder.first };
      return this.key;
    }
    // The mark's event as last seen; an id is looked up (a map of every id, built on first use)
    // only for a key set before its mark was ever drawn.
    const id = this.key.replace(/^cluster:/, '');
    const known = this.event?.key === this.key ? this.event.event : id ? lookup(id) : undefined;
    return this.settle(marks, [known, selected ? lookup(selected) : undefined]);
  }

  private settle(marks: readonly SceneMark[], events: Array<TimelineEvent | undefined>): string {
    const wanted = events.filter((e) => e !== undefined);
    const holder = marks.find((mark) => wanted.some((event) => holds(mark, event))) ?? marks[0];
    this.key = holder?.key ?? '';
    this.event = holder ? { key: holder.key, event: holder.first } : undefined;
    return this.key;
  }

  /** Gives a mark (by key or event id) the tab stop and keyboard focus after the next render. */
  moveTo(key: string): void {
    this.key = key;
    this.pending = true;
    this.host.requestUpdate();
  }

  /** Whatever mark gets focus (by click or script) becomes the tab stop. */
  readonly focusin = (event: FocusEvent): void => {
    const target = event.target as Element;
    // Only keyboard focus lets a plain wheel zoom: a click must not trap the page's scrolling.
    this.engaged = target.matches(':focus-visible');
    const key = target.closest?.('[data-key]')?.getAttribute('data-key');
    if (key && key !== this.key) {
      this.key = key;
      // Its event now: a drag that starts on the mark moves it away before the next render, and
      // looking up its id there would build the map of every id inside a frame of the gesture.
      const mark = this.marks.find((m) => m.key === key) ?? this.drawn.find((m) => m.key === key);
      if (mark) this.event = { key, event: mark.first };
      // A press's focus waits for its click to draw: drawn now, a cluster's node is replaced under the pointer and the click is lost.
      if (this.engaged) this.host.requestUpdate();
    }
  };

  readonly focusout = (): void => {
    this.engaged = false;
  };
}
