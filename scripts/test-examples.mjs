// `npm run test:examples`: each app in examples/ as a new user would meet it, from the packed
// package. For each framework, in a temporary copy of its example:
//   1. install the tarball made by `npm pack` (the build must be current: `npm run build`) and
//      the example's own dependencies from the registry;
//   2. type-check with the framework's checker (`npm run check`), then check that the same
//      checker refuses the app once `event.detail.id` is misspelt, so the types are really in use;
//   3. build (`npm run build`), serve the built page on loopback and open it in Chromium: marks are
//      drawn, clicking one and the select() button both reach the state the framework shows;
//   4. build the same app with a hello-world root component, to measure what news-timeline adds:
//      gzip of the JavaScript the page loads, and of all the JavaScript built (which adds the
//      readers for CSV, TimelineJS3 and HTML lists, split off and loaded only when needed).
// Next.js and Astro need a newer Node.js than the project's: they run on Node 24 from the registry's
// `node` package, installed once into the temporary folder.
// Usage: node scripts/test-examples.mjs [react vue svelte angular next astro vite]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const repository = fileURLToPath(new URL('..', import.meta.url));
const SUMMIT = 'vostochny-summit-2023';

/** Where each example keeps its root component and built page, and its hello-world twin. */
const EXAMPLES = {
  react: {
    app: 'src/App.tsx',
    out: 'dist',
    pages: ['/', '/?element'],
    flatDom: true,
    hello: `export function App() {\n  return <h1>Hello</h1>;\n}\n`,
  },
  vue: {
    app: 'src/App.vue',
    out: 'dist',
    pages: ['/'],
    flatDom: true,
    hello: `<template>\n  <h1>Hello</h1>\n</template>\n`,
  },
  svelte: {
    app: 'src/App.svelte',
    out: 'dist',
    pages: ['/'],
    flatDom: true,
    hello: `<h1>Hello</h1>\n`,
  },
  angular: {
    app: 'src/app.ts',
    out: 'dist/browser',
    pages: ['/'],
    hello: `import { Component } from '@angular/core';\n\n@Component({ selector: 'app-root', template: '<h1>Hello</h1>' })\nexport class App {}\n`,
  },
  next: {
    app: 'app/timeline.tsx',
    out: 'out',
    pages: ['/'],
    node: 24,
    hello: `'use client';\n\nexport function Timeline() {\n  return <p>Hello</p>;\n}\n`,
  },
  astro: {
    app: 'src/timeline.ts',
    out: 'dist',
    pages: ['/'],
    node: 24,
    flatDom: true,
    hello: `document.body.append('Hello');\n`,
  },
  vite: {
    app: 'src/main.ts',
    out: 'dist',
    pages: ['/'],
    // Its config bundles lit-html with news-timeline/lit-end-marker: the DOM must not grow.
    flatDom: true,
    hello: `document.body.append('Hello');\n`,
  },
};

const chosen = process.argv.slice(2);
const names = chosen.length ? chosen : Object.keys(EXAMPLES);
for (const name of names) if (!EXAMPLES[name]) throw new Error(`No example "${name}": ${Object.keys(EXAMPLES).join(', ')}`);

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium or Chrome found: run `node scripts/chrome.mjs --ensure` or set CHROME_PATH.');
if (!statSync(join(repository, 'dist/frameworks/jsx.d.ts'), { throwIfNoEntry: false })) {
  throw new Error('No build to pack: run `npm run build` first.');
}

const seconds = (start) => (performance.now() - start) / 1000;
const env = {
  ...process.env,
  NG_CLI_ANALYTICS: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  CI: 'true',
};

/** The environment an example's commands run in: with a newer Node.js first on the path when it needs one. */
const envs = {};

/** Runs a command; resolves with its output, rejects with it (and the exit code) on failure. */
function run(command, args, cwd, environment = env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} failed (${code}) in ${cwd}:\n${output}`), { output }));
    });
  });
}

/** Sum of the gzip sizes (level 9) of JavaScript files: those named, or all in the folder. */
function gzippedJs(folder, files = readdirSync(folder, { recursive: true }).filter((file) => file.endsWith('.js'))) {
  let total = 0;
  for (const file of files) {
    const path = join(folder, file);
    if (statSync(path).isFile()) total += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return total;
}

/** Records the JavaScript files a page asks for, as paths under the served folder. */
function recordScripts(page, scripts) {
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js') && response.ok()) scripts.add(decodeURIComponent(pathname).slice(1));
  });
}

/** The JavaScript a built page loads once it has settled. */
async function loadedScripts(browser, folder) {
  const server = await serve(0, '127.0.0.1', folder);
  const page = await browser.newPage();
  const scripts = new Set();
  recordScripts(page, scripts);
  try {
    await page.goto(server.url + '/', { waitUntil: 'networkidle' });
    return [...scripts];
  } finally {
    await page.close();
    await server.close();
  }
}

const temp = mkdtempSync(join(tmpdir(), 'news-timeline-examples-'));
const tarball = join(
  temp,
  execFileSync('npm', ['pack', '--pack-destination', temp, '--silent'], { cwd: repository, encoding: 'utf8' }).trim().split('\n').pop(),
);
console.log(`Packed ${tarball}`);

/** Node.js of a major version from the registry's `node` package, in its own folder; the environment that puts it first. */
async function newerNode(major) {
  const folder = join(temp, `node${major}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: `node${major}`, private: true }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `node@${major}`], folder);
  const bin = join(folder, 'node_modules', '.bin');
  const environment = { ...env, PATH: `${bin}:${process.env.PATH}` };
  const version = (await run('node', ['--version'], folder, environment)).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`node@${major} from the registry runs as ${version}`);
  console.log(`Node.js ${version} for the examples that need it`);
  return environment;
}

