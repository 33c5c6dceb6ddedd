/**
 * Disjoint intervals kept sorted, with an O(log n) test for free room. Adding one splices the
 * arrays, which costs O(n) moves; n stays small because every interval is at least a mark wide
 * (12 px) and overlapping ones merge, so a row holds at most about width / 12 of them.
 */
export class Occupancy {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first interval that ends after `x`. */
  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isFree(from: number, to: number): boolean {
    const i = this.firstEndingAfter(from);
    return i === this.starts.length || this.starts[i] >= to;
  }

  /** Free room from `x` towards larger values, up to `limit`. */
  roomAfter(x: number, limit: number): number {
    const i = this.firstEndingAfter(x);
    if (i < this.starts.length && this.starts[i] <= x) return 0;
    const next = i < this.starts.length ? Math.min(this.starts[i], limit) : limit;
    return Math.max(0, next - x);
  }

  /** Free room from `x` towards smaller values, down to `limit`. */
  roomBefore(x: number, limit: number): number {
    const i = this.firstEndingAfter(x) - 1;
    if (i + 1 < this.starts.length && this.starts[i + 1] < x && this.ends[i + 1] > x) return 0;
    const previous = i >= 0 ? Math.max(this.ends[i], limit) : limit;
    return Math.max(0, x - previous);
  }

  /** The first place at or after `from` with `size` free room before `limit`, or -1. */
  firstFree(from: number, size: number, limit: number): number {
    let candidate = from;
    for (let i = this.firstEndingAfter(from); i < this.starts.length; i++) {
      if (this.starts[i] >= candidate + size) break;
      candidate = Math.max(candidate, this.ends[i]);
    }
    return candidate + size <= limit ? candidate : -1;
  }

  /** Takes [from, to), merging it with any interval it overlaps so the intervals stay disjoint. */
  add(from: number, to: number): void {
    let i = this.firstEndingAfter(from);
    let j = i;
    while (j < this.starts.length && this.starts[j] <= to) {
      from = Math.min(from, this.starts[j]);
      to = Math.max(to, this.ends[j]);
      j++;
    }
    if (i > 0 && this.ends[i - 1] >= from) {
      i--;
      from = Math.min(from, this.starts[i]);
    }
    this.starts.splice(i, j - i, from);
    this.ends.splice(i, j - i, to);
  }
}
