/** WCAG 2 contrast between colours written as `#rgb` or `#rrggbb`. */

function channels(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** Black or white, whichever reads better on a background colour. */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * `color` as it is when white text on it has at least `ratio` contrast; else darkened (mixed with
 * black in steps of 5%) until it has. Keeps the hue, so a lane's badge still reads as its lane.
 */
export function darkenForWhite(color: string, ratio: number): string {
  if (contrastRatio(color, '#ffffff') >= ratio) return color;
  const rgb = channels(color);
  let hex = color;
  // Black itself has 21:1, so the loop always ends with a colour that passes.
  for (let k = 1; k <= 20 && contrastRatio(hex, '#ffffff') < ratio; k++) {
    hex = `#${rgb.map((c) => Math.round(c * (1 - k / 20) * 255).toString(16).padStart(2, '0')).join('')}`;
  }
  return hex;
}
