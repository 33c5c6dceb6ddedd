// `npm run bench`: news-timeline, vis-timeline and TimelineJS3 on the same generated events, each
// page in its own headless Chromium with a time cap. Measures bytes loaded, first render, frame
// gaps during a scripted zoom and pan, JS heap and DOM size; prints a Markdown table, saves
// bench/results/latest.json and bench/results/chart.svg.
//
//   node bench/run.mjs [--quick] [--runs=N] [--sizes=27,1000,...] [--only=news-timeline,...] [--cap=SECONDS] [--from=FILE]
//
// --quick: one run of the flagship and 1,000 events, results in latest-quick.json and chart-quick.svg.
// --from=bench/results/latest.json: no measuring, only the medians, table and chart again.
// BENCH_DEBUG=1 logs each step of the interaction.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem, loadavg, release, platform } from 'node:os';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_FLAGS } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';
import { frameSummary, median } from './stats.mjs';
import { markdownReport } from './report.mjs';
import { chartSvg } from './chart.mjs';
import { interact, VIEWPORT, GESTURES } from './interaction.mjs';

const require = createRequire(import.meta.url);
const local = (path) => new URL(`../${path}`, import.meta.url).pathname;

const CONTESTANTS = [
  { name: 'news-timeline', page: 'news-timeline', version: JSON.parse(readFileSync(local('package.json'), 'utf8')).version, maxSize: 1_000_000, zoom: 'wheel' },
  { name: 'vis-timeline', page: 'vis-timeline', version: require('vis-timeline/package.json').version, maxSize: 100_000, zoom: 'wheel' },
  { name: 'TimelineJS3', page: 'timelinejs', version: require('@knight-lab/timelinejs/package.json').version, maxSize: 100_000, zoom: 'buttons' },
];
const FLAGSHIP = 27;

function options(argv) {
  const flag = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const quick = argv.includes('--quick');
  const list = (value) => value?.split(',').map((item) => item.trim()).filter(Boolean);
  return {
    quick,
    runs: Number(flag('runs') ?? (quick ? 1 : 3)),
    sizes: (list(flag('sizes')) ?? (quick ? [FLAGSHIP, 1_000] : [FLAGSHIP, 1_000, 10_000, 100_000, 1_000_000])).map(Number),
    only: list(flag('only')),
    capSeconds: Number(flag('cap') ?? 60),
    from: flag('from'),
  };
}

class DidNotFinish extends Error {
  constructor(phase, seconds) {
    super(`did not finish ${phase} within the ${seconds} s cap`);
    this.phase = phase;
  }
}

/** One contestant, one size, one fresh browser: everything measured, or how far it got. */
async function attempt(contestant, size, server, capSeconds) {
  const result = { contestant: contestant.name, size, status: 'finished' };
  // A browser server, so that its process is ours to kill when a page stays stuck.
  const browserServer = await chromium.launchServer({
    executablePath: findChrome(),
    args: [...CHROME_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const browser = await chromium.connect(browserServer.wsEndpoint());
  // Loading the page and building the events get their own cap; the contestant's starts when it
  // is handed the data.
  let deadline = Date.now() + capSeconds * 1000;
  let phase = 'loading';
  const within = (promise) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new DidNotFinish(phase, capSeconds)), Math.max(0, deadline - Date.now()));
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const loaded = new Set();
    page.on('requestfinished', (request) => loaded.add(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
    });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await within(page.goto(`${server.origin}/bench/pages/${contestant.page}.html`));
    await within(page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { polling: 50, timeout: 0 }));
    phase = 'preparing the data';
    const prepared = await within(page.evaluate((s) => window.bench.prepare(s), size === FLAGSHIP ? 'flagship' : size));
    Object.assign(result, prepared);
    // What the contestant itself loaded: not the benchmark's pages, not the data.
    result.bytesGzip = [...loaded]
      .filter((path) => !path.startsWith('/bench/') && !path.startsWith('/src/data/'))
      .reduce((sum, path) => sum + (server.gzipSize(path) ?? 0), 0);
    phase = 'first render';
    deadline = Date.now() + capSeconds * 1000;
    result.renderMs = await within(page.evaluate(() => window.bench.render()));
    phase = 'the heap and DOM count after the first render';
    result.heapAfterRender = await within(heap());
    result.domAfterRender = await within(page.evaluate(() => window.bench.elements()));
    const started = Date.now();
    const progress = { done: 0 };
    phase = 'zoom and pan';
    try {
      const gaps = await within(interact(page, contestant, progress));
      Object.assign(result, frameSummary(gaps));
    } finally {
      result.gesturesDone = progress.done;
    }
    result.interactionMs = Date.now() - started;
    phase = 'the heap and DOM count after zoom and pan';
    result.heapAfterInteraction = await within(heap());
    result.domAfterInteraction = await within(page.evaluate(() => window.bench.elements()));
    result.info = await within(page.evaluate(() => window.bench.info()));
  } catch (error) {
    result.status = error instanceof DidNotFinish ? 'did not finish' : 'failed';
    result.phase = phase;
    result.message = error.message.split('\n')[0];
  } finally {
    if (errors.length) result.errors = errors.slice(0, 5);
    // A page stuck in a long task can keep close() waiting: then the browser we started is killed.
    await Promise.race([browser.close().catch(() => {}), new Promise((done) => setTimeout(done, 5000))]);
    const child = browserServer.process();
    if (child.exitCode === null && child.signalCode === null) await browserServer.kill();
  }
  return result;
}

