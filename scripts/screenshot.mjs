// Screenshots the demo with headless Chromium: 1280 and 375 px wide, English and Arabic, light
// and dark, into docs/screenshots/; docs/screenshot.png is the README's picture.
// Also fails when the page logs an error (a CSP violation, an exception).
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
  for (const width of [1280, 375]) {
    for (const lang of ['en', 'ar']) {
      for (const theme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme, deviceScaleFactor: 1 });
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${width}/${lang}/${theme}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${width}/${lang}/${theme}: ${error.message}`));
        await page.goto(`${server.url}/demo/?lang=${lang}&theme=${theme}`);
        await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('.mark'));
        await page.evaluate(() => document.querySelector('news-timeline').select('putin-pyongyang-2024'));
        await page.waitForTimeout(600);
        const name = `demo-${width}-${lang}-${theme}.png`;
        await page.screenshot({ path: new URL(name, out).pathname, fullPage: true });
        console.log(`docs/screenshots/${name}`);
        await page.close();
      }
    }
  }
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, colorScheme: 'light' });
  await page.goto(`${server.url}/demo/`);
  await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('.mark'));
  await page.evaluate(() => document.querySelector('news-timeline').select('putin-pyongyang-2024'));
  await page.waitForTimeout(600);
  await page.screenshot({ path: new URL('../screenshot.png', out).pathname });
  console.log('docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
