/** The two themes' colours: the styles are built from these, and the contrast tests check them. */
export const THEMES = {
  light: {
    text: '#1f2328',
    muted: '#57606a',
    background: '#ffffff',
    surface: '#f6f8fa',
    border: '#d0d7de',
    grid: '#eaeef2',
    'era-fill': '#8c959f',
    accent: '#0550ae',
    focus: '#0969da',
    error: '#a40e26',
    'error-surface': '#fff0f0',
  },
  dark: {
    text: '#e6edf3',
    muted: '#9da7b3',
    background: '#0d1117',
    surface: '#161b22',
    border: '#3d444d',
    grid: '#21262d',
    'era-fill': '#8b949e',
    accent: '#79c0ff',
    focus: '#58a6ff',
    error: '#ff9492',
    'error-surface': '#2d1215',
  },
} as const;

export type ThemeName = keyof typeof THEMES;

/**
 * `--_name: var(--nt-name, value);` for one theme: the styles read the private `--_name`, so a
 * page's `--nt-name`, set on the element or on any ancestor, wins over the theme's value.
 */
export function themeDeclarations(name: ThemeName): string {
  return Object.entries(THEMES[name])
    .map(([key, value]) => `--_${key}: var(--nt-${key}, ${value});`)
    .join('\n');
}
