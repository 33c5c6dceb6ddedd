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
    /** Builds (untimed) the events: "flagship" or a count; returns their count and JSON size. */
    async prepare(size) {
      const doc = size === 'flagship'
        ? await (await fetch('/src/data/russia-north-korea.json')).json()
        : generateTimeline(size);
      const dataBytes = JSON.stringify(doc).length;
      await adapter.prepare(doc);
      return { events: doc.events.length, dataBytes };
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
