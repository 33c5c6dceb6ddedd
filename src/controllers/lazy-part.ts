import type { ReactiveControllerHost } from 'lit';

/**
 * A part of the element that few pages need (the story view, say), loaded from a chunk beside
 * the main file the first time it is asked for; the host renders again once it is there, unless
 * `arrived` says no render needs it yet (a part loaded ahead of time, while the page is idle).
 */
export class LazyPart<T> {
  private value?: T;
  private started = false;
  /** The part's chunk did not load: the host says so in the element, not only in the console. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    private readonly what: string,
    /** Told of the part when it arrives; returns whether the host must render again. */
    private readonly arrived: (part: T) => boolean = () => true,
  ) {}

  /** The part, or undefined while it loads (the first call starts loading). */
  get(): T | undefined {
    if (!this.started) {
      this.started = true;
      this.load()
        .then((value) => {
          this.value = value;
          if (this.arrived(value)) this.host.requestUpdate();
        })
        .catch((error: unknown) => {
          console.error(`news-timeline: ${this.what} could not be loaded`, error);
          this.failed = true;
          this.host.requestUpdate();
        });
    }
    return this.value;
  }
}
