// The vertical view's code: loaded the first time a timeline shows time down the page (a chunk beside the main file).
import type { TemplateResult } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import { VerticalController, type DrawnOrder, type VerticalSelection } from '../../controllers/vertical-controller.js';
import type { Era, TimelineEvent } from '../../core/types.js';
import { layoutVertical, verticalMarkers, yAt, type VerticalLayout, type VerticalMarker } from '../../core/vertical.js';
import { adoptStyles } from './views/adopt-styles.js';
import type { ViewContext } from './views/context.js';
import { ALTERNATE_FROM_PX, ENTRY_HEIGHT, renderVertical } from './views/vertical.js';
import { verticalStyles } from './views/vertical.styles.js';

/** What the element tells the vertical view each render. */
export interface VerticalInput {
  title: string;
  /** The shown events, oldest first. */
  events: readonly TimelineEvent[];
  eras: readonly Era[];
  selected: string | null;
  matches: ReadonlySet<string> | null;
  newestFirst: boolean;
  width: number;
  /** The share control under an open event. */
  extra?: TemplateResult;
  /** Events an update added that the reader has not opened yet: marked New. */
  unseen?: ReadonlySet<string>;
}

export type VerticalView = (ctx: ViewContext, input: VerticalInput) => TemplateResult;

/** The vertical view for one element; its styles join the element's shadow root. */
export function verticalView(host: ReactiveControllerHost & { renderRoot: ShadowRoot }, selection: VerticalSelection): VerticalView {
  adoptStyles(host.renderRoot, verticalStyles);
  const controller = new VerticalController(host, selection);
  let made: { key: unknown[]; layout: VerticalLayout; markers: VerticalMarker[]; times: Float64Array; order: DrawnOrder } | undefined;
  return (ctx, input) => {
    const { events, selected, newestFirst } = input;
    const alternate = input.width >= ALTERNATE_FROM_PX;
    const height = (i: number) => controller.heightOf(events[i].id, selected, ENTRY_HEIGHT);
    const openHeight = selected ? controller.heightOf(selected, selected, ENTRY_HEIGHT) : 0;
    // Laid out again only when what places the entries changes: the events, the order, the sides, the open one and its height.
    const key = [events, newestFirst, alternate, selected, openHeight];
    if (!made || key.some((value, i) => value !== made!.key[i])) {
      const times = Float64Array.from(events, (event) => event.start.time);
      const layout = layoutVertical({ times, height, entryHeight: ENTRY_HEIGHT, alternate, newestFirst });
      const ids = layout.order.map((i) => events[i].id);
      const order = { ids, places: new Map(ids.map((id, k) => [id, k])) };
      made = { key, layout, markers: verticalMarkers(times, layout), times, order };
    }
    const { layout, markers, times, order } = made;
    const eras = input.eras
      .map((era) => {
        const a = yAt(times, layout, era.start.time);
        const b = yAt(times, layout, era.until);
        const top = Math.min(a, b);
        return { top, height: Math.max(Math.abs(b - a), ENTRY_HEIGHT / 2), label: ctx.text(era.label) };
      })
      .filter((era) => controller.near(era.top, era.top + era.height));
    if (controller.focused === null || !order.places.has(controller.focused)) controller.focused = selected ?? order.ids[0] ?? null;
    const drawn = controller.drawn(layout, order, selected, ENTRY_HEIGHT);
    // Only what is near the screen is drawn: a story of decades has thousands of markers and breaks.
    const nearMarkers = markers.filter((marker) => controller.near(marker.top, marker.bottom));
    const breaks = layout.breaks.filter((gap) => controller.near(gap.top, gap.top + gap.height));
    return renderVertical(
      ctx,
      { events, layout, breaks, markers: nearMarkers, eras, drawn, open: selected, focused: controller.focused, matches: input.matches, alternate, newestFirst, title: input.title, extra: input.extra, unseen: input.unseen },
      controller,
    );
  };
}
