// The longest task of the page (PerformanceObserver 'longtask', Chromium) while large inputs are
// read: a 20 MB JSON file loading into <news-timeline> under a strict policy, and a 12.6 MB JSON
// file with 300 bad dates opened in the embed builder (the element's own start, before `src` is
// set, is reported apart: it is the same for any data). Each task's main-thread CPU time comes from
// a trace as well: on a loaded machine wall times stretch, CPU times far less. `npm run build` first.
//
// Chromium is driven over its DevTools pipe with no Network domain: DevTools recording the network
// (as Playwright always does) decodes a file's whole text on the page's main thread, a task of
// 60–80 ms that a reader's browser never runs.
//
// Usage: node bench/long-tasks.mjs [--runs=3] [--base=<checkout>]   (writes bench/results/long-tasks.json;
// with --base, that checkout's dist/ is measured instead and nothing is written)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { findChrome, CHROME_FLAGS } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';
import { median } from './stats.mjs';

const CACHE = new URL('./.cache/long-tasks/', import.meta.url);
mkdirSync(CACHE, { recursive: true });
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(option('runs') ?? 3);
const BASE = option('base');

/** A story of about `bytes` of JSON: events with a summary and a source each, `bad` of them with an impossible date. */
function story(bytes, bad) {
  const events = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const event = {
      id: `event-${i}`,
      start: new Date(Date.UTC(1950, 0, 1) + i * 3_600_000 * 7).toISOString().slice(0, 10),
      category: ['diplomacy', 'military', 'economy'][i % 3],
      title: { en: `Event ${i}: a headline of a usual length`, ar: `الحدث ${i}: عنوان بطول معتاد` },
      summary: { en: 'What happened, told in two sentences as a newsroom would write it. '.repeat(2), ar: 'ما حدث، في جملتين كما تكتبه غرفة الأخبار. '.repeat(2) },
      sources: [{ title: 'Report', publisher: 'News agency', url: `https://news.example/${i}` }],
    };
    size += JSON.stringify(event).length + 1;
    events.push(event);
  }
  const step = Math.floor(events.length / (bad || 1));
  for (let k = 0; k < bad; k++) events[k * step].start = '2024-02-30';
  const categories = ['diplomacy', 'military', 'economy'].map((id) => ({ id, label: id }));
  return JSON.stringify({ version: 1, title: 'A long story', categories, events });
}

/** Chromium with a DevTools connection over a pipe: `send(method, params, sessionId)`, `once(method)`, `close()`. */
async function launch() {
  const profile = mkdtempSync(`${tmpdir()}/long-tasks-`);
  const chrome = spawn(findChrome(), [...CHROME_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const [, , , input, output] = chrome.stdio;
  let id = 0;
  let buffered = '';
  const pending = new Map();
  const waiting = [];
  output.on('data', (chunk) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      if (message.id !== undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      } else for (const wait of waiting.filter((w) => w.method === message.method)) waiting.splice(waiting.indexOf(wait), 1), wait.resolve(message.params);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      pending.set(++id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)));
      input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const once = (method) => new Promise((resolve) => waiting.push({ method, resolve }));
  const close = async () => {
    chrome.kill();
    await new Promise((resolve) => chrome.once('exit', resolve));
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // Chromium's helpers may still be writing to it: the system's temporary files keep it.
    }
  };
  return { send, once, close };
}

/** A new page: `evaluate(expression)` (awaited, by value) and `waitFor(expression)`. */
async function newPage(browser) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  const waitFor = async (expression, timeout = 120_000) => {
    for (const end = Date.now() + timeout; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50))) if (await evaluate(expression)) return;
    throw new Error(`timed out waiting for ${expression}`);
  };
  await send('Page.enable');
  return { send, evaluate, waitFor, close: () => browser.send('Target.closeTarget', { targetId }) };
}

/** Records a trace (task names and thread times only) around `work`; resolves with its events. */
async function traced(browser, work) {
  await browser.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReturnAsStream' });
  await work();
  const complete = browser.once('Tracing.tracingComplete');
  await browser.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (let eof = false; !eof; ) {
    const chunk = await browser.send('IO.read', { handle: stream, size: 1 << 22 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    eof = chunk.eof;
  }
  await browser.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * The page's main-thread tasks between its `lt-began` and `lt-drawn` marks, longest first by CPU:
 * each `{ wall, cpu }` in ms (top-level tasks only).
 */
function tasksFromTrace(events) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const began = mark('lt-began');
  const drawn = mark('lt-drawn');
  if (!began || !drawn) throw new Error('the page did not mark lt-began and lt-drawn');
  const thread = `${began.pid}:${began.tid}`;
  // Top-level events of the page's main thread: each a task, whatever the trace names it.
  const tasks = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts + e.dur >= began.ts && e.ts <= drawn.ts).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const task of tasks) if (!top.length || task.ts >= top.at(-1).ts + top.at(-1).dur) top.push(task);
  return top.map((task) => ({ wall: task.dur / 1000, cpu: (task.tdur ?? task.dur) / 1000 })).sort((a, b) => b.cpu - a.cpu);
}

