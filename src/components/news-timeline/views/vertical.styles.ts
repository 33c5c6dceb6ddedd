import { css, unsafeCSS } from 'lit';
import { BREAK_HEIGHT } from '../../../core/vertical.js';
import { ENTRY_HEIGHT } from './vertical.js';

// The layout places entries and breaks at these heights: the styles draw them at the same.
const entryHeight = unsafeCSS(`${ENTRY_HEIGHT}px`);
const breakHeight = unsafeCSS(`${BREAK_HEIGHT}px`);

/**
 * The vertical view's styles: adopted by the element when the view's code loads. Logical
 * properties throughout, so right-to-left languages mirror the whole view.
 */
export const verticalStyles = css`
  .vertical {
    /* Where the line runs: after a gutter for the year markers, or down the middle. */
    --v-line: 3.5rem;
    --v-entry-start: calc(var(--v-line) + 1rem);
    position: relative;
    margin-inline: 0.25rem;
    margin-block-end: 1rem;
  }
  .vertical.alternate {
    --v-line: 50%;
    /* Room above the first year marker, which sits above its first event's dot. */
    margin-block-start: 2rem;
  }
  .v-line {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--v-line) - 1px);
    width: 2px;
    background: var(--_border);
  }
  .v-era {
    position: absolute;
    inset-inline: calc(var(--v-line) + 0.25rem) 0;
    background: color-mix(in srgb, var(--_era-fill) calc(var(--_era-opacity) * 100%), transparent);
    border-radius: 2px;
  }
  .alternate .v-era {
    inset-inline: 0;
  }
  .v-era span {
    position: absolute;
    inset-inline-end: 0.5rem;
    inset-block-start: 0.25rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .v-marker {
    position: absolute;
    inset-inline-start: 0;
    width: calc(var(--v-line) - 0.5rem);
  }
  .alternate .v-marker {
    /* On the line, just above the stretch's first dot. */
    inset-inline-start: calc(var(--v-line) - 2.25rem);
    width: 4.5rem;
    margin-block-start: -2rem;
    z-index: 1;
  }
  .v-marker span {
    /* The year stays in view while the reader scrolls through its stretch. */
    position: sticky;
    top: 0.5rem;
    display: block;
    padding: 0.125rem 0.375rem;
    font-size: 0.8125rem;
    font-weight: 700;
    text-align: center;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .v-break {
    position: absolute;
    inset-inline: var(--v-entry-start) 0;
    height: ${breakHeight};
    margin: 0;
    display: flex;
    align-items: center;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .alternate .v-break {
    inset-inline: 0;
    justify-content: center;
  }
  .alternate .v-break {
    padding-block-start: 0;
  }
  .v-break::before {
    /* The line, broken: dots where the time was left out (the background hides the line between them). */
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--v-line) - var(--v-entry-start) - 1px);
    width: 0;
    border-inline-start: 2px dotted var(--_muted);
    background: var(--_background);
  }
  .alternate .v-break::before {
    inset-inline-start: calc(50% - 1px);
  }
  .v-break span {
    /* Above the dotted line, on the page's background. */
    position: relative;
    padding-inline: 0.5rem;
    background: var(--_background);
    border-radius: 4px;
  }
  .v-events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .v-entry {
    position: absolute;
    inset-inline: var(--v-entry-start) 0;
    min-height: ${entryHeight};
    height: ${entryHeight};
    padding: 6px 10px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--v-color);
    border-radius: 6px;
  }
  .alternate .v-entry.side-0 {
    inset-inline: 0 calc(100% - var(--v-line) + 1.25rem);
  }
  .alternate .v-entry.side-1 {
    inset-inline: calc(var(--v-line) + 1.25rem) 0;
  }
  .v-entry.open {
    height: auto;
    z-index: 2;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.15);
  }
  .v-dot {
    /* Placed from the entry's padding box, inside its 4 px coloured edge: centred on the line. */
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline-start: calc(var(--v-line) - var(--v-entry-start) - 6px - 4px);
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--v-color);
    border: 2px solid var(--_background);
  }
  /* An approximate or uncertain date: hollow, as on the track. */
  .v-dot.hollow {
    background: var(--_background);
    border-color: var(--v-color);
  }
  .alternate .side-0 .v-dot {
    inset-inline-start: auto;
    inset-inline-end: calc(-1.25rem - 6px - 1px);
  }
  .alternate .side-1 .v-dot {
    inset-inline-start: calc(-1.25rem - 6px - 4px);
  }
  .v-title {
    /* In pixels: the compact entry's height is fixed for the layout, whatever the page's font size. */
    margin: 0;
    font-size: 15px;
    line-height: 20px;
  }
  .v-title button {
    all: unset;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    width: 100%;
    font-weight: 600;
    cursor: pointer;
    color: var(--_text);
  }
  .open .v-title button {
    -webkit-line-clamp: unset;
  }
  .v-title button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 3px;
    border-radius: 2px;
  }
  .v-date {
    margin: 2px 0 0;
    font-size: 13px;
    line-height: 18px;
    color: var(--_muted);
  }
  .v-body {
    margin-block-start: 0.5rem;
    font-size: 0.9375rem;
  }
  .v-body .summary {
    line-height: 1.55;
  }
  .v-body img {
    max-width: 100%;
    height: auto;
  }
  @media (forced-colors: active) {
    .v-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .v-dot.hollow {
      background: Canvas;
      border-color: CanvasText;
    }
    .v-entry {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .vertical {
      display: none;
    }
  }
`;
