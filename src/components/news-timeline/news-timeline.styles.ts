import { css, unsafeCSS } from 'lit';
import { COUNT_FONT_PX, LABEL_FONT_PX, SMALL_FONT_PX } from '../../core/scene.js';
import { themeDeclarations } from './theme.js';
import { RESERVED_HEIGHT, STORY_BELOW_PX } from './views/choose-view.js';

// The layout measures labels at these sizes: the drawing uses the same numbers.
const labelFont = unsafeCSS(`${LABEL_FONT_PX}px`);
const smallFont = unsafeCSS(`${SMALL_FONT_PX}px`);
const countFont = unsafeCSS(`${COUNT_FONT_PX}px`);

const light = unsafeCSS(`${themeDeclarations('light')}\n--_era-opacity: var(--nt-era-opacity, 0.1);`);
const dark = unsafeCSS(`${themeDeclarations('dark')}\n--_era-opacity: var(--nt-era-opacity, 0.14);`);

/** Each view's reserved height, for the `view` attribute (`auto`: the story where the width tells it). */
function reservedHeights(): string {
  const rule = (view: string, height: string) => `${view ? `:host([view='${view}'])` : ':host'} .root { --_reserve: ${height}; }`;
  const views = Object.entries(RESERVED_HEIGHT);
  const wide = [rule('', RESERVED_HEIGHT.timeline.wide), ...views.map(([view, { wide }]) => rule(view, wide))];
  const narrow = [rule('', RESERVED_HEIGHT.timeline.narrow), rule('auto', RESERVED_HEIGHT.story.narrow), ...views.map(([view, { narrow }]) => rule(view, narrow))];
  return `${wide.join('\n')}\n@container (width < ${STORY_BELOW_PX}px) {\n${narrow.join('\n')}\n}`;
}
const reserved = unsafeCSS(reservedHeights());

