import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the share control says after it was used: copied, or the link to copy by hand. */
export interface ShareStatus {
  id: string;
  copied: boolean;
  link: string;
}

/** How long "Link copied" stays in view. */
const CONFIRMATION_MS = 4000;

/**
 * Shares the link to an event: the Web Share API where the browser offers it (phones), else the
 * clipboard with a visible confirmation, else the link shown to copy by hand.
 */
export class ShareController implements ReactiveController {
  status: ShareStatus | null = null;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.status = null;
  }

  async share(id: string, title: string, link: string): Promise<void> {
    this.show(null);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url: link });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing more to do. Any other failure: copy instead.
        if ((error as Error | null)?.name === 'AbortError') return;
      }
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is shown instead.
    }
    this.show({ id, copied, link });
  }

  private show(status: ShareStatus | null): void {
    clearTimeout(this.timer);
    this.status = status;
    if (status?.copied) this.timer = setTimeout(() => this.show(null), CONFIRMATION_MS);
    this.host.requestUpdate();
  }
}
