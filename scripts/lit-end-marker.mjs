/**
 * lit-html 3.3.1–3.3.3's `removePart()` removes a part's start marker but not its end marker
 * (lit/lit#5010, #5298; fix proposed in PR #5299): every item a keyed `repeat` drops leaves one
 * comment node behind, so the track's DOM grows while data changes and the reader pans. This
 * adds the missing removal to `lit-html/directive-helpers.js`, in the browser build (rollup) and
 * in the test server (web-test-runner). A lit-html that no longer has the bug is left as it is;
 * one whose code is neither shape fails loudly, so an upgrade cannot drop the fix unnoticed.
 */

const FILE = /[\\/]lit-html[\\/](development[\\/])?directive-helpers\.js$/;

/** The function as lit-html ships it, minified and in development (whose spacing a server may change). */
const SHAPES = [
  { buggy: /h=o=>\{o\._\$AR\(\),o\._\$AA\.remove\(\)\}/, fixed: 'h=o=>{o._$AR(),o._$AA.remove(),o._$AB?.remove()}' },
  { buggy: /(removePart = \(part\) => \{\s*part\._\$clear\(\);\s*part\._\$startNode\.remove\(\);)(\s*\};)/, fixed: '$1 part._$endNode?.remove();$2' },
];
const FIXED = /h=o=>\{o\._\$AR\(\),o\._\$AA\.remove\(\),o\._\$AB\?\.remove\(\)\}|part\._\$endNode\?\.remove\(\)/;

/** The module's code with the end marker removed too; `null` when the file is not lit-html's helpers. */
export function fixRemovePart(code, id) {
  if (!FILE.test(id)) return null;
  if (FIXED.test(code)) return code;
  for (const { buggy, fixed } of SHAPES) if (buggy.test(code)) return code.replace(buggy, fixed);
  throw new Error(`lit-end-marker: ${id} has changed shape; check whether lit/lit#5298 is fixed and update scripts/lit-end-marker.mjs`);
}

/**
 * For Rollup and Vite: the bundle gets the fixed helpers. `strict` (this project's own build)
 * stops the build on lit-html code of an unknown shape; an app's build is only warned and gets
 * lit-html as published. Vite pre-bundles dependencies for its dev server without the app's
 * plugins, so the `config` hook adds the fix there too (Vite 8's `optimizeDeps.rolldownOptions`).
 */
export function litEndMarkerRollup({ strict = false } = {}) {
  const fix = {
    name: 'lit-end-marker',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      try {
        return { code: fixRemovePart(code, id), map: null };
      } catch (error) {
        if (strict) throw error;
        this.warn(`news-timeline/lit-end-marker: lit-html's ${id} is not a shape it knows, so it is left as published; upgrade news-timeline, or drop the plugin if lit has fixed lit/lit#5298`);
        return null;
      }
    },
  };
  return { ...fix, config: () => ({ optimizeDeps: { rolldownOptions: { plugins: [fix] } } }) };
}

/** For web-test-runner's dev server: the tests run the code the browser build ships. */
export function litEndMarkerServer() {
  return {
    name: 'lit-end-marker',
    transform(context) {
      const path = context.path;
      if (!FILE.test(path) || typeof context.body !== 'string') return undefined;
      return { body: fixRemovePart(context.body, path) };
    },
  };
}