export const styles = css`
  :host {
    ${light}
    display: block;
    position: relative;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--nt-radius, 8px);
    contain: layout paint;
    container-type: inline-size;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block: 0.5rem;
    /* The view's height from the start: nothing below the element moves when the data arrives. */
    min-height: var(--nt-height, var(--_reserve));
  }
  ${reserved}
  /* A live story keeps room for its quiet failure line, so that saying it moves nothing. */
  :host([refresh]) .root {
    padding-block-end: 1.5rem;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-height: 2rem;
    min-width: 2rem;
    padding: 0.125rem 0.625rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .reading {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  /* On a desk the track stays at the top of the screen while its event's card is read below it. */
  @container (min-width: 900px) {
    @media (min-height: 640px) {
      .with-card > .track {
        position: sticky;
        top: 0;
        z-index: 1;
        background: var(--_background);
      }
    }
  }
  .track {
    position: relative;
    touch-action: pan-y pinch-zoom;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    overflow: hidden;
  }
  /* While the view moves, the marks are painted on a canvas over the track (see MotionController);
     the SVG marks stay, unchanged and transparent, for focus and screen readers. */
  .moving > .marks,
  .moving > .labels {
    opacity: 0;
  }
  .motion {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .track:active {
    cursor: grabbing;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: ${labelFont};
  }
  svg text {
    unicode-bidi: plaintext;
  }
  /* A cluster's count keeps the colour the scene chose for it (readable on its badge's colour). */
  svg text:not(.count) {
    fill: var(--_text);
  }
  .tick line,
  .grid line {
    stroke: var(--_grid);
  }
  .axis-line {
    stroke: var(--_border);
  }
  .tick text {
    fill: var(--_muted);
    font-size: ${smallFont};
  }
  .lane-line {
    stroke: var(--_border);
    stroke-dasharray: 2 4;
  }
  .lane-label {
    fill: var(--_muted);
    font-size: ${smallFont};
    font-weight: 600;
  }
  .lane-rule {
    stroke: var(--_border);
  }
  .era rect {
    fill: var(--_era-fill);
  }
  .era-band {
    opacity: calc(var(--_era-opacity) * 0.5);
  }
  .era-strip {
    opacity: calc(var(--_era-opacity) * 1.8);
  }
  .era text {
    fill: var(--_muted);
    font-size: ${smallFont};
  }
  .mark {
    cursor: pointer;
  }
  .mark .shape:not(.soft, .hollow) {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  /* A date that is approximate or uncertain: a hollow point (its outline and stroke are attributes). */
  .mark .shape.hollow {
    fill: var(--_background);
  }
  /* Only the mark holding the tab stop and the selected one have a ring: it is no part of what the
     pointer aims at, so every mark's target is its drawn shape. */
  .mark .ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2.5;
    pointer-events: none;
  }
  .mark[aria-current='true'] .ring {
    stroke: var(--_text);
  }
  .mark:focus,
  svg.timeline:focus:not(:focus-visible) {
    outline: none;
  }
  .mark:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .label {
    font-size: ${labelFont};
    cursor: pointer;
  }
  .count {
    pointer-events: none;
  }
  .label:hover {
    text-decoration: underline;
  }
  .count {
    font-size: ${countFont};
    font-weight: 700;
  }
  svg text.count {
    unicode-bidi: normal;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .card {
    position: relative;
    margin-inline: 0.25rem;
    padding: 1rem 1.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--nt-card-accent, var(--_accent));
    border-radius: 8px;
  }
  .card .close {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline-end: 0.75rem;
  }
  /* Room for the close button on the card's side, whichever way the title itself runs (an English title on a Persian page). */
  .card .title {
    font-size: 1.25rem;
    line-height: 1.3;
    margin: 0.125rem 0 0.25rem;
    padding-right: 2.5rem;
  }
  .root[dir='rtl'] .card .title {
    padding-right: 0;
    padding-left: 2.5rem;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0;
  }
  .summary {
    line-height: 1.55;
    margin: 0.75rem 0;
    /* Paragraphs of imported text arrive as line breaks. */
    white-space: pre-line;
  }
  figure {
    margin: 0.75rem 0;
  }
  img {
    max-width: 100%;
    height: auto;
    border-radius: 4px;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .sources-heading {
    font-size: 0.875rem;
    margin: 0.75rem 0 0.25rem;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.5rem;
    font-size: 0.875rem;
    line-height: 1.5;
  }
  a {
    color: var(--_accent);
  }
  .publisher {
    /* The dash stays with the name it introduces when the line wraps. */
    display: inline-block;
    color: var(--_muted);
  }
  /* A source title in the other script wraps inside its own line box, not across the publisher. */
  .sources a {
    display: block;
  }
  .root[data-digits='arab'] ol {
    list-style-type: arabic-indic;
  }
  .root[data-digits='arabext'] ol {
    list-style-type: persian;
  }
  .card-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  /* "26 of 31" on one line: long Previous and Next labels wrap instead. */
  .card-nav .meta {
    white-space: nowrap;
    align-self: center;
  }
  [part='error'] {
    margin-inline: 0.25rem;
    padding: 0.75rem 1rem;
    color: var(--_error);
    background: var(--_error-surface);
    border: 1px solid currentColor;
    border-radius: 8px;
    font-size: 0.875rem;
  }
  [part='error'] p {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  [part='error'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    max-height: 12rem;
    overflow: auto;
  }
  [part='error'] .failure {
    font-weight: 400;
  }
  [part='error'] .retry {
    margin-top: 0.5rem;
  }
  [part='error'] code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    unicode-bidi: isolate;
    direction: ltr;
  }
  .status {
    color: var(--_muted);
    padding: 1rem 0.25rem;
    margin: 0;
  }
  .list {
    margin: 0 0.25rem;
    padding-inline-start: 1.5rem;
  }
  .list > li {
    margin-block-end: 1rem;
  }
  /* Lines of about 75 characters at most, however wide the page. */
  .list > li > * {
    max-width: 46rem;
  }
  .list > .more {
    list-style: none;
  }
  .list .title {
    margin: 0;
    font-size: 1rem;
  }
  .list .summary {
    margin: 0.25rem 0;
    line-height: 1.5;
  }
  .list .sources-heading {
    margin-block-start: 0.25rem;
    font-size: 0.8125rem;
  }
  @media (forced-colors: active) {
    .mark .shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark .shape.soft,
    .mark .shape.hollow {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark[aria-current='true'] .ring {
      stroke: Highlight;
    }
    .mark:focus-visible .ring {
      stroke: Highlight;
      stroke-width: 4;
    }
    svg text {
      fill: CanvasText;
    }
    svg text.count {
      fill: Canvas;
    }
  }
  @media print {
    .root {
      min-height: 0;
    }
    .toolbar,
    .track,
    .card,
    .help {
      display: none;
    }
  }
`;
