import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The controls of a group the arrow keys move between: the visible buttons. */
const items = (group: Element) => [...group.querySelectorAll<HTMLElement>('button')].filter((item) => item.checkVisibility());

/**
 * The toolbar and the legend as one tab stop each (the ARIA toolbar pattern): Tab enters a group
 * on the control last used there, the arrow keys (mirrored right to left), Home and End move
 * inside it. Groups are the elements marked `data-roving` in the host's shadow root.
 */
export class RovingGroupsController implements ReactiveController {
  /** The control holding each group's tab stop, by the group's name. */
  private readonly current = new Map<string, HTMLElement>();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.keydown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.focusin as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.keydown as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.focusin as EventListener);
  }

  /**
   * After each render: exactly one control of each group is in the tab order. Only a control used
   * before is checked for visibility (folding may have hidden it): reading it lays the page out at
   * once, which a first render need not pay for. A group's checked control and its first are
   * visible whenever the group is.
   */
  hostUpdated(): void {
    for (const group of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-roving]')) {
      const controls = [...group.querySelectorAll<HTMLElement>('button')];
      const name = group.dataset.roving ?? '';
      const held = this.current.get(name);
      const stop = held && controls.includes(held) && held.checkVisibility() ? held : (controls.find((c) => c.getAttribute('aria-checked') === 'true') ?? controls[0]);
      for (const control of controls) control.tabIndex = control === stop ? 0 : -1;
    }
  }

  private readonly focusin = (event: FocusEvent): void => {
    const control = event.target as HTMLElement;
    const group = control.closest?.('[data-roving]');
    if (!group || control.localName !== 'button') return;
    this.current.set((group as HTMLElement).dataset.roving ?? '', control);
    for (const other of group.querySelectorAll<HTMLElement>('button')) other.tabIndex = other === control ? 0 : -1;
  };

  private readonly keydown = (event: KeyboardEvent): void => {
    const control = event.target as HTMLElement;
    const group = control.closest?.('[data-roving]');
    if (!group || control.localName !== 'button' || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = items(group);
    const at = controls.indexOf(control);
    const rtl = getComputedStyle(group).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 }[event.key];
    let next: HTMLElement | undefined;
    if (event.key === 'Home') next = controls[0];
    else if (event.key === 'End') next = controls[controls.length - 1];
    else if (step) next = controls[(at + step + controls.length) % controls.length];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
}