const METRICS = ['bytesGzip', 'renderMs', 'p50', 'p95', 'max', 'heapAfterRender', 'heapAfterInteraction', 'domAfterRender', 'domAfterInteraction', 'interactionMs'];

/** Where a capped attempt stopped, in words. */
function stopReason(attempt, capSeconds) {
  if (attempt.status === 'failed') return `failed during ${attempt.phase}: ${attempt.message}`;
  let phase = attempt.phase;
  // Older results called the checks right after the first render "first render" too.
  if (phase === 'first render' && attempt.renderMs !== undefined) phase = 'the heap and DOM count after the first render';
  if (phase === 'zoom and pan' && attempt.gesturesDone !== undefined) phase += ` (${attempt.gesturesDone} of ${GESTURES} gestures done)`;
  return `did not finish ${phase} within the ${capSeconds} s cap`;
}

/** Medians across runs of each figure; a size counts as finished only if every attempt finished. */
function summarise(attempts, capSeconds) {
  const finished = attempts.filter((a) => a.status === 'finished');
  const summary = {
    contestant: attempts[0].contestant,
    size: attempts[0].size,
    events: attempts.find((a) => a.events)?.events,
    dataBytes: attempts.find((a) => a.dataBytes)?.dataBytes,
    attempts: attempts.length,
    finished: finished.length,
    status: finished.length === attempts.length ? 'finished' : attempts.some((a) => a.status === 'did not finish') ? 'did not finish' : 'failed',
  };
  for (const metric of METRICS) summary[metric] = median(attempts.map((a) => a[metric]));
  // How many attempts gave each figure, when fewer than all.
  for (const metric of METRICS) {
    const count = attempts.filter((a) => a[metric] !== undefined).length;
    if (count) (summary.counts ??= {})[metric] = count;
  }
  const stuck = attempts.find((a) => a.status !== 'finished');
  if (stuck) summary.note = stopReason(stuck, capSeconds);
  return summary;
}

function machine(browserVersion, options) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    chromium: browserVersion,
    node: process.version,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
    runs: options.runs,
    capSeconds: options.capSeconds,
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts.from) {
    save(JSON.parse(readFileSync(opts.from, 'utf8')));
    return;
  }
  if (!existsSync(local('dist/browser/news-timeline.min.js'))) {
    console.error('dist/browser/news-timeline.min.js is missing: run `npm run build` first (`npm run bench` does).');
    process.exit(1);
  }
  if (!findChrome()) {
    console.error('No Chromium or Chrome found: install one, or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  const contestants = CONTESTANTS.filter((c) => !opts.only || opts.only.includes(c.name));
  const probe = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  const browserVersion = probe.version();
  await probe.close();
  const about = machine(browserVersion, opts);
  const server = await serve();
  const began = Date.now();
  const attempts = new Map(); // "name size" -> attempts
  const gaveUpAt = new Map(); // name -> smallest size that did not finish
  try {
    for (let run = 1; run <= opts.runs; run++) {
      for (const contestant of contestants) {
        for (const size of opts.sizes) {
          if (size > contestant.maxSize) continue;
          // After a capped attempt that did not finish, later runs skip that size and larger ones.
          if (run > 1 && gaveUpAt.has(contestant.name) && size >= gaveUpAt.get(contestant.name)) continue;
          const result = await attempt(contestant, size, server, opts.capSeconds);
          const key = `${contestant.name} ${size}`;
          attempts.set(key, [...(attempts.get(key) ?? []), { run, ...result }]);
          const known = gaveUpAt.get(contestant.name);
          if (result.status !== 'finished' && (known === undefined || size < known)) gaveUpAt.set(contestant.name, size);
          const figure = result.status === 'finished'
            ? `render ${result.renderMs.toFixed(0)} ms, p95 ${result.p95.toFixed(1)} ms`
            : `${result.status}: ${result.message}`;
          console.error(`[${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] run ${run}/${opts.runs} ${contestant.name} ${size.toLocaleString('en')}: ${figure}`);
        }
      }
    }
  } finally {
    await server.close();
  }
  save({
    date: new Date().toISOString(),
    quick: opts.quick,
    durationSeconds: Math.round((Date.now() - began) / 1000),
    machine: about,
    contestants: contestants.map(({ name, version, zoom }) => ({ name, version, zoom })),
    attempts: [...attempts.values()].flat(),
  });
}

/** Medians from the attempts, then the JSON, the chart and the table. */
function save(results) {
  const groups = new Map();
  for (const a of results.attempts) groups.set(`${a.contestant} ${a.size}`, [...(groups.get(`${a.contestant} ${a.size}`) ?? []), a]);
  results.summaries = [...groups.values()].map((attempts) => summarise(attempts, results.machine.capSeconds));
  const out = local('bench/results/');
  mkdirSync(out, { recursive: true });
  const suffix = results.quick ? '-quick' : '';
  writeFileSync(`${out}latest${suffix}.json`, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(`${out}chart${suffix}.svg`, chartSvg(results));
  console.log(markdownReport(results));
  console.error(`saved bench/results/latest${suffix}.json and bench/results/chart${suffix}.svg (${results.durationSeconds} s)`);
}

await main();
