import { css } from 'lit';

/** The toolbar's styles: the view choice, zoom buttons, tools, help and the legend, folded on narrow widths. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding-inline: 0.25rem;
  }
  .controls,
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }
  .tools {
    margin-inline-start: auto;
  }
  .legend {
    flex-basis: 100%;
  }
  /* The view choice: one segmented control, the current view filled in. */
  .views {
    display: inline-flex;
  }
  .views button {
    border-radius: 0;
    margin-inline-start: -1px;
  }
  .views button:first-child {
    border-start-start-radius: 6px;
    border-end-start-radius: 6px;
    margin-inline-start: 0;
  }
  .views button:last-child {
    border-start-end-radius: 6px;
    border-end-end-radius: 6px;
  }
  .views button[aria-checked='true'] {
    position: relative;
    color: var(--_background);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .views button:focus-visible {
    z-index: 1;
  }
  button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .tools-toggle {
    display: none;
  }
  /* Narrow: the tools and the legend fold behind one button, so the story comes first. */
  @container (max-width: 599px) {
    .tools-toggle {
      display: inline-block;
    }
    .tools-toggle::after {
      content: ' ▾' / '';
    }
    .tools-toggle[aria-expanded='true']::after {
      content: ' ▴' / '';
    }
    .views button,
    .tools-toggle {
      padding-inline: 0.375rem;
    }
    .folded .foldable {
      display: none;
    }
    .tools {
      margin-inline-start: 0;
      flex-basis: 100%;
    }
  }
  /* Touch: every control at least 44 by 44 pixels. */
  @media (pointer: coarse) {
    button {
      min-height: 44px;
      min-width: 44px;
    }
  }
  .legend,
  .zoom {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .legend button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
    background: transparent;
  }
  .swatch {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    flex: none;
    forced-color-adjust: none;
  }
  .legend button[aria-pressed='false'] .swatch {
    opacity: 0.35;
  }
  /* − and + (named by aria-label), larger than the words beside them. */
  .zoom button[aria-label] {
    font-size: 1rem;
    line-height: 1;
  }
`;
