import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';

let runs: number | undefined;

/**
 * Checks a property with fast-check: `ci` runs here, or FC_RUNS each for a longer local run
 * (`FC_RUNS=5000 npx web-test-runner --files test/core/generated.test.ts`). A failure names the
 * seed and path that replay it; such a case then becomes a plain regression test.
 */
export async function check<T>(property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>, ci: number): Promise<void> {
  runs ??= Number(await executeServerCommand('fc-runs')) || 0;
  // A run that takes seconds has hung: fast-check fails it (async properties) rather than the suite waiting.
  await fc.assert(property as fc.IAsyncPropertyWithHooks<T>, { numRuns: runs || ci, timeout: 2000 });
}

