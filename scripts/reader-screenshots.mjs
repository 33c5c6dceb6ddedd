// Screenshots what a reader first meets, for issue 22: the demo's first screen and the element
// alone, 375 and 1280 px wide, English and Arabic, light and dark, into
// docs/screenshots/reader/<prefix>-*.png (`node scripts/reader-screenshots.mjs after`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_FLAGS } from './chrome.mjs';
import { serve } from './serve.mjs';

const prefix = process.argv[2] ?? 'after';
const out = new URL('../docs/screenshots/reader/', import.meta.url);
mkdirSync(out, { recursive: true });
const server = await serve(0);
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_FLAGS });

async function shoot(width, lang, theme) {
  const touch = width < 600;
  const page = await browser.newPage({ viewport: { width, height: touch ? 812 : 900 }, colorScheme: theme, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
  await page.goto(`${server.url}/demo/?lang=${lang}&theme=${theme}`);
  await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('.mark'));
  await page.evaluate(() => document.querySelector('news-timeline').select('putin-pyongyang-2024'));
  await page.waitForTimeout(900);
  const name = `${prefix}-${width}-${lang}-${theme}`;
  await page.evaluate(() => document.querySelector('news-timeline').scrollIntoView());
  await page.waitForTimeout(200);
  await page.screenshot({ path: new URL(`${name}-screen.png`, out).pathname });
  await (await page.$('news-timeline')).screenshot({ path: new URL(`${name}-element.png`, out).pathname });
  console.log(`docs/screenshots/reader/${name}-{screen,element}.png`);
  await page.close();
}

/** The embed builder with the TimelineJS3 example pasted and broken, as a journalist meets its problems. */
async function shootBuilder(width, lang) {
  const touch = width < 600;
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
  await page.goto(`${server.url}/demo/builder.html?lang=${lang}`);
  await page.waitForFunction(() => document.getElementById('script-url')?.value);
  await page.fill('#data-text', '{"events": [{"start_date": {"month": 6}, "text": {"headline": "A"}}, {"start_date": {"year": 2024}, "text": {"headline": "B", "text": "<p>Seen. <a href=\\"https://example.org/r\\">Report</a></p>"}}]}');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: new URL(`${prefix}-builder-${width}-${lang}.png`, out).pathname, fullPage: true });
  console.log(`docs/screenshots/reader/${prefix}-builder-${width}-${lang}.png`);
  await page.close();
}

try {
  for (const width of [1280, 375]) for (const lang of ['en', 'ar']) for (const theme of ['light', 'dark']) await shoot(width, lang, theme);
  for (const width of [1280, 375]) for (const lang of ['en', 'ar']) await shootBuilder(width, lang);
} finally {
  await browser.close();
  await server.close();
}
