// What every contestant's page shares: the data, the timer, the frame recorder and the node
// count. Each page installs an adapter ({prepare, render, target, buttons?, release}) and the
// runner drives it through `window.bench`.
import { generateTimeline } from '../generate.mjs';

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves on the first frame in which `drawn()` holds, at least two frames from now. */
export async function drawnAfterTwoFrames(drawn) {
  await nextFrame();
  await nextFrame();
  while (!drawn()) await nextFrame();
}

/** Elements in the document, including those in every open shadow root. */
export function countElements(root = document) {
  let count = 0;
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      count++;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return count;
}

const rect = (element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

export function install(adapter) {
  let frameTimes = null;
  const record = (time) => {
    if (!frameTimes) return;
    frameTimes.push(time);
    requestAnimationFrame(record);
  };
  window.bench = {
    /**
     * Builds (untimed) the events: "flagship" or a count; returns their count and JSON size. The
     * generated events go through JSON text and back, as a page's data does: its strings are then
     * flat ones, as JSON.parse makes them, not the joined pieces the generator's templates make
     * (reading one of those the first time copies it, which no file's data costs).
     */
    async prepare(size) {
      const json = size === 'flagship'
        ? await (await fetch('/src/data/russia-north-korea.json')).text()
        : JSON.stringify(generateTimeline(size));
      const doc = JSON.parse(json);
      await adapter.prepare(doc);
      return { events: doc.events.length, dataBytes: json.length };
    },
    /** Milliseconds from handing over the data to the first frame with the marks drawn. */
    async render() {
      const start = performance.now();
      await adapter.render();
      const time = performance.now() - start;
      adapter.release?.();
      return time;
    },
    target: () => rect(adapter.target()),
    buttons: () => {
      const buttons = adapter.buttons?.();
      return buttons && { zoomIn: rect(buttons.zoomIn), zoomOut: rect(buttons.zoomOut) };
    },
    frames: (count) => (async () => {
      for (let i = 0; i < count; i++) await nextFrame();
    })(),
    startFrames() {
      frameTimes = [];
      requestAnimationFrame(record);
    },
    /** The gaps between consecutive animation frames since startFrames, in milliseconds. */
    stopFrames() {
      const times = frameTimes ?? [];
      frameTimes = null;
      return times.slice(1).map((time, i) => time - times[i]);
    },
    elements: () => countElements(),
    info: () => adapter.info?.() ?? {},
  };
  document.documentElement.dataset.ready = 'true';
}