/** Copies an example and installs it, the tarball standing in for the published package. */
async function install(name) {
  const environment = EXAMPLES[name].node ? await (envs[EXAMPLES[name].node] ??= newerNode(EXAMPLES[name].node)) : env;
  const folder = join(temp, name);
  cpSync(join(repository, 'examples', name), folder, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist|out|\.angular|\.next|\.astro)([/\\]|$)/.test(source),
  });
  const manifestPath = join(folder, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies['news-timeline'] = `file:${tarball}`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const start = performance.now();
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], folder, environment);
  return { folder, install: seconds(start), environment };
}

/** The checker passes on the app, and fails on it once an event's detail is misused. */
async function typeCheck(folder, app, environment) {
  let start = performance.now();
  await run('npm', ['run', 'check'], folder, environment);
  const check = seconds(start);

  const appPath = join(folder, app);
  const source = readFileSync(appPath, 'utf8');
  const uses = source.split('.detail.id').length - 1;
  if (uses === 0) throw new Error(`${app} never reads event.detail.id`);
  writeFileSync(appPath, source.replaceAll('.detail.id', '.detail.nope'));
  start = performance.now();
  const refused = await run('npm', ['run', 'check'], folder, environment).then(
    () => '',
    (error) => error.output,
  );
  writeFileSync(appPath, source);
  const complaints = refused.match(/Property 'nope' does not exist on type 'NtSelectDetail'/g)?.length ?? 0;
  if (complaints < uses) {
    throw new Error(`The checker let ${uses - complaints} of ${uses} misspelt event details through in ${app}:\n${refused}`);
  }
  return { check, refuse: seconds(start) };
}

/** Opens each page of the built app and checks what a reader and the framework see. */
async function inBrowser(browser, folder, { out, pages, flatDom }) {
  const server = await serve(0, '127.0.0.1', join(folder, out));
  const start = performance.now();
  const scripts = new Set();
  try {
    for (const path of pages) {
      const page = await browser.newPage();
      if (path === pages[0]) recordScripts(page, scripts);
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
      });
      // The browser asks for /favicon.ico on its own; any other missing file is a fault.
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (response.status() >= 400 && pathname !== '/favicon.ico') problems.push(`${response.status()} ${pathname}`);
      });
      await page.goto(server.url + path);
      const marks = page.locator('news-timeline g.mark[data-event-id]');
      await marks.first().waitFor();
      const count = await page.locator('news-timeline [data-event-id]').count();
      const shown = page.locator('#selected');
      if ((await shown.textContent()) !== 'none') throw new Error(`${path}: something was selected before any click`);

      // A reader clicks a mark (one whose middle is not under another: points sit on range bars),
      // and nt-select reaches the framework's state.
      const clicked = await page.evaluate((summit) => {
        const root = document.querySelector('news-timeline')?.shadowRoot;
        const marks = [...(root?.querySelectorAll('g.mark[data-event-id]') ?? [])];
        const onTop = marks.find((mark) => {
          const box = mark.getBoundingClientRect();
          const hit = root?.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return box.width > 0 && mark.getAttribute('data-event-id') !== summit && hit?.closest('g.mark') === mark;
        });
        return onTop?.getAttribute('data-event-id');
      }, SUMMIT);
      if (!clicked) throw new Error(`${path}: no mark can be clicked`);
      await page.locator(`news-timeline g.mark[data-event-id="${clicked}"]`).click();
      await waitForText(shown, clicked, path);

      // The page calls select() from its button: the same event, the same state.
      await page.locator('#select-summit').click();
      await waitForText(shown, SUMMIT, path);
      const nodes = await nodesAfterSwaps(page);
      if (flatDom && nodes.last !== nodes.first) throw new Error(`${path}: the timeline's nodes grew from ${nodes.first} to ${nodes.last} between the 20th and 60th data change`);
      if (problems.length) throw new Error(`${path}: errors on the page:\n${problems.join('\n')}`);
      console.log(`    ${path}: ${count} events drawn; a click selected ${clicked}, select() selected ${SUMMIT}; nodes in the timeline after 20 and 60 data changes: ${nodes.first}, ${nodes.last}`);
      await page.close();
    }
  } finally {
    await server.close();
  }
  return { time: seconds(start), scripts: [...scripts] };
}

