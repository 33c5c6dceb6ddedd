import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through its style object, never a `style` attribute: pages
 * with a strict Content-Security-Policy refuse inline style attributes, not the CSSOM.
 */
class CssProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name in props) style.setProperty(name, props[name]);
    return noChange;
  }
}

export const cssProps = directive(CssProps);
