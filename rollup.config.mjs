import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * d3-transition and d3-interpolate import d3-color to tween colours. The element only ever
 * tweens the zoom transform, so the browser build gets a stand-in that recognises no colour
 * (values are then tweened as numbers or strings): about 10 KB of minified code saved.
 * `test/bundle/` checks the built file still zooms with its animated transitions.
 */
const NO_COLOUR = '\0d3-color-stand-in';
function withoutColourTweens() {
  return {
    name: 'without-colour-tweens',
    resolveId: (id) => (id === 'd3-color' ? NO_COLOUR : null),
    load(id) {
      if (id !== NO_COLOUR) return null;
      return [
        'export function color() { return null; }',
        'const unsupported = () => { throw new Error("news-timeline: colour tweens are not in this build"); };',
        'export const rgb = unsupported, hsl = unsupported, lab = unsupported, hcl = unsupported, cubehelix = unsupported;',
      ].join('\n');
    },
  };
}

// Bundles what `tsc` emitted into dist/ (TypeScript 7 has no compiler API for a rollup plugin).
export default {
  input: 'dist/index.js',
  // A chunk imports what it shares with the main file from the main file itself (no facade file
  // in between): the main file may then export a few internal bindings besides its own.
  preserveEntrySignatures: 'allow-extension',
  output: {
    // The main file keeps its name; readers few pages need (TimelineJS3, CSV, the HTML list) and
    // the image export are chunks beside it, fetched by the main file only when a page uses them.
    dir: 'dist',
    entryFileNames: 'news-timeline.min.js',
    chunkFileNames: 'news-timeline-[name]-[hash].min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    withoutColourTweens(),
    // Lit's "production" condition drops its dev-mode warnings from the browser build.
    nodeResolve({ exportConditions: ['production'], browser: true }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
