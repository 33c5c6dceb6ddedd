import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TrackScene } from '../core/scene.js';
import { TimelineModel } from '../core/timeline-model.js';
import type { Category, Timeline } from '../core/types.js';
import { readTimeline } from '../formats/index.js';
import type { ViewContext } from '../components/news-timeline/views/context.js';
import { renderTimelinePage, type TimelinePage, type TimelinePageActions } from '../components/news-timeline/views/timeline.js';
import { whenIdle } from './idle.js';

export interface RehearsalOptions {
  /** Whether the element still waits for its data: the rehearsal is only for that time. */
  waiting(): boolean;
  /** The view context the element would speak with, for these categories. */
  context(categories: readonly Category[]): ViewContext;
  /** The track's scene of a model over a window, as the element's first render would build it. */
  scene(model: TimelineModel, ctx: ViewContext, view: readonly [number, number]): TrackScene;
  /** The element's page actions (bound to the rendered buttons, which are never shown). */
  actions(): TimelinePageActions;
}

/**
 * Whether a page's rehearsal has begun: once per page, as every element shares the engine's
 * compiled code and Lit's prepared templates. (A flag, not the element: a page that removes its
 * first timeline must be able to let it go.)
 */
let begun = false;

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2001, 0, 1);

/**
 * A small made-up timeline with what a real one has: three lanes and an era, points of each
 * importance, ranges, a burst of events days apart (drawn as a cluster with a count), and an
 * event with a summary and a source (the card). Made fresh, as a page's data would be. No
 * media: the card's image would be fetched, even from a node never put in the page.
 */
export function rehearsalDocument(): unknown {
  const day = (n: number) => new Date(FIRST_DAY + n * DAY_MS).toISOString().slice(0, 10);
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < 30; i++) {
    const burst = i >= 15 && i < 27;
    const start = burst ? 3000 + (i - 15) : i * 240;
    events.push({
      id: `e${i}`,
      start: i % 11 === 5 ? day(start).slice(0, 7) : day(start),
      ...(i % 6 === 1 ? { end: day(start + 400) } : {}),
      title: `Event ${i}`,
      category: ['a', 'b', 'c'][i % 3],
      importance: (i % 3) + 1,
    });
  }
  Object.assign(events[0], { summary: 'What happened.', sources: [{ title: 'Report', publisher: 'Agency', url: 'https://example.org/report' }] });
  return {
    version: 1,
    title: 'Rehearsal',
    categories: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ],
    eras: [{ start: day(1000), end: day(2000), label: 'Era' }],
    events,
  };
}

/**
 * While the page waits for its data (its file loading, its script still fetching it), the first
 * element of a page goes once through what a first render does, on a small made-up timeline
 * shown nowhere: the timeline read and checked, indexed and laid out, and the toolbar, track and
 * card rendered into a node that is never put in the page (no style, layout or paint). The engine
 * has then compiled that code, Lit has prepared its templates and the locale has its date
 * formatters: the real first render does not pay for them. Data that comes in the same task as
 * the element (inline, or set at once) leaves no time for it, and pays as before.
 */
export class RehearsalController implements ReactiveController {
  /** Counts connections: steps scheduled before the last one are dropped (a moved element connects again). */
  private connection = 0;
  /** Whether this element took the page's rehearsal. */
  private mine = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RehearsalOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (begun) return;
    const connection = ++this.connection;
    // Five steps: the first once the page has been idle a while (no frame to draw for 40 ms), the
    // others each in a task of its own right after, so that a reader's input or the data's
    // arrival waits for one step at most (10 to 60 ms). Once the data is in, or the element has
    // left the page, the steps left are dropped (the first render pays for what they would do).
    const wanted = () => connection === this.connection && (!begun || this.mine) && this.host.isConnected && this.options.waiting();
    const run = (steps: Array<() => void>) => {
      const [step, ...rest] = steps;
      if (!step || !wanted()) return;
      try {
        step();
      } catch {
        // Nothing of it shows: a step that fails only leaves the first render to pay in full.
        return;
      }
      setTimeout(() => run(rest));
    };
    let timeline: Timeline | null = null;
    let model: TimelineModel | undefined;
    let ctx: ViewContext | undefined;
    let scene: TrackScene | null = null;
    const page = (stage: 0 | 1 | 2) => {
      if (!timeline || !model || !ctx) return;
      const shown = stage > 0 ? scene : null;
      const rehearsed: TimelinePage = {
        timeline,
        view: 'timeline',
        shown: model.shown,
        hidden: model.hidden,
        helpShown: false,
        scene: shown,
        marks: { canvas: false, marks: shown, labels: shown, focusKey: '' },
        selected: stage === 2 ? timeline.events[0] : undefined,
        find: { query: '', matches: null },
        share: () => undefined,
      };
      render(renderTimelinePage(ctx, rehearsed, this.options.actions()), document.createElement('div'));
    };
    const steps = [
      () => {
        begun = this.mine = true;
        const read = readTimeline(rehearsalDocument());
        // Native JSON is read at once: its reader is in the main file.
        timeline = read instanceof Promise ? null : read.timeline;
      },
      () => {
        if (!timeline) return;
        model = new TimelineModel(timeline);
        ctx = this.options.context(timeline.categories);
        scene = this.options.scene(model, ctx, model.fullSpan(false));
      },
      // The toolbar and the track's frame, then the marks, then the card.
      () => page(0),
      () => page(1),
      () => page(2),
    ];
    whenIdle(() => run(steps), wanted);
  }

  hostDisconnected(): void {
    this.connection++;
  }
}
