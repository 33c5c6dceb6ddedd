import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.mjs';
import { findChrome, CHROME_FLAGS } from './scripts/chrome.mjs';
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

/** `executeServerCommand('media-features', [{name, value}])`: any CSS media feature, forced-colors included. */
function mediaFeaturesPlugin() {
  // An emulation lasts as long as its DevTools session, so keep one per page.
  const clients = new WeakMap();
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/**
 * A language chunk of the browser build that fails to load, for the test of what the element does
 * then: the page names the language in a cookie (`nt-fail-language=sv`) and its chunk
 * (dist/news-timeline-sv-<hash>.min.js) answers 503 while the cookie is set.
 */
function failingLanguage(context, next) {
  const failing = /(?:^|;\s*)nt-fail-language=([\w-]+)/.exec(context.get('cookie') ?? '')?.[1];
  if (failing && new RegExp(`/news-timeline-${failing}-[\\w-]{8}\\.min\\.js$`).test(context.path)) {
    context.status = 503;
    return undefined;
  }
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
  middleware: [failingLanguage, liveFiles],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), mediaFeaturesPlugin(), tabVisibilityPlugin()],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countReporter()],
  // The element logs the problems it shows (as it should); the tests check the panel instead.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && (args[0].startsWith('news-timeline:') || args[0].startsWith('Lit is in dev mode'))),
  concurrentBrowsers: 1,
  concurrency: 1,
};
