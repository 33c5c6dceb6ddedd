// Profiles news-timeline with many events: a V8 CPU profile and a Chromium trace, once for the
// first render and once for the benchmark's zoom and pan, at 100,000 and 1,000,000 events.
// The code is the browser build's, bundled again without minifying (one file per module), so the
// profile names functions and files as in dist/. Writes bench/results/profile.md and leaves the
// raw profiles in bench/.cache/ (open a .cpuprofile in the DevTools Performance panel). Notes
// between <!-- notes --> and <!-- /notes --> in the old profile.md are kept.
//
//   node bench/profile.mjs [--sizes=100000,1000000]       (after `npm run build`)
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_FLAGS } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';
import { interact, VIEWPORT } from './interaction.mjs';
import { frameSummary } from './stats.mjs';
import { formatMs } from './report.mjs';
import { summariseProfile, summariseTrace, tasksWithFunctions } from './profile-summary.mjs';

const local = (path) => new URL(`../${path}`, import.meta.url).pathname;
const CACHE = local('bench/.cache/');
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'];

async function buildUnminified() {
  const bundle = await rollup({
    input: local('dist/index.js'),
    // node_modules may be a link to another checkout's: kept as this tree's, the modules keep paths under it.
    preserveSymlinks: true,
    plugins: [nodeResolve({ exportConditions: ['production'], browser: true })],
    onwarn: () => {},
  });
  await bundle.write({ dir: `${CACHE}unminified`, format: 'es', preserveModules: true });
  await bundle.close();
}

/** Runs `work` with the CPU profiler and tracing on; returns its value, the profile and the trace. */
async function recorded(browser, page, cdp, work) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  const value = await work();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  return { value, profile, trace };
}

async function profileSize(server, size) {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(`${server.origin}/bench/pages/news-timeline-unminified.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.evaluate((s) => window.bench.prepare(s), size);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const render = await recorded(browser, page, cdp, () => page.evaluate(() => window.bench.render()));
    const interaction = await recorded(browser, page, cdp, () => interact(page, { zoom: 'wheel' }));
    const marks = await page.evaluate(() => window.bench.info());
    for (const [name, run] of Object.entries({ render, interaction })) {
      writeFileSync(`${CACHE}profile-${size}-${name}.cpuprofile`, JSON.stringify(run.profile));
    }
    return { size, render, interaction, marks };
  } finally {
    await browser.close();
  }
}

const pct = (part, whole) => (whole ? `${((100 * part) / whole).toFixed(0)}%` : '');

function functionTable(rows, total, column) {
  const lines = [`| function | file | ${column} | share |`, '|---|---|---:|---:|'];
  for (const row of rows) lines.push(`| \`${row.name}\` | ${row.file} | ${formatMs(row.ms)} | ${pct(row.ms, total)} |`);
  return lines.join('\n');
}

