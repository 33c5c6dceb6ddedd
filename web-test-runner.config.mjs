import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.mjs';
import { findChrome, CHROME_FLAGS } from './scripts/chrome.mjs';
import { litEndMarkerServer } from './scripts/lit-end-marker.mjs';
import { liveFiles, tabVisibilityPlugin } from './test/support/live-server.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium or Chrome found: run `node scripts/chrome.mjs --ensure` or set CHROME_PATH.');

/** Chromium with its time zone pinned: dates must read the same in every one of them. */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
      env: { ...process.env, TZ: timeZone },
    },
  });

// The date tests run again from UTC−11 to UTC+14, and in a zone with a half-hour offset.
const ZONES = ['Pacific/Pago_Pago', 'America/New_York', 'Asia/Kolkata', 'Asia/Pyongyang', 'Pacific/Kiritimati'];

/** `executeServerCommand('media-features', [{name, value}])`: any CSS media feature, forced-colors included; and `tap`. */
function mediaFeaturesPlugin() {
  // An emulation lasts as long as its DevTools session, so keep one per page.
  const clients = new WeakMap();
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features' && command !== 'tap') return undefined;
      const page = session.browser.getPage(session.id);
      // `executeServerCommand('tap', {x, y})`: a finger's tap, as a touch screen sends it.
      if (command === 'tap') return page.touchscreen.tap(payload.x, payload.y).then(() => true);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      // `pointer: coarse` is not a media feature DevTools emulates: a touch screen makes it so.
      const touch = payload.some(({ name, value }) => name === 'pointer' && value === 'coarse');
      await clients.get(page).send('Emulation.setTouchEmulationEnabled', { enabled: touch, maxTouchPoints: touch ? 5 : undefined });
      return true;
    },
  };
}

/**
 * A language chunk of the browser build that fails to load, for the test of what the element does
 * then: the page names the language in a cookie (`nt-fail-language=sv`) and its chunk
 * (dist/browser/news-timeline-sv-<hash>.min.js) answers 503 while the cookie is set.
 */
function failingLanguage(context, next) {
  const failing = /(?:^|;\s*)nt-fail-language=([\w-]+)/.exec(context.get('cookie') ?? '')?.[1];
  if (failing && new RegExp(`/news-timeline-${failing}-[\\w-]{8}\\.min\\.js$`).test(context.path)) {
    context.status = 503;
    return undefined;
  }
  return next();
}

/** A worker's script is fetched by its URL, not imported: `src/…/x.js` is served from `x.ts`, as imports are. */
function workerScriptsFromTypeScript(context, next) {
  const ts = context.path.replace(/\.js$/, '.ts');
  if (context.path.startsWith('/src/') && ts !== context.path && !existsSync(`.${context.path}`) && existsSync(`.${ts}`)) context.path = ts;
  return next();
}

/** `executeServerCommand('fc-runs')`: runs per generated-input property, from FC_RUNS (0: each test's own number). */
function fastCheckRunsPlugin() {
  return {
    name: 'fc-runs',
    executeCommand: ({ command }) => (command === 'fc-runs' ? Number(process.env.FC_RUNS) || 0 : undefined),
  };
}

/** `?delay=<ms>` on any address: the answer waits that long, as from a slow server (test/components/layout-shift.test.ts). */
async function slowAnswers(context, next) {
  const ms = Number(new URL(context.url, 'http://localhost').searchParams.get('delay'));
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5000)));
  return next();
}

/**
 * `/missing/<name>/dist/browser/<file>`: the browser build as a self-hosted copy that lacks the
 * chunk whose file name holds <name> (test/bundle/missing-chunk.test.ts).
 */
function copyMissingAChunk(context, next) {
  const match = /^\/missing\/([\w-]+)(\/dist\/browser\/[^/]+)$/.exec(context.path);
  if (!match) return next();
  if (match[2].includes(match[1])) {
    context.status = 404;
    context.body = 'Not found';
    return undefined;
  }
  context.url = match[2];
  return next();
}

export default {
  nodeResolve: true,
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  browsers: [chromium('UTC')],
  groups: ZONES.map((zone) => ({
    name: `dates-${zone.replace('/', '-')}`,
    files: ['test/core/dates.test.ts', 'test/core/edtf.test.ts', 'test/core/ticks.test.ts', 'test/core/tick-times.test.ts', 'test/zones/active-zone.zone-test.ts'],
    browsers: [chromium(zone)],
  })),
  middleware: [failingLanguage, workerScriptsFromTypeScript, slowAnswers, copyMissingAChunk, liveFiles],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), mediaFeaturesPlugin(), fastCheckRunsPlugin(), litEndMarkerServer(), tabVisibilityPlugin()],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countReporter()],
  // The element logs the problems it shows (as it should); the tests check the panel instead.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && (args[0].startsWith('news-timeline:') || args[0].startsWith('Lit is in dev mode'))),
  concurrentBrowsers: 1,
  concurrency: 1,
};
