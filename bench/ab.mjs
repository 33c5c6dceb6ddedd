// Two builds of news-timeline, run in turn on the benchmark's page and events: a change's effect
// is smaller than this machine's run-to-run spread (a full run's medians move by a quarter), so
// builds are compared in alternating pairs, each run in a fresh browser, the order flipped every
// pair. Prints each run, the medians and how many pairs the new build won; saves the runs in
// bench/.cache/ab-<time>.json.
//
//   node bench/ab.mjs --base=DIR [--size=flagship|N] [--pairs=N] [--interact]
//
// DIR: another checkout, built (`git worktree add /tmp/base <ref> && cd /tmp/base && npm ci &&
// npm run build`). Only its dist/ is used: pages, events and timing are this tree's, for both.
// --interact: the benchmark's zoom and pan too (frame p95, max, and frames over one vsync).
// Each run also reports the main thread's CPU time (cpu: the first render; cpuFrame: a frame of the
// zoom and pan, on average), which a loaded machine stretches far less than wall time.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_FLAGS } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';
import { frameSummary, median } from './stats.mjs';
import { interact, VIEWPORT } from './interaction.mjs';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const baseDir = option('base');
if (!baseDir || !['dist/browser/news-timeline.min.js', 'dist/news-timeline.min.js'].some((file) => existsSync(resolve(baseDir, file)))) {
  console.error('usage: node bench/ab.mjs --base=DIR [--size=flagship|N] [--pairs=N] [--interact]  (DIR: another checkout, built)');
  process.exit(2);
}
const sizeOption = option('size', 'flagship');
const size = sizeOption === 'flagship' ? 'flagship' : Number(sizeOption);
const pairs = Number(option('pairs', 6));
const withGestures = process.argv.includes('--interact');
// A vsync at 60 Hz is 16.7 ms; the frame gaps come as 16.6 to 16.8.
const OVER_ONE_VSYNC = 17;

const servers = { base: await serve({ distFrom: resolve(baseDir) }), new: await serve() };
const executablePath = findChrome();

async function once(build) {
  const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(`${servers[build].origin}/bench/pages/news-timeline.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { polling: 50 });
    await page.evaluate((s) => window.bench.prepare(s), size);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
    const before = await threadMs();
    const run = { render: await page.evaluate(() => window.bench.render()) };
    run.cpu = (await threadMs()) - before;
    await cdp.send('HeapProfiler.collectGarbage');
    run.heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    if (withGestures) {
      const start = await threadMs();
      const gaps = await interact(page, { zoom: 'wheel' });
      const cpuFrame = ((await threadMs()) - start) / gaps.length;
      const { p95, max } = frameSummary(gaps);
      Object.assign(run, { p95, max, over: gaps.filter((gap) => gap > OVER_ONE_VSYNC).length, frames: gaps.length, cpuFrame });
    }
    return run;
  } finally {
    await browser.close();
  }
}

const runs = { base: [], new: [] };
const show = (run) => Object.entries(run).map(([key, value]) => `${key} ${value.toFixed(1)}`).join('  ');
console.log(`news-timeline, ${size === 'flagship' ? 'the flagship' : `${size.toLocaleString('en')} events`}: ${baseDir} (base) and this tree (new), ${pairs} pairs`);
for (let i = 0; i < pairs; i++) {
  for (const build of i % 2 ? ['new', 'base'] : ['base', 'new']) {
    const run = await once(build);
    runs[build].push(run);
    console.log(`${String(i + 1).padStart(2)} ${build.padEnd(4)}  ${show(run)}`);
  }
}
const medians = {};
for (const build of ['base', 'new']) {
  medians[build] = Object.fromEntries(Object.keys(runs[build][0]).map((key) => [key, median(runs[build].map((run) => run[key]))]));
  console.log(`median ${build.padEnd(4)}  ${show(medians[build])}`);
}
const won = runs.new.filter((run, i) => run.render < runs.base[i].render).length;
console.log(`first render: the new build was faster in ${won} of ${pairs} pairs`);
const cache = new URL('.cache/', import.meta.url);
mkdirSync(cache, { recursive: true });
const file = new URL(`ab-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, cache);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), base: resolve(baseDir), size, pairs, interact: withGestures, runs, medians, won }, null, 2));
console.log(`saved ${file.pathname}`);
await Promise.all([servers.base.close(), servers.new.close()]);
