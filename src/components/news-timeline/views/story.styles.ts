import { css } from 'lit';

/** The story view's styles: adopted by the element when the story view's code loads. */
export const storyStyles = css`
  .story {
    margin-inline: 0.25rem;
    padding: 1rem clamp(0.75rem, 3cqi, 1.5rem) 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    /* Vertical swipes scroll the page; horizontal ones turn the story's page. */
    touch-action: pan-y pinch-zoom;
  }
  .story:focus:not(:focus-visible) {
    outline: none;
  }
  .story .title {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0 0 0.375rem;
  }
  .story-cover .title {
    font-size: 1.75rem;
  }
  .story .meta {
    font-size: 0.9375rem;
  }
  .story .summary {
    font-size: 1.0625rem;
    line-height: 1.6;
    margin: 0.75rem 0;
  }
  .story figure {
    margin: 0.75rem 0;
  }
  .story img {
    display: block;
    width: 100%;
    max-height: 60vh;
    object-fit: contain;
  }
  /* Wide: the picture beside the text, which keeps its reading order. */
  @container (min-width: 720px) {
    .story-event.with-media {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-rows: auto auto auto auto auto 1fr;
      grid-template-areas: 'title media' 'meta media' 'summary media' 'sources-heading media' 'sources media' '. media';
      column-gap: 1.5rem;
    }
    .story-event.with-media > .title {
      grid-area: title;
    }
    .story-event.with-media > .meta {
      grid-area: meta;
    }
    .story-event.with-media > .summary {
      grid-area: summary;
    }
    .story-event.with-media > figure {
      grid-area: media;
      margin: 0.25rem 0 0;
    }
    .story-event.with-media > .sources-heading {
      grid-area: sources-heading;
    }
    .story-event.with-media > .sources {
      grid-area: sources;
    }
  }
  .story-event:not(.with-media) > *,
  .story-cover > * {
    max-width: 46rem;
  }
  .story-progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .story-progress p {
    margin: 0;
    white-space: nowrap;
  }
  .story-meter {
    flex: 1;
    height: 4px;
  }
  [dir='rtl'] .story-meter {
    transform: scaleX(-1);
  }
  .story-meter .track-line {
    fill: var(--_border);
  }
  .story-meter .done {
    fill: var(--_accent);
  }
  /* Previous and Next stay in reach at the foot of the screen while the story is read. */
  .story-nav {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
    margin-inline: calc(-1 * clamp(0.75rem, 3cqi, 1.5rem));
    padding: 0.5rem clamp(0.75rem, 3cqi, 1.5rem);
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
    border-radius: 0 0 8px 8px;
  }
  .swipe-hint {
    display: none;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: center;
  }
  @media (pointer: coarse) {
    .swipe-hint {
      display: block;
    }
  }
  .story-nav button {
    min-height: 44px;
    min-width: 44px;
    padding-inline: 0.875rem;
    font-size: 1rem;
  }
  .story-nav button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
`;
