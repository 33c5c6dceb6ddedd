// The longest task of the page (PerformanceObserver 'longtask', Chromium) while large inputs are
// read: a 20 MB JSON file loading into <news-timeline> under a strict policy, and a 12.6 MB JSON
// file with 300 bad dates opened in the embed builder. `npm run build` first.
// Usage: node bench/long-tasks.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_FLAGS } from '../scripts/chrome.mjs';
import { serve } from './server.mjs';

const CACHE = new URL('./.cache/long-tasks/', import.meta.url);
mkdirSync(CACHE, { recursive: true });

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

const files = { large: 'story-20mb.json', builder: 'story-12.6mb-300-bad.json' };
writeFileSync(new URL(files.large, CACHE), story(20e6, 0));
writeFileSync(new URL(files.builder, CACHE), story(12.6e6, 300));

const server = await serve();
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
const summary = (tasks) => {
  const durations = tasks.map((task) => Math.round(task.duration)).sort((a, b) => b - a);
  return `longest task ${durations[0] ?? 0} ms; ${durations.length} tasks over 50 ms${durations.length ? ` (${durations.slice(0, 8).join(', ')} ms)` : ''}`;
};
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/pages/large-file.html?src=/bench/.cache/long-tasks/${files.large}`);
  await page.waitForFunction(() => window.longTasks?.done, null, { timeout: 120_000 });
  const large = await page.evaluate(() => window.longTasks);
  console.log(`20 MB JSON into <news-timeline> (${large.count} events, drawn after ${Math.round(large.drawn - large.began)} ms): ${summary(large.tasks)}`);
  await page.close();

  const builder = await browser.newPage();
  await builder.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask', buffered: true });
  });
  await builder.goto(`${server.origin}/demo/builder.html`);
  await builder.waitForFunction(() => document.getElementById('script-url')?.value);
  const began = await builder.evaluate(() => performance.now());
  await builder.setInputFiles('#data-file', new URL(files.builder, CACHE).pathname);
  await builder.waitForFunction(() => /events drawn, 300 problems/.test(document.getElementById('summary').textContent), null, { timeout: 120_000 });
  await builder.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))));
  const tasks = await builder.evaluate((from) => window.__tasks.filter((task) => task.start + task.duration >= from), began);
  const drawn = await builder.evaluate(() => document.getElementById('summary').textContent);
  console.log(`12.6 MB JSON with 300 bad dates opened in the builder (${drawn}): ${summary(tasks)}`);
} finally {
  await browser.close();
  await server.close();
}
