// Loads `?src=` into <news-timeline> and records every long task (over 50 ms): those of the
// element's start (its script and first empty render, the same for any data) apart from those
// from setting `src` until the timeline is drawn: `window.longTasks`, once `done`.
const tasks = [];
new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({
  type: 'longtask',
  buffered: true,
});
await import('/dist/browser/news-timeline.min.js');
const element = document.createElement('news-timeline');
document.getElementById('stage').append(element);
await element.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 0));
const began = performance.mark('lt-began').startTime;
const loaded = new Promise((resolve) => element.addEventListener('nt-load', (event) => resolve(event.detail.count), { once: true }));
element.src = new URLSearchParams(location.search).get('src');
const count = await loaded;
await element.updateComplete;
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
performance.mark('lt-drawn');
// Long tasks are reported after they end: one more task lets the last of them arrive.
await new Promise((resolve) => setTimeout(resolve, 200));
window.longTasks = {
  done: true,
  count,
  began,
  drawn: performance.now(),
  start: tasks.filter((task) => task.start < began),
  tasks: tasks.filter((task) => task.start >= began),
};
