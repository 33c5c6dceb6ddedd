import { css } from 'lit';

/** Styles of what readers use beyond the track and card: image fallback, find, Today line. (The story view's own come with its code.) */
export const readerStyles = css`
  .media-fallback {
    display: none;
  }
  figure.broken img {
    display: none;
  }
  figure.broken .media-fallback {
    display: block;
    margin: 0;
    padding: 1.25rem 1rem;
    color: var(--_muted);
    font-size: 0.875rem;
    background: var(--_background);
    border: 1px dashed var(--_border);
    border-radius: 4px;
  }
  .find {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .find input {
    font: inherit;
    font-size: 0.875rem;
    min-height: 2rem;
    flex: none;
    width: 12rem;
    max-width: 100%;
    padding: 0.125rem 0.5rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  @media (pointer: coarse) {
    .find input {
      min-height: 44px;
    }
  }
  .find-count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .today line {
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  svg .today text {
    fill: var(--_accent);
    font-size: 11px;
    font-weight: 700;
  }
  [data-dim] {
    opacity: 0.2;
  }
  @media print {
    .story {
      display: none;
    }
  }
`;
