import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { TimelineEvent } from '../../../core/types.js';
import { htmlDatetime } from '../../../core/dates.js';
import type { ViewContext } from './context.js';

export interface EventBodyOptions {
  /** The title's heading level: 2 in the card and the story, 3 in the list. */
  level: 2 | 3;
  /** An id for the title, for `aria-labelledby`. */
  titleId?: string;
  /** Added by an update and not opened yet: a New badge beside the date. */
  isNew?: boolean;
}

/**
 * One event told in full: title, date at its precision and category, summary, media with alt
 * text and credit, and numbered sources. The card, the list and the story all use this.
 */
export function renderEventBody(ctx: ViewContext, event: TimelineEvent, options: EventBodyOptions): TemplateResult {
  // Text that fell back to another language is marked as such, for screen readers' voices.
  const title = ctx.pick(event.title);
  const category = ctx.category(event.category);
  const id = options.titleId ?? nothing;
  const heading =
    options.level === 2
      ? html`<h2 id=${id} class="title" dir="auto" lang=${title.lang ?? nothing}>${title.text}</h2>`
      : html`<h3 id=${id} class="title" dir="auto" lang=${title.lang ?? nothing}>${title.text}</h3>`;
  return html`${heading}
    <p class="meta">
      ${options.isNew ? html`<span class="new-badge" part="new-badge">${ctx.m.newLabel}</span> ` : nothing}<time datetime=${htmlDatetime(event.start) ?? nothing}>${ctx.when(event)}</time>${category ? html` · <bdi>${ctx.text(category.label)}</bdi>` : nothing}
    </p>
    ${renderEventDetails(ctx, event, options.level)}`;
}

/** What follows an event's title and date: summary, media with alt text and credit, numbered sources. */
export function renderEventDetails(ctx: ViewContext, event: TimelineEvent, level: 2 | 3): TemplateResult {
  const { m } = ctx;
  const summary = ctx.pick(event.summary);
  const sourcesHeading = level === 2 ? html`<h3 class="sources-heading">${m.sources}</h3>` : html`<h4 class="sources-heading">${m.sources}</h4>`;
  const media = event.media;
  const alt = ctx.text(media?.alt);
  const credit = media?.credit ? ctx.text(media.credit) : '';
  return html`${summary.text ? html`<p class="summary" dir="auto" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
    ${media
      ? keyed(
          media.src,
          html`<figure>
            <img src=${media.src} alt=${alt} loading="lazy" referrerpolicy="no-referrer" @error=${showFallback} />
            <p class="media-fallback" dir="auto">${m.imageUnavailable}${alt && !credit.includes(alt) ? ` ${alt}` : nothing}</p>
            ${credit ? html`<figcaption dir="auto">${credit}</figcaption>` : nothing}
          </figure>`,
        )
      : nothing}
    ${event.sources.length
      ? html`${sourcesHeading}
          <ol class="sources">
            ${event.sources.map(
              (source) => html`<li>
                <a href=${source.url} target="_blank" rel="noopener"><bdi>${ctx.text(source.title)}</bdi><span class="sr-only">
                    ${m.opensInNewTab}</span></a>${source.publisher ? html` <span class="publisher">— <bdi>${ctx.text(source.publisher)}</bdi></span>` : nothing}
              </li>`,
            )}
          </ol>`
      : nothing}`;
}

/** An image that failed to load gives way to a quiet box with its description (keyed by src, so the next image starts afresh). */
function showFallback(event: Event): void {
  (event.target as HTMLElement).parentElement?.classList.add('broken');
}
