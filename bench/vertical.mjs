// `node bench/vertical.mjs [--runs=N] [--sizes=10000,100000]`: the vertical view on generated
// events in headless Chromium: first render (setting `.data` to the first entries drawn), the
// entries in the DOM, and frame gaps while the page scrolls 60 px a frame for 300 frames.
// Medians of the runs go to bench/results/vertical.json.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';
import { frameSummary, median } from './stats.mjs';

const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(flag('runs') ?? 3);
const sizes = (flag('sizes') ?? '10000,100000').split(',').map(Number);

const server = await serve();
const results = [];
const load = loadavg()[0];
try {
  for (const size of sizes) {
    const measured = [];
    for (let run = 0; run < runs; run++) {
      const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
        await page.goto(`${server.origin}/bench/pages/vertical.html`);
        await page.waitForFunction(() => Boolean(window.bench));
        const first = await page.evaluate((n) => window.bench.render(n), size);
        const scrolled = await page.evaluate(() => window.bench.scroll(60, 300));
        measured.push({ ...first, frames: frameSummary(scrolled.gaps), entriesScrolling: scrolled.entries });
      } finally {
        await browser.close();
      }
    }
    const row = {
      size,
      runs: measured,
      firstRender: median(measured.map((m) => m.firstRender)),
      entries: median(measured.map((m) => m.entries)),
      height: median(measured.map((m) => m.height)),
      p95: median(measured.map((m) => m.frames.p95)),
      max: median(measured.map((m) => m.frames.max)),
    };
    results.push(row);
    console.log(
      `${size.toLocaleString('en')} events: first render ${row.firstRender.toFixed(0)} ms (runs ${measured.map((m) => m.firstRender.toFixed(0)).join(', ')}), ` +
        `${row.entries} entries in the DOM for a view ${Math.round(row.height).toLocaleString('en')} px tall; scrolling: frame p95 ${row.p95.toFixed(1)} ms, max ${row.max.toFixed(1)} ms`,
    );
  }
} finally {
  await server.close();
}
writeFileSync(
  new URL('results/vertical.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), loadAverageAtStart: load, viewport: '1280x800', results }, null, 2)}\n`,
);
