// The scripted zoom and pan, shared by the benchmark and the profiler: at the middle of the
// track, 10 Ctrl + wheel zooms in, 10 drags, 10 zooms out (TimelineJS3: its zoom buttons),
// with the gaps between animation frames recorded in the page.

export const VIEWPORT = { width: 1100, height: 800 };
// Ctrl + wheel steps of 50 px: a factor of two each for news-timeline (d3-zoom) and, with its
// zoomFriction set to match, for vis-timeline.
const WHEEL_STEP = 50;
const STEPS = 10;
const DRAG_PX = 300;
const DRAG_MOVES = 5;
export const GESTURES = 3 * STEPS;

/** 10 zooms in, 10 drags, 10 zooms out at the middle of the track; the gaps between frames. */
export async function interact(page, contestant, progress = { done: 0 }) {
  const target = await page.evaluate(() => window.bench.target());
  const x = target.x + target.width / 2;
  const y = target.y + target.height / 2;
  const settle = () => page.evaluate(() => window.bench.frames(1));
  const trace = process.env.BENCH_DEBUG ? (what) => console.error(`  ${new Date().toISOString().slice(17, 23)} ${what}`) : () => {};
  const buttons = contestant.zoom === 'buttons' ? await page.evaluate(() => window.bench.buttons()) : null;
  const zoom = async (direction) => {
    if (buttons) {
      const button = direction < 0 ? buttons.zoomIn : buttons.zoomOut;
      for (let i = 0; i < STEPS; i++) {
        await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
        await settle();
        progress.done++;
        trace(`click ${direction}`);
      }
      return;
    }
    await page.mouse.move(x, y);
    await page.keyboard.down('Control');
    for (let i = 0; i < STEPS; i++) {
      await page.mouse.wheel(0, direction * WHEEL_STEP);
      await settle();
      progress.done++;
      trace(`wheel ${direction}`);
    }
    await page.keyboard.up('Control');
  };
  await page.evaluate(() => window.bench.startFrames());
  await zoom(-1);
  for (let i = 0; i < STEPS; i++) {
    // Alternate right and left so the view ends where it started.
    const direction = i % 2 ? -1 : 1;
    const from = x - (direction * DRAG_PX) / 2;
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let step = 1; step <= DRAG_MOVES; step++) await page.mouse.move(from + (direction * DRAG_PX * step) / DRAG_MOVES, y);
    await page.mouse.up();
    await settle();
    progress.done++;
    trace(`drag ${direction}`);
  }
  await zoom(1);
  await settle();
  return page.evaluate(() => window.bench.stopFrames());
}
