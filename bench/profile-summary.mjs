// Reads a V8 CPU profile and a Chromium trace into the figures bench/profile.mjs reports: self
// and total time per function, time per area of the code (Lit, d3, the component, core), and
// main-thread time in style, layout and paint.

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers']);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** A script URL as a path in the repository's terms: "dist/core/layout.js". */
function shortFile(url) {
  if (!url) return '';
  const path = url.replace(/^https?:\/\/[^/]+\//, '').replace(/^bench\/\.cache\/unminified\//, '');
  return path.replace(/^node_modules\//, '');
}

/** Which part of the code a file belongs to. */
export function areaOf(file) {
  if (/^(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(file)) return 'lit';
  if (/^d3-/.test(file)) return 'd3';
  if (/^dist\/(components|controllers|i18n)\//.test(file)) return 'component';
  if (/^dist\/core\//.test(file)) return 'core';
  return 'other';
}

/** Function key and label for a profile node's call frame. */
function describe(callFrame) {
  const name = callFrame.functionName || '(anonymous)';
  const file = shortFile(callFrame.url);
  if (!file) return { key: name, name, file: SPECIAL.has(name) ? '' : '(native)' };
  const where = `${file}:${callFrame.lineNumber + 1}`;
  return { key: `${name} ${where}`, name, file: where, area: areaOf(file) };
}

export function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Time per node: each sample lasts until the next one.
  const time = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    time.set(id, (time.get(id) ?? 0) + ms);
  });
  const stacks = new Map();
  const stackOf = (id) => {
    if (!stacks.has(id)) {
      const frames = [];
      for (let at = id; at !== undefined; at = parent.get(at)) frames.push(describe(nodes.get(at).callFrame));
      stacks.set(id, frames);
    }
    return stacks.get(id);
  };
  let jsMs = 0;
  let gcMs = 0;
  const byArea = {};
  const self = new Map();
  const inclusive = new Map();
  for (const [id, ms] of time) {
    const stack = stackOf(id);
    const leaf = stack[0];
    if (leaf.name === '(garbage collector)') gcMs += ms;
    if (!SPECIAL.has(leaf.name)) {
      jsMs += ms;
      // A DOM call counts for the area of the script that made it.
      const caller = stack.find((frame) => frame.area);
      if (caller) byArea[caller.area] = (byArea[caller.area] ?? 0) + ms;
    }
    if (leaf.name !== '(idle)' && leaf.name !== '(root)') {
      const entry = self.get(leaf.key) ?? { ...leaf, ms: 0 };
      entry.ms += ms;
      self.set(leaf.key, entry);
    }
    for (const frame of new Map(stack.map((frame) => [frame.key, frame])).values()) {
      if (SPECIAL.has(frame.name)) continue;
      const entry = inclusive.get(frame.key) ?? { ...frame, ms: 0 };
      entry.ms += ms;
      inclusive.set(frame.key, entry);
    }
  }
  const top = (map, count) => [...map.values()].sort((a, b) => b.ms - a.ms).slice(0, count);
  return {
    jsMs,
    gcMs,
    byArea,
    litMs: byArea.lit ?? 0,
    topSelf: (count) => top(self, count),
    topInclusive: (count) => top(inclusive, count),
    /** Time in samples with a frame matching `test` anywhere on the stack. */
    inclusiveOf(test) {
      let ms = 0;
      for (const [id, t] of time) if (stackOf(id).some((frame) => frame.file && test(frame))) ms += t;
      return ms;
    },
  };
}

/** Total length of a set of [start, end] intervals, overlaps counted once. */
function unionLength(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** The renderer main thread's duration events as [name, start, end] in microseconds. */
function mainThreadEvents(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spans = new Map(mains.map((m) => [`${m.pid}:${m.tid}`, []]));
  const open = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    const list = spans.get(key);
    if (!list) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') list.push([e.name, e.ts, e.ts + e.dur]);
    else if (e.ph === 'B') open.set(`${key}:${e.name}`, [...(open.get(`${key}:${e.name}`) ?? []), e.ts]);
    else if (e.ph === 'E') {
      const starts = open.get(`${key}:${e.name}`);
      if (starts?.length) list.push([e.name, starts.pop(), e.ts]);
    }
  }
  // The page's main thread is the busiest one.
  return [...spans.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

export function summariseTrace(trace) {
  const events = mainThreadEvents(trace);
  const total = (names) => unionLength(events.filter(([name]) => names.has(name)).map(([, from, to]) => [from, to])) / 1000;
  return {
    busyMs: total(TASK),
    styleMs: total(STYLE),
    layoutMs: total(LAYOUT),
    paintMs: total(PAINT),
  };
}

/** The `count` longest main-thread tasks, each with its top JavaScript functions by self time. */
export function tasksWithFunctions(trace, profile, count) {
  const events = mainThreadEvents(trace);
  // Top-level tasks only: a RunTask inside another is the same work.
  const tasks = [];
  let end = -Infinity;
  for (const task of events.filter(([name]) => TASK.has(name)).sort((a, b) => a[1] - b[1] || b[2] - a[2])) {
    if (task[2] <= end) continue;
    tasks.push(task);
    end = task[2];
  }
  tasks.sort((a, b) => (b[2] - b[1]) - (a[2] - a[1])).splice(count);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const stamps = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    stamps.push([at, id, (profile.timeDeltas[i + 1] ?? 0) / 1000]);
  });
  return tasks.map(([, from, to]) => {
    const self = new Map();
    for (const [stamp, id, ms] of stamps) {
      if (stamp < from || stamp > to) continue;
      const frame = describe(nodes.get(id).callFrame);
      if (SPECIAL.has(frame.name)) continue;
      self.set(frame.key, { name: frame.name, ms: (self.get(frame.key)?.ms ?? 0) + ms });
    }
    const inside = (names) => unionLength(events.filter(([name, a, b]) => names.has(name) && a >= from && b <= to).map(([, a, b]) => [a, b])) / 1000;
    return {
      ms: (to - from) / 1000,
      functions: [...self.values()].sort((a, b) => b.ms - a.ms).slice(0, 3),
      styleMs: inside(STYLE),
      layoutMs: inside(LAYOUT),
      paintMs: inside(PAINT),
    };
  });
}
