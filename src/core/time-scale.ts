/** A linear map from time (epoch ms) to pixels and back: the little of d3-scale we need. */
export interface TimeScale {
  (time: number): number;
  invert(pixel: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [t0, t1] = domain;
  const [r0, r1] = range;
  const ratio = (r1 - r0) / (t1 - t0 || 1);
  const scale = ((time: number) => r0 + (time - t0) * ratio) as TimeScale;
  scale.invert = (pixel: number) => t0 + (pixel - r0) / (ratio || 1);
  Object.assign(scale, { domain: [t0, t1], range: [r0, r1] });
  return scale;
}
