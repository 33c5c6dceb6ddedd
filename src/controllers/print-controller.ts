import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Print shows the list of every event: `printing` turns on before the page is laid out for
 * paper, and the host renders synchronously then (`renderNow`), since print layout will not wait.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  private readonly before = () => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private readonly after = () => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
