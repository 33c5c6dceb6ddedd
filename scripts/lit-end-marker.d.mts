/** The source of a module with lit-html's `removePart()` fixed; `null` when `id` is not lit-html's `directive-helpers.js`. */
export function fixRemovePart(code: string, id: string): string | null;

/** A Rollup or Vite plugin: bundles lit-html with `removePart()` removing the end marker too (lit/lit#5298). */
export function litEndMarkerRollup(): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};

/** A web-test-runner (or web-dev-server) plugin doing the same for the files it serves. */
export function litEndMarkerServer(): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string | null } | undefined;
};
