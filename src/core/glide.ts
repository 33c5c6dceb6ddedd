/**
 * The windows a glide passes through, from one window in time to another: a zoom about the one
 * instant that sits at the same place across both windows, its span changing by the same factor
 * each moment, so that a zoom looks even at every scale. Windows of the same span slide across.
 * `t` runs from 0 to 1 (eased by the caller); 0 gives `from`, 1 gives `to`.
 */
export function glidePath(from: readonly [number, number], to: readonly [number, number]): (t: number) => [number, number] {
  const [a0, a1] = from;
  const [b0, b1] = to;
  const spanA = a1 - a0;
  const spanB = b1 - b0;
  if (spanA <= 0 || spanB <= 0 || Math.abs(spanA - spanB) <= 1e-9 * Math.max(spanA, spanB)) {
    return (t) => [a0 + (b0 - a0) * t, a1 + (b1 - a1) * t];
  }
  // The fixed instant p: (p − a0) / spanA = (p − b0) / spanB.
  const p = (a0 * spanB - b0 * spanA) / (spanB - spanA);
  const share = (p - a0) / spanA;
  return (t) => {
    if (t >= 1) return [b0, b1];
    const span = spanA * (spanB / spanA) ** t;
    return [p - share * span, p + (1 - share) * span];
  };
}