function section(title, run, extra) {
  const cpu = summariseProfile(run.profile);
  const trace = summariseTrace(run.trace);
  const busy = trace.busyMs;
  const lines = [`### ${title}`, '', extra, ''];
  lines.push(
    `Main thread busy ${formatMs(busy)} (top-level tasks in the trace); JavaScript sampled ${formatMs(cpu.jsMs)}, ` +
      `garbage collection ${formatMs(cpu.gcMs)}.`,
    '',
    '| where the time goes | time | share of main-thread busy time |',
    '|---|---:|---:|',
  );
  const shares = [
    ['`layoutLanes` (inclusive)', cpu.inclusiveOf((f) => f.name === 'layoutLanes')],
    ['`TimelineIndex.query` (inclusive)', cpu.inclusiveOf((f) => f.name === 'query' && f.file.startsWith('dist/core/timeline-index.js'))],
    ['Lit: template rendering and DOM commits (self time in lit-html, lit-element, reactive-element and the DOM calls they make)', cpu.litMs],
    ['the component and its controllers (dist/components, dist/controllers: self time and the DOM calls they make)', cpu.byArea.component ?? 0],
    ['core modules (dist/core, self time)', cpu.byArea.core ?? 0],
    ['d3 (self time)', cpu.byArea.d3 ?? 0],
    ['garbage collection', cpu.gcMs],
    ['style recalculation (trace: UpdateLayoutTree)', trace.styleMs],
    ['layout (trace: Layout, forced ones included)', trace.layoutMs],
    ['paint, layerize, commit (trace)', trace.paintMs],
  ];
  for (const [name, ms] of shares) lines.push(`| ${name} | ${formatMs(ms)} | ${pct(ms, busy)} |`);
  lines.push('', 'Top functions by self time:', '', functionTable(cpu.topSelf(15), busy, 'self'));
  lines.push('', 'Top functions by total time (callees included):', '', functionTable(cpu.topInclusive(15), busy, 'total'));
  const longest = tasksWithFunctions(run.trace, run.profile, 5);
  if (longest.length) {
    lines.push('', 'Longest main-thread tasks and what ran in them (self time):', '');
    for (const task of longest) {
      lines.push(`- ${formatMs(task.ms)}: ${task.functions.map((f) => `\`${f.name}\` ${formatMs(f.ms)}`).join(', ') || '(no JavaScript sampled)'}; style ${formatMs(task.styleMs)}, layout ${formatMs(task.layoutMs)}, paint ${formatMs(task.paintMs)}`);
    }
  }
  return lines.join('\n');
}

async function main() {
  const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = (flag('sizes') ?? '100000,1000000').split(',').map(Number);
  if (!existsSync(local('dist/index.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  mkdirSync(CACHE, { recursive: true });
  await buildUnminified();
  const server = await serve();
  const results = [];
  try {
    for (const size of sizes) {
      console.error(`profiling ${size.toLocaleString('en')} events…`);
      results.push(await profileSize(server, size));
    }
  } finally {
    await server.close();
  }
  const probe = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  const version = probe.version();
  await probe.close();
  const out = [
    '# Where news-timeline spends its time with many events',
    '',
    `Made by \`node bench/profile.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model.trim()} (${cpus().length} cores), ` +
      `Chromium ${version} headless, Node ${process.version}, viewport ${VIEWPORT.width}×${VIEWPORT.height}. The events are the benchmark's ` +
      '(bench/generate.mjs); the code is dist/ bundled without minifying, one file per module. Sampling every 0.25 ms and tracing ' +
      'slow the page down, so the absolute times are above the benchmark\'s: read the shares. Time inside a DOM call made from ' +
      'JavaScript (a forced layout, say) counts both for its caller and in the trace\'s style/layout rows, so the shares can add up to more than 100%. ' +
      'Lit\'s production build is minified, so its functions have one-letter names; its share is counted by file.',
  ];
  for (const result of results) {
    const frames = frameSummary(result.interaction.value);
    out.push(
      '',
      `## ${result.size.toLocaleString('en')} events`,
      '',
      section('First render', result.render, `From setting \`.data\` to marks drawn: ${formatMs(result.render.value)} with the profiler on.`),
      '',
      section(
        'Zoom and pan (10 Ctrl + wheel zooms in, 10 drags, 10 zooms out)',
        result.interaction,
        `${frames.frames} frames with the profiler on: p50 ${formatMs(frames.p50)}, p95 ${formatMs(frames.p95)}, max ${formatMs(frames.max)}; ${result.marks.marks} marks drawn at the end.`,
      ),
    );
  }
  // Notes written by hand between the markers survive a new run (then check they still hold).
  const file = local('bench/results/profile.md');
  const notes = existsSync(file) ? /<!-- notes -->[\s\S]*?<!-- \/notes -->/.exec(readFileSync(file, 'utf8'))?.[0] : undefined;
  if (notes) out.splice(2, 0, notes, '');
  writeFileSync(file, out.join('\n') + '\n');
  console.log(out.join('\n'));
  console.error('saved bench/results/profile.md; raw profiles in bench/.cache/');
}

await main();
