// Screenshots a timeline mixing exact, approximate, uncertain, decade, season and ongoing dates
// (test/fixtures/dates.json), 1280 px wide, in English and Arabic, light, with the ongoing event
// open and the help showing what a hollow mark means: docs/screenshots/dates-1280-<lang>-light.png.
// Run `npm run build` first. Fails when the page logs an error.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_FLAGS } from './chrome.mjs';
import { serve } from './serve.mjs';

const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const server = await serve(0);
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_FLAGS });
const problems = [];

try {
  for (const lang of ['en', 'ar']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1 });
    page.on('console', (message) => message.type() === 'error' && problems.push(`${lang}: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`${lang}: ${error.message}`));
    // The page is made here, answered from the repository's origin so the build and the data load.
    const url = `${server.url}/dates-screenshot.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html>
          <html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
          <script type="module" src="/dist/browser/news-timeline.min.js"></script></head>
          <body style="margin: 24px; font-family: system-ui, sans-serif"><news-timeline src="/test/fixtures/dates.json" today-line></news-timeline></body></html>`,
      }),
    );
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('.mark'));
    await page.evaluate(() => document.querySelector('news-timeline').select('ukraine-war'));
    await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('.help-toggle').click());
    await page.waitForFunction(() => document.querySelector('news-timeline').shadowRoot.querySelector('.dates-note'));
    await page.waitForTimeout(500);
    const file = `dates-1280-${lang}-light.png`;
    await page.screenshot({ path: new URL(file, out).pathname, fullPage: true });
    console.log(`docs/screenshots/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
