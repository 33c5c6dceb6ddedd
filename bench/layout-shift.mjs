// Layout shift benchmark: the cumulative layout shift (CLS) of an article page embedding one
// timeline loaded from `src`, in headless Chromium, with every answer of the server (script,
// chunks, data) 300 ms late. For each view, language and width: the shift (PerformanceObserver of
// `layout-shift`, buffered, from the first paint until the view has stood still for a second),
// the element's height at the first paint and once drawn, and what moved; once with the page's
// one line of CSS that the README gives for the moment before the script has run (the element
// cannot reserve its room before its code arrives), once without it.
// Writes bench/results/layout-shift.json. Run `npm run build` first.
// Usage: node bench/layout-shift.mjs [--delay 300]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';
import { RESERVED_HEIGHT, STORY_BELOW_PX } from '../dist/components/news-timeline/views/choose-view.js';

const local = (path) => new URL(`../${path}`, import.meta.url).pathname;
const VIEWS = ['timeline', 'list', 'story', 'vertical'];
const LANGUAGES = ['en', 'ar'];
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
/** What is on screen once each view is drawn. */
const DRAWN = {
  timeline: '[part="track"] .mark',
  list: '[part="list"] li',
  story: '[part="story"] h2',
  vertical: '[part="vertical"] [data-event-id]',
};
const QUIET_MS = 1000;

const at = process.argv.indexOf('--delay');
const delayMs = at > 0 ? Number(process.argv[at + 1]) : 300;

if (!existsSync(local('dist/browser/news-timeline.min.js'))) {
  console.error('dist/browser/news-timeline.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Installed before the page's own scripts: every layout shift from the first paint on. */
function recordShifts() {
  window.shifts = [];
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
    const part = node.getAttribute('part');
    return `${node.localName}${part ? `[part=${part}]` : node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        moved: entry.sources.map((source) => ({
          node: describe(source.node),
          from: Math.round(source.previousRect.y),
          to: Math.round(source.currentRect.y),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // The element's height in the first frame that has it, before any data.
  const first = () => {
    const element = document.querySelector('news-timeline');
    if (element) window.firstHeight = element.getBoundingClientRect().height;
    else requestAnimationFrame(first);
  };
  requestAnimationFrame(first);
}

async function measure(browser, origin, view, lang, viewport, pageLine) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(recordShifts);
  // The README's line, with the height the README's table gives for this view and width.
  const reserve = RESERVED_HEIGHT[view][viewport.width < STORY_BELOW_PX ? 'narrow' : 'wide'];
  await page.goto(`${origin}/bench/pages/layout-shift.html?view=${view}&lang=${lang}${pageLine ? `&reserve=${reserve}` : ''}`);
  await page.waitForFunction(() => window.loaded === true, null, { timeout: 30000 });
  const supported = await page
    .waitForFunction((selector) => document.querySelector('news-timeline').shadowRoot.querySelector(selector), DRAWN[view], { timeout: 5000 })
    .then(() => true, () => false);
  // Parts that come later (chunks, fonts, the second layout) would shift within this second.
  await page.waitForTimeout(QUIET_MS);
  const result = await page.evaluate(() => ({
    shifts: window.shifts,
    firstHeight: window.firstHeight,
    height: document.querySelector('news-timeline').getBoundingClientRect().height,
  }));
  await page.close();
  const cls = result.shifts.reduce((sum, shift) => sum + shift.value, 0);
  return {
    pageLine,
    view,
    lang,
    width: viewport.width,
    drawn: supported,
    cls: Number(cls.toFixed(4)),
    loadingHeight: Math.round(result.firstHeight ?? 0),
    drawnHeight: Math.round(result.height),
    shifts: result.shifts.map((shift) => ({ ...shift, value: Number(shift.value.toFixed(4)) })),
  };
}

const server = await serve({ delayMs });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const rows = [];
const outgrown = [];
try {
  for (const pageLine of [true, false]) {
    console.log(pageLine ? 'With the README\'s line of page CSS:' : 'Without it (the first paint comes before the script):');
    for (const view of VIEWS) {
      for (const lang of LANGUAGES) {
        for (const viewport of VIEWPORTS) {
          const row = await measure(browser, server.origin, view, lang, viewport, pageLine);
          rows.push(row);
          // The timeline and the story must fit the room they hold; the list and the vertical view hold a screen and run on below it.
          const grew = pageLine && (view === 'timeline' || view === 'story') && row.drawnHeight > row.loadingHeight;
          if (grew) outgrown.push(`${view} ${lang} ${viewport.width} px`);
          const note = row.drawn ? (grew ? '  GREW past the room it held' : '') : '  (not drawn: a view this build lacks)';
          console.log(
            `  ${view.padEnd(9)} ${lang}  ${String(viewport.width).padStart(4)} px  CLS ${row.cls.toFixed(4)}  height ${row.loadingHeight} -> ${row.drawnHeight} px${note}`,
          );
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(local('bench/results'), { recursive: true });
const about = { date: new Date().toISOString(), chromium: browser.version(), node: process.version, delayMs, quietMs: QUIET_MS };
writeFileSync(local('bench/results/layout-shift.json'), JSON.stringify({ ...about, rows }, null, 2) + '\n');
console.log('saved bench/results/layout-shift.json');
if (outgrown.length) {
  console.error(`Views that grew past their reserved height (raise RESERVED_HEIGHT in choose-view.ts): ${outgrown.join(', ')}`);
  process.exitCode = 1;
}
