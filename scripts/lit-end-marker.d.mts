/** The source of a module with lit-html's `removePart()` fixed; `null` when `id` is not lit-html's `directive-helpers.js`. */
export function fixRemovePart(code: string, id: string): string | null;

interface EndMarkerFix {
  name: string;
  transform(this: { warn(message: string): void }, code: string, id: string): { code: string; map: null } | null;
}

/**
 * A Rollup or Vite plugin: bundles lit-html with `removePart()` removing the end marker too
 * (lit/lit#5298), in Vite's dev server as well. On lit-html code of a shape it does not know it
 * warns and leaves it as published (`strict: true` stops the build instead).
 */
export function litEndMarkerRollup(options?: { strict?: boolean }): EndMarkerFix & {
  config(): { optimizeDeps: { rolldownOptions: { plugins: EndMarkerFix[] } } };
};

/** A web-test-runner (or web-dev-server) plugin doing the same for the files it serves. */
export function litEndMarkerServer(): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string | null } | undefined;
};