const LONG_TASKS = `window.__tasks = [];
new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask', buffered: true });`;

/** The 20 MB file loading into <news-timeline> (bench/pages/large-file.html). */
async function largeFile(browser, origin, file) {
  const page = await newPage(browser);
  let result;
  const trace = await traced(browser, async () => {
    await page.send('Page.navigate', { url: `${origin}/bench/pages/large-file.html?src=/bench/.cache/long-tasks/${file}` });
    await page.waitFor('window.longTasks?.done');
    result = await page.evaluate('window.longTasks');
  });
  await page.close();
  return { events: result.count, drawnMs: result.drawn - result.began, start: result.start.map((task) => task.duration), longTasks: result.tasks.map((task) => task.duration), tasks: tasksFromTrace(trace) };
}

/** The 12.6 MB file with 300 bad dates opened in the embed builder. */
async function builder(browser, origin, file) {
  const page = await newPage(browser);
  await page.send('Page.addScriptToEvaluateOnNewDocument', { source: LONG_TASKS });
  await page.send('Page.navigate', { url: `${origin}/demo/builder.html` });
  await page.waitFor(`Boolean(document.getElementById('script-url')?.value)`);
  let result;
  const trace = await traced(browser, async () => {
    const began = await page.evaluate(`performance.mark('lt-began').startTime`);
    const { root } = await page.send('DOM.getDocument');
    const { nodeId } = await page.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#data-file' });
    await page.send('DOM.setFileInputFiles', { nodeId, files: [new URL(file, CACHE).pathname] });
    await page.waitFor(`/events drawn, 300 problems/.test(document.getElementById('summary').textContent)`);
    await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => { performance.mark('lt-drawn'); setTimeout(resolve, 200); })))`);
    result = await page.evaluate(`({ summary: document.getElementById('summary').textContent, tasks: window.__tasks.filter((task) => task.start + task.duration >= ${began}) })`);
  });
  await page.close();
  return { summary: result.summary, longTasks: result.tasks.map((task) => task.duration), tasks: tasksFromTrace(trace) };
}

const files = { large: 'story-20mb.json', builder: 'story-12.6mb-300-bad.json' };
writeFileSync(new URL(files.large, CACHE), story(20e6, 0));
writeFileSync(new URL(files.builder, CACHE), story(12.6e6, 300));

const round = (ms) => Math.round(ms);
const describe = (run) => {
  const long = [...run.longTasks].sort((a, b) => b - a).map(round);
  const cpu = run.tasks.slice(0, 4).map((task) => `${round(task.cpu)} (${round(task.wall)})`);
  return `longest task ${long[0] ?? 0} ms, ${long.length} over 50 ms${long.length ? ` (${long.slice(0, 6).join(', ')})` : ''}; most CPU in a task: ${cpu.join(', ')} ms (wall)`;
};

const server = await serve({ distFrom: BASE });
const load = () => loadavg()[0].toFixed(2);
const runs = { large: [], builder: [] };
const loads = [load()];
try {
  for (let r = 0; r < RUNS; r++) {
    const browser = await launch();
    try {
      const large = await largeFile(browser, server.origin, files.large);
      console.log(`20 MB JSON into <news-timeline> (${large.events} events, drawn after ${round(large.drawnMs)} ms; load ${load()}): ${describe(large)}; before it, the element's start: ${large.start.length ? `longest task ${round(Math.max(...large.start))} ms` : 'no long task'}`);
      const built = await builder(browser, server.origin, files.builder);
      console.log(`12.6 MB JSON with 300 bad dates in the builder (${built.summary}; load ${load()}): ${describe(built)}`);
      runs.large.push(large);
      runs.builder.push(built);
      loads.push(load());
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

const summary = (list) => ({
  longestTaskMs: round(median(list.map((run) => Math.max(0, ...run.longTasks)))),
  longestTaskCpuMs: round(median(list.map((run) => run.tasks[0]?.cpu ?? 0))),
  tasksOver50Ms: median(list.map((run) => run.longTasks.length)),
  runs: list.map((run) => ({ longTasksMs: run.longTasks.map(round).sort((a, b) => b - a), mostCpuMs: run.tasks.slice(0, 4).map((task) => ({ cpu: round(task.cpu), wall: round(task.wall) })) })),
});
const result = {
  date: new Date().toISOString(),
  loadAverage: loads,
  large: { ...summary(runs.large), elementStartLongestTaskMs: round(median(runs.large.map((run) => Math.max(0, ...run.start)))) },
  builder: summary(runs.builder),
};
console.log(`median of ${RUNS}: large file longest task ${result.large.longestTaskMs} ms (CPU ${result.large.longestTaskCpuMs} ms); builder ${result.builder.longestTaskMs} ms (CPU ${result.builder.longestTaskCpuMs} ms); load ${loads.join(' → ')}`);
if (!BASE) writeFileSync(new URL('./results/long-tasks.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
