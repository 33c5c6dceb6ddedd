import type { ReactiveControllerHost } from 'lit';
import type { TimelinePicture } from '../../export/image.js';

/**
 * Pictures of the track to share: `exportImage` and the Download image button. The drawing code
 * is a chunk beside the main file, loaded the first time a picture is asked for.
 */
export class Pictures {
  /** The drawing code's chunk did not load: the host says so in the element. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** What the picture is made from; throws when there is no timeline yet. */
    private readonly picture: () => TimelinePicture,
  ) {}

  async export(type: 'svg' | 'png'): Promise<Blob> {
    if (type !== 'svg' && type !== 'png') throw new TypeError(`news-timeline: exportImage takes 'svg' or 'png', not ${String(type)}`);
    const input = this.picture();
    const { exportPicture } = await this.drawing();
    return exportPicture(this.host, type, input);
  }

  private drawing(): Promise<typeof import('../../export/image.js')> {
    return import('../../export/image.js').catch((error: unknown) => {
      this.failed = true;
      this.host.requestUpdate();
      throw error;
    });
  }

  /** Saves a PNG of the track, named after the timeline. */
  readonly download = (): void => {
    this.drawing()
      .then(({ downloadPicture }) => downloadPicture(this.host, this.picture()))
      .catch((error: unknown) => console.error('news-timeline: the image could not be made', error));
  };
}
