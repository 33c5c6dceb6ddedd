// The browser build's d3-selection (see rollup.config.mjs): the part of it that d3-zoom, d3-drag
// and the element's zoom controller use, written for this project. d3-selection's selections
// carry some forty methods on one prototype, which no bundler can leave out; these carry the
// eight that are called. npm users get d3-selection itself.
//
// What is kept of d3-selection's behaviour: a listener is called with the node as `this` and
// (event, the node's __data__); `on("type.name", fn, options)` replaces the listener of that
// type and name, `on(".name", null)` removes every listener of that name, `on("type.name")`
// returns the listener; `property(name, fn)` sets what fn returns, or deletes it when null;
// `pointer(event, node)` is the event's position in the node's own coordinates.

class Selection {
  constructor(nodes) {
    this.nodes = nodes;
  }

  node() {
    return this.nodes[0] ?? null;
  }

  datum() {
    return this.node()?.__data__;
  }

  each(callback) {
    this.nodes.forEach((node, i, nodes) => callback.call(node, node.__data__, i, nodes));
    return this;
  }

  call(callback, ...args) {
    callback(this, ...args);
    return this;
  }

  filter(test) {
    return new Selection(this.nodes.filter((node, i, nodes) => test.call(node, node.__data__, i, nodes)));
  }

  property(name, value) {
    if (arguments.length < 2) return this.node()?.[name];
    return this.each(function (datum, i, nodes) {
      const set = typeof value === 'function' ? value.call(this, datum, i, nodes) : value;
      if (set == null) delete this[name];
      else this[name] = set;
    });
  }

  style(name, value) {
    return this.each(function () {
      if (value == null) this.style.removeProperty(name);
      else this.style.setProperty(name, value);
    });
  }

  on(typenames, listener, options) {
    const wanted = typenames
      .trim()
      .split(/\s+/)
      .map((typename) => {
        const dot = typename.indexOf('.');
        return dot < 0 ? { type: typename, name: '' } : { type: typename.slice(0, dot), name: typename.slice(dot + 1) };
      });
    const matches = (entry, { type, name }) => entry.name === name && (!type || entry.type === type);
    if (arguments.length < 2) {
      const entries = this.node()?.__on ?? [];
      for (const typename of wanted) for (const entry of entries) if (matches(entry, typename)) return entry.value;
      return undefined;
    }
    return this.each(function () {
      const entries = (this.__on ??= []);
      for (const typename of wanted) {
        // Whatever this type and name had goes, first.
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i];
          if (!matches(entry, typename)) continue;
          this.removeEventListener(entry.type, entry.listener, entry.options);
          entries.splice(i, 1);
        }
        if (!listener || !typename.type) continue;
        const node = this;
        const entry = {
          type: typename.type,
          name: typename.name,
          value: listener,
          options,
          listener(event) {
            return listener.call(node, event, node.__data__);
          },
        };
        this.addEventListener(entry.type, entry.listener, options);
        entries.push(entry);
      }
    });
  }

  /** d3-transition adds this; the browser build runs no transition, so there is none to stop. */
  interrupt() {
    return this;
  }
}

/** A selection of one node (an element, a window); a selector string selects in the document. */
export function select(target) {
  return new Selection([typeof target === 'string' ? document.querySelector(target) : target]);
}

/** The selection class, for code that adds methods to it (the d3-transition stand-in does). */
export function selection() {
  return new Selection([document.documentElement]);
}
selection.prototype = Selection.prototype;

/**
 * Where an event (or the one it came from) happened, in `node`'s coordinates: an SVG element's
 * user space, else the pixels from an element's padding box, else the page's.
 */
export function pointer(event, node) {
  while (event.sourceEvent) event = event.sourceEvent;
  if (node === undefined) node = event.currentTarget;
  if (node) {
    const svg = node.ownerSVGElement || node;
    if (svg instanceof SVGSVGElement) {
      const matrix = node.getScreenCTM();
      if (matrix) {
        const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
        return [point.x, point.y];
      }
    }
    if (node.getBoundingClientRect) {
      const box = node.getBoundingClientRect();
      return [event.clientX - box.left - node.clientLeft, event.clientY - box.top - node.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}
