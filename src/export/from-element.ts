import { THEMES } from '../components/news-timeline/theme.js';
import type { TrackScene } from '../core/scene.js';
import type { LocalizedText } from '../core/types.js';
import type { Palette } from './drawing.js';

/** Fonts tried after the page's own, so the picture reads in Latin and Arabic anywhere. */
const FALLBACK_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", Tahoma, Arial, sans-serif';

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * A theme value as a plain colour (`#rrggbb` or `rgba(…)`), or undefined when it is not one: a
 * page's `--nt-text: url(https://…)` must not become a fill that fetches an address when the
 * picture is opened. A canvas reads CSS colours and ignores anything else.
 */
export function asColour(value: string): string | undefined {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe || value === '') return undefined;
  // Two different starting colours: a value the canvas ignored leaves them apart.
  probe.fillStyle = '#000000';
  probe.fillStyle = value;
  const first = probe.fillStyle;
  probe.fillStyle = '#ffffff';
  probe.fillStyle = value;
  return first === probe.fillStyle ? first : undefined;
}

/** The colours the element is drawn in now (its theme, or the page's --nt-* custom properties). */
export function paletteOf(element: Element): Palette {
  const style = getComputedStyle(element);
  const dark = style.getPropertyValue('color-scheme').includes('dark');
  const theme = THEMES[dark ? 'dark' : 'light'];
  const read = (name: keyof typeof theme) => asColour(style.getPropertyValue(`--_${name}`).trim()) ?? theme[name];
  const opacity = parseFloat(style.getPropertyValue('--_era-opacity'));
  return {
    text: read('text'),
    muted: read('muted'),
    background: read('background'),
    border: read('border'),
    grid: read('grid'),
    eraFill: read('era-fill'),
    eraOpacity: Number.isFinite(opacity) ? opacity : 0.1,
    accent: read('accent'),
  };
}

/** The element's font family, then fallbacks. */
export function fontOf(element: Element): string {
  const family = getComputedStyle(element).fontFamily.trim();
  return family ? `${family}, ${FALLBACK_FONTS}` : FALLBACK_FONTS;
}

/** Each publisher of the sources of the events in the picture, once, in the language's order. */
export function publishersIn(scene: TrackScene, text: (value: LocalizedText | undefined) => string, lang: string): string[] {
  const names = new Set<string>();
  for (const mark of scene.marks) {
    for (const event of mark.events) for (const source of event.sources) if (source.publisher) names.add(text(source.publisher));
  }
  names.delete('');
  return [...names].sort((a, b) => a.localeCompare(b, lang));
}
