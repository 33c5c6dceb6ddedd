import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Bundles what `tsc` emitted into dist/ (TypeScript 7 has no compiler API for a rollup plugin).
export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/news-timeline.min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Lit's "production" condition drops its dev-mode warnings from the browser build.
    nodeResolve({ exportConditions: ['production'], browser: true }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
