import { css } from 'lit';

/** What a developing story (`refresh`, a new `.data`) adds: New badges and dots, Show the newest, the quiet failure line. */
export const liveStyles = css`
  .new-badge {
    display: inline-block;
    padding: 0 0.375rem;
    border-radius: 0.5rem;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.4;
    color: var(--_background);
    background: var(--_accent);
  }
  .mark .new-dot {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 1;
    pointer-events: none;
  }
  .show-newest {
    font-weight: 600;
  }
  /* Over the bottom corner, so that saying it pushes nothing on the page. */
  .update-status {
    position: absolute;
    inset-block-end: 0.25rem;
    inset-inline-end: 0.5rem;
    margin: 0;
    padding: 0 0.375rem;
    font-size: 0.75rem;
    color: var(--_muted);
    background: var(--_background);
    border-radius: 0.25rem;
  }
  @media (forced-colors: active) {
    .new-badge {
      color: Canvas;
      background: Highlight;
    }
    .mark .new-dot {
      fill: Highlight;
    }
  }
  @media print {
    .show-newest,
    .update-status {
      display: none;
    }
  }
`;
