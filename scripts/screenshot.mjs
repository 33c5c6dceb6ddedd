// Screenshots the demo with headless Chromium, 1280 and 375 px wide, English and Arabic, light
// and dark, into docs/screenshots/: the demo page (demo-*.png) and the element in its story view
// (story-*.png), and the track in the middle of a drag, when its marks are painted on a canvas
// (motion-*.png; with MOTION_STILL=1 also the same view once still, to compare the two), and the
// screen at the top of the vertical view, scrolled to it (vertical-*.png);
// docs/screenshot.png is the README's picture. And the element at 375 px with the card open in each
// interface language (docs/screenshots/languages/<tag>.png), checked for toolbar buttons that overlap
// or overflow; `--languages` makes only those.
// Also fails when the page logs an error (a CSP violation, an exception).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_FLAGS } from './chrome.mjs';
import { serve } from './serve.mjs';

const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(new URL('languages/', out), { recursive: true });
const { LANGUAGES } = await import(new URL('../demo/languages.js', import.meta.url).href);
const server = await serve(0);
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_FLAGS });
const problems = [];

/** Opens the demo with the June 2024 visit selected, and saves a picture of the page or of the element. */
async function shoot({ width, height = 900, lang = 'en', theme = 'light', view, file, only, drag, checkToolbar }) {
  const label = `${file} (${width}/${lang}/${theme})`;
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme, deviceScaleFactor: 1 });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: ${error.message}`));
  await page.goto(`${server.url}/demo/?lang=${lang}&theme=${theme}${view ? `&view=${view}` : ''}`);
  if (view === 'vertical') {
    // The view's code loads the first time it is shown; the page is scrolled to its top.
    await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part="vertical"] .v-entry'));
    await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('[part="vertical"]').scrollIntoView());
    await page.waitForTimeout(600);
    const path = new URL(file, out).pathname;
    await page.screenshot({ path });
    console.log(`docs/screenshots/${file}`);
    await page.close();
    return;
  }
  await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('.mark'));
  await page.evaluate(() => document.querySelector('news-timeline').select('putin-pyongyang-2024'));
  // The story view's code loads the first time it is shown.
  if (view === 'story') await page.waitForFunction(() => document.querySelector('news-timeline').shadowRoot.querySelector('[part="story"] h2'));
  await page.waitForTimeout(600);
  const path = new URL(file, out).pathname;
  if (drag) {
    // Zoomed in twice (nothing to pan at the whole span), then pressed and dragged, not let go.
    await page.evaluate(() => document.querySelector('news-timeline').zoomTo('2023-01-01', '2024-12-31'));
    await page.waitForTimeout(800);
    const box = await page.evaluate(() => {
      const r = document.querySelector('news-timeline').shadowRoot.querySelector('svg.timeline').getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width };
    });
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.down();
    for (let step = 1; step <= 4; step++) await page.mouse.move(box.x + box.width / 2 - step * 30, box.y + 60);
    await page.waitForFunction(() => document.querySelector('news-timeline').shadowRoot.querySelector('canvas.motion'));
    const track = await page.$('news-timeline >> [part="track"]');
    await track.screenshot({ path });
    await page.mouse.up();
    if (process.env.MOTION_STILL) {
      await page.waitForTimeout(400);
      await track.screenshot({ path: path.replace('.png', '-still.png') });
    }
    console.log(`docs/screenshots/${file}`);
    await page.close();
    return;
  }
  if (checkToolbar) problems.push(...(await toolbarOverlaps(page)).map((problem) => `${label}: ${problem}`));
  if (only === 'element') await (await page.$('news-timeline')).screenshot({ path });
  else await page.screenshot({ path, fullPage: only !== 'viewport' });
  console.log(`docs/screenshots/${file}`);
  await page.close();
}

/** Toolbar buttons that overlap one another or reach past the element's edges. */
function toolbarOverlaps(page) {
  return page.evaluate(() => {
    const element = document.querySelector('news-timeline');
    const edge = element.getBoundingClientRect();
    const buttons = [...element.shadowRoot.querySelectorAll('[part="toolbar"] button')]
      .map((button) => ({ name: button.getAttribute('aria-label') || button.textContent.trim(), box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    const found = [];
    for (const [i, a] of buttons.entries()) {
      if (a.box.left < edge.left - 0.5 || a.box.right > edge.right + 0.5) found.push(`"${a.name}" reaches past the element`);
      for (const b of buttons.slice(i + 1)) {
        // The view choice's segments share their 1 px borders: more than that is an overlap.
        const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1.5 && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1.5;
        if (overlap) found.push(`"${a.name}" overlaps "${b.name}"`);
      }
    }
    return found;
  });
}

const onlyLanguages = process.argv.includes('--languages');
try {
  for (const [lang] of LANGUAGES) {
    await shoot({ width: 375, height: 1000, lang, view: 'timeline', file: `languages/${lang}.png`, only: 'element', checkToolbar: true });
  }
  for (const width of onlyLanguages ? [] : [1280, 375]) {
    for (const lang of ['en', 'ar']) {
      for (const theme of ['light', 'dark']) {
        await shoot({ width, lang, theme, file: `demo-${width}-${lang}-${theme}.png` });
        await shoot({ width, lang, theme, view: 'story', file: `story-${width}-${lang}-${theme}.png`, only: 'element' });
        if (width === 1280) await shoot({ width, lang, theme, file: `motion-${width}-${lang}-${theme}.png`, drag: true });
        await shoot({ width, lang, theme, view: 'vertical', file: `vertical-${width}-${lang}-${theme}.png` });
      }
    }
  }
  if (!onlyLanguages) await shoot({ width: 1100, height: 760, file: '../screenshot.png', only: 'viewport' });
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
