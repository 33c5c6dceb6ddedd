import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { litEndMarkerRollup } from './scripts/lit-end-marker.mjs';

/**
 * d3-zoom imports d3-interpolate (with d3-color) only for its own transitions, which the element
 * never starts: it glides its zooms itself (src/core/glide.ts). The stand-in throws if ever reached;
 * test/bundle/browser-build.test.ts runs every gesture on the built file and sees no error.
 */
const NO_INTERPOLATE = '\0d3-interpolate-stand-in';
function withoutInterpolators() {
  return {
    name: 'without-interpolators',
    resolveId: (id) => (id === 'd3-interpolate' ? NO_INTERPOLATE : null),
    load(id) {
      if (id !== NO_INTERPOLATE) return null;
      return 'export function interpolateZoom() { throw new Error("news-timeline: d3 zoom transitions are not in this build"); }';
    },
  };
}

/**
 * d3-zoom imports d3-transition (with d3-timer and d3-ease) for `interrupt()`, called before each
 * gesture, and for `transition()`, called only by its double-click (whose listener the element
 * replaces, with duration 0). With no transition ever started, d3's `interrupt()` does nothing;
 * the stand-in is that nothing, and leaves `selection.transition` undefined, so a call that did
 * reach it would throw (the bundle test would see it). The npm build keeps the real d3-transition.
 */
const NO_TRANSITION = '\0d3-transition-stand-in';
function withoutTransitions() {
  return {
    name: 'without-transitions',
    resolveId: (id) => (id === 'd3-transition' ? NO_TRANSITION : null),
    load(id) {
      if (id !== NO_TRANSITION) return null;
      return [
        "import { selection } from 'd3-selection';",
        'export function interrupt() {}',
        'selection.prototype.interrupt = function () { return this; };',
      ].join('\n');
    },
  };
}

/**
 * Lit's css`` templates reach the browser as written: indentation, line breaks and comments
 * included (terser leaves template text alone). This squeezes them in the style modules: comments
 * out, runs of white space down to one space, none around braces and semicolons nor after colons
 * and commas. Nothing else changes, so selectors and values mean what they meant.
 */
function compactCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([:,]) /g, '$1');
  return {
    name: 'compact-css',
    transform(code, id) {
      if (!/\.styles\.js$/.test(id)) return null;
      return { code: code.replace(/css ?`([^`]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * Lit's html`` and svg`` templates keep the indentation of the source: every line break and the
 * spaces after it reach the browser build. This folds each run of white space that holds a line
 * break into one space, in the static text of those templates only (found in the syntax tree, not
 * by pattern). One space renders as the run did: HTML and SVG collapse white space, and no
 * template holds preformatted text (the summary's pre-line text is data, bound, not template).
 */
function compactTemplates() {
  /** Every node of a syntax tree, depth first. */
  function* nodes(node) {
    if (!node || typeof node.type !== 'string') return;
    yield node;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) yield* nodes(child);
      else if (value && typeof value === 'object') yield* nodes(value);
    }
  }
  return {
    name: 'compact-templates',
    transform(code, id) {
      if (!id.includes('/dist/') || !/\b(html|svg) ?`/.test(code)) return null;
      const quasis = [];
      for (const node of nodes(this.parse(code))) {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
          quasis.push(...node.quasi.quasis);
        }
      }
      let out = '';
      let at = 0;
      for (const quasi of quasis.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, quasi.start) + code.slice(quasi.start, quasi.end).replace(/\s*\n\s*/g, ' ');
        at = quasi.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/**
 * The reader's worker is a file of its own beside the main file (a worker cannot share the main
 * file's chunks: importing it would register the element where there is no DOM). The main file
 * finds it by name, next to itself.
 */
const WORKER_FILE = 'news-timeline-reader.min.js';
function workerBesideMain() {
  return {
    name: 'worker-beside-main',
    transform(code, id) {
      if (!id.endsWith('/dist/formats/off-thread.js')) return null;
      const from = "new URL('./read-worker.js', import.meta.url)";
      if (!code.includes(from)) throw new Error('worker-beside-main: off-thread.js no longer names ./read-worker.js');
      return { code: code.replace(from, `new URL('./${WORKER_FILE}', import.meta.url)`), map: null };
    },
  };
}

const minify = () => terser({ ecma: 2021, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } });

// Bundles what `tsc` emitted into dist/ (TypeScript 7 has no compiler API for a rollup plugin).
export default [{
  input: 'dist/index.js',
  // A chunk imports what it shares with the main file from the main file itself (no facade file
  // in between): the main file may then export a few internal bindings besides its own.
  preserveEntrySignatures: 'allow-extension',
  output: {
    // The main file keeps its name; readers few pages need (TimelineJS3, CSV, the HTML list) and
    // the image export are chunks beside it, fetched by the main file only when a page uses them.
    // All of them in one folder, so self-hosting is copying that folder.
    dir: 'dist/browser',
    entryFileNames: 'news-timeline.min.js',
    chunkFileNames: 'news-timeline-[name]-[hash].min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Before node-resolve, so that these names never reach node_modules.
    compactCss(),
    compactTemplates(),
    withoutInterpolators(),
    withoutTransitions(),
    // lit-html's keyed repeat leaves a comment behind per removed item (see the script).
    litEndMarkerRollup({ strict: true }),
    workerBesideMain(),
    // Lit's "production" condition drops its dev-mode warnings from the browser build.
    nodeResolve({ exportConditions: ['production'], browser: true }),
    minify(),
  ],
}, {
  // The worker, in one file: every reader it may need is inside (it reads only large files).
  input: 'dist/formats/read-worker.js',
  output: { file: `dist/browser/${WORKER_FILE}`, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [nodeResolve({ browser: true }), minify()],
}];