/** The nodes (comments too) in the timeline's shadow root after the 20th and the 60th of 60 changes of its data (the same version). */
function nodesAfterSwaps(page) {
  return page.evaluate(async () => {
    const timeline = document.querySelector('news-timeline');
    const story = timeline.data;
    const count = () => {
      const walker = document.createTreeWalker(timeline.shadowRoot, NodeFilter.SHOW_ALL);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    };
    await document.fonts.ready;
    const counts = [];
    for (let i = 1; i <= 60; i++) {
      // Every other version drops a third of the events, so a keyed repeat removes marks in view.
      timeline.data = { ...story, events: i % 2 ? story.events.filter((_, k) => k % 3) : story.events };
      await timeline.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      counts[i] = count();
    }
    return { first: counts[20], last: counts[60] };
  });
}

async function waitForText(locator, text, path) {
  try {
    await locator.filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`${path}: the page shows "${await locator.textContent()}", expected "${text}"`);
  }
}

const results = [];
let installs = {};
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
});
try {
  // Installs wait on the network, so they run side by side; checks and builds take turns.
  installs = Object.fromEntries(names.map((name) => [name, install(name)]));
  // A failed install is reported when its turn comes, not as an unhandled rejection before.
  for (const pending of Object.values(installs)) pending.catch(() => {});
  for (const name of names) {
    const example = EXAMPLES[name];
    const { folder, install: installTime, environment } = await installs[name];
    console.log(`${name}: installed in ${installTime.toFixed(0)} s`);
    const { check, refuse } = await typeCheck(folder, example.app, environment);
    console.log(`  type-checked in ${check.toFixed(0)} s; a misspelt event detail is refused (${refuse.toFixed(0)} s)`);

    let start = performance.now();
    await run('npm', ['run', 'build'], folder, environment);
    const build = seconds(start);
    const outDir = join(folder, example.out);
    const appBuilt = gzippedJs(outDir);
    console.log(`  built in ${build.toFixed(0)} s`);
    const { time: browserTime, scripts } = await inBrowser(browser, folder, example);
    const appLoaded = gzippedJs(outDir, scripts);

    writeFileSync(join(folder, example.app), example.hello);
    rmSync(join(folder, example.out), { recursive: true, force: true });
    start = performance.now();
    await run('npm', ['run', 'build'], folder, environment);
    const helloBuild = seconds(start);
    const helloBuilt = gzippedJs(outDir);
    const helloLoaded = gzippedJs(outDir, await loadedScripts(browser, outDir));
    const total = installTime + check + refuse + build + browserTime + helloBuild;
    results.push({ name, installTime, check: check + refuse, build: build + helloBuild, browserTime, total, appLoaded, helloLoaded, appBuilt, helloBuilt });
  }
} finally {
  await browser.close();
  // Let installs still running finish before their folders go (KEEP_EXAMPLES=1 keeps them).
  await Promise.allSettled(Object.values(installs));
  if (!process.env.KEEP_EXAMPLES) rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const story = gzipSync(JSON.stringify(JSON.parse(readFileSync(join(repository, 'src/data/russia-north-korea.json'), 'utf8'))), { level: 9 }).length;
const cell = (text, width) => String(text).padEnd(width);
console.log(`\n${cell('seconds', 10)}${['install', 'checks', 'builds', 'browser', 'total'].map((h) => cell(h, 9)).join('')}`);
for (const r of results) {
  const times = [r.installTime, r.check, r.build, r.browserTime, r.total].map((value) => cell(value.toFixed(0), 9));
  console.log(`${cell(r.name, 10)}${times.join('')}`);
}
console.log(`\n${cell('JS gzip', 10)}${cell('page loads: app', 17)}${cell('hello world', 13)}${cell('added', 11)}all built: added`);
for (const r of results) {
  console.log(
    `${cell(r.name, 10)}${cell(kb(r.appLoaded), 17)}${cell(kb(r.helloLoaded), 13)}${cell(kb(r.appLoaded - r.helloLoaded), 11)}${kb(r.appBuilt - r.helloBuilt)}`,
  );
}
console.log(`(added: news-timeline and the example's data, russia-north-korea.json, ${kb(story)} gzipped on its own)`);
