// The benchmark's chart as SVG text: first render and frame p95 against the number of events,
// both axes logarithmic, a line per contestant, "did not finish" marked above the plot.

const STYLE = {
  'news-timeline': { color: '#1d4ed8', dash: '', marker: 'circle' },
  'vis-timeline': { color: '#c2410c', dash: '6 4', marker: 'square' },
  TimelineJS3: { color: '#15803d', dash: '2 3', marker: 'triangle' },
};
const FALLBACK = { color: '#555555', dash: '4 2', marker: 'circle' };
const PANEL = { width: 470, height: 380, left: 64, right: 16, top: 64, bottom: 48 };

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (value) => Math.round(value * 10) / 10;
const countLabel = (count) => (count >= 1e6 ? `${count / 1e6}M` : count >= 1e3 ? `${count / 1e3}k` : String(count));
const msLabel = (ms) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

function marker(shape, x, y, color) {
  if (shape === 'square') return `<rect x="${round(x - 4)}" y="${round(y - 4)}" width="8" height="8" fill="${color}"/>`;
  if (shape === 'triangle') return `<path d="M${round(x)} ${round(y - 5)}L${round(x + 5)} ${round(y + 4)}L${round(x - 5)} ${round(y + 4)}Z" fill="${color}"/>`;
  return `<circle cx="${round(x)}" cy="${round(y)}" r="4" fill="${color}"/>`;
}

function cross(x, y, color) {
  return `<path d="M${round(x - 5)} ${round(y - 5)}L${round(x + 5)} ${round(y + 5)}M${round(x + 5)} ${round(y - 5)}L${round(x - 5)} ${round(y + 5)}" stroke="${color}" stroke-width="2"/>`;
}

function panel({ title, metric, offsetX, summaries, names, sizes, reference }) {
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const values = summaries.map((s) => s[metric]).filter((v) => v > 0);
  if (reference) values.push(reference.value);
  const low = Math.floor(Math.log10(Math.min(...values, 10)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values, 100))));
  const xLow = Math.log10(Math.min(...sizes) / 1.6);
  const xHigh = Math.log10(Math.max(...sizes) * 1.6);
  const x = (count) => offsetX + PANEL.left + ((Math.log10(count) - xLow) / (xHigh - xLow)) * plotWidth;
  const y = (value) => PANEL.top + (1 - (Math.log10(value) - low) / (high - low)) * plotHeight;
  const parts = [
    `<text x="${offsetX + PANEL.left}" y="24" class="title">${escape(title)}</text>`,
    `<rect x="${offsetX + PANEL.left}" y="${PANEL.top}" width="${plotWidth}" height="${plotHeight}" class="frame"/>`,
  ];
  for (let power = low; power <= high; power++) {
    const gy = round(y(10 ** power));
    parts.push(`<line x1="${offsetX + PANEL.left}" x2="${offsetX + PANEL.left + plotWidth}" y1="${gy}" y2="${gy}" class="grid"/>`);
    parts.push(`<text x="${offsetX + PANEL.left - 6}" y="${gy + 4}" class="tick" text-anchor="end">${msLabel(10 ** power)}</text>`);
  }
  for (const size of sizes) {
    const gx = round(x(size));
    parts.push(`<line x1="${gx}" x2="${gx}" y1="${PANEL.top}" y2="${PANEL.top + plotHeight}" class="grid"/>`);
    parts.push(`<text x="${gx}" y="${PANEL.top + plotHeight + 18}" class="tick" text-anchor="middle">${countLabel(size)}</text>`);
  }
  parts.push(`<text x="${offsetX + PANEL.left + plotWidth / 2}" y="${PANEL.height - 8}" class="axis" text-anchor="middle">events (log scale)</text>`);
  parts.push(`<text x="${offsetX + PANEL.left + 4}" y="${PANEL.top - 18}" class="tick">did not finish:</text>`);
  if (reference) {
    const ry = round(y(reference.value));
    parts.push(`<line x1="${offsetX + PANEL.left}" x2="${offsetX + PANEL.left + plotWidth}" y1="${ry}" y2="${ry}" class="reference"/>`);
    parts.push(`<text x="${offsetX + PANEL.left + plotWidth - 4}" y="${ry - 5}" class="tick" text-anchor="end">${escape(reference.label)}</text>`);
  }
  names.forEach((name, index) => {
    const style = STYLE[name] ?? FALLBACK;
    const points = summaries
      .filter((s) => s.contestant === name && s[metric] > 0)
      .sort((a, b) => a.size - b.size)
      .map((s) => [x(s.size), y(s[metric])]);
    if (points.length > 1) {
      const d = points.map(([px, py], i) => `${i ? 'L' : 'M'}${round(px)} ${round(py)}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke="${style.color}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    }
    for (const [px, py] of points) parts.push(marker(style.marker, px, py, style.color));
    // Sizes where this figure is missing because the page ran out of time.
    for (const s of summaries.filter((s) => s.contestant === name && s[metric] === undefined && s.status !== 'finished')) {
      parts.push(cross(x(s.size) + (index - 1) * 12, PANEL.top - 22, style.color));
    }
  });
  return parts.join('\n');
}

/** The whole chart for a results object from bench/run.mjs. */
export function chartSvg(results) {
  const { summaries } = results;
  const names = results.contestants.map((c) => c.name);
  const sizes = [...new Set(summaries.map((s) => s.size))].sort((a, b) => a - b);
  const width = PANEL.width * 2;
  const height = PANEL.height + 40;
  const legend = names.map((name, i) => {
    const style = STYLE[name] ?? FALLBACK;
    const lx = PANEL.left + i * 200;
    const ly = PANEL.height + 20;
    return `<line x1="${lx}" x2="${lx + 28}" y1="${ly}" y2="${ly}" stroke="${style.color}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>` +
      marker(style.marker, lx + 14, ly, style.color) +
      `<text x="${lx + 36}" y="${ly + 4}" class="axis">${escape(name)}</text>`;
  });
  const m = results.machine;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc">
<title id="chart-title">First render and frame p95 time against the number of events</title>
<desc id="chart-desc">${escape(`Medians of ${m.runs} run(s) in headless Chromium ${m.chromium} on ${m.cpu} (${m.cores} cores), ${results.date.slice(0, 10)}. Both axes are logarithmic; a cross above a plot marks a size where that contestant did not finish within ${m.capSeconds} s.`)}</desc>
<style>
  text { font: 12px system-ui, sans-serif; fill: #1f2937; }
  .title { font-size: 15px; font-weight: 600; }
  .axis { font-size: 13px; }
  .tick { fill: #4b5563; }
  .frame { fill: #ffffff; stroke: #9ca3af; }
  .grid { stroke: #e5e7eb; }
  .reference { stroke: #6b7280; stroke-dasharray: 3 3; }
</style>
<rect width="${width}" height="${height}" fill="#ffffff"/>
${panel({ title: 'First render (setting the data → marks drawn)', metric: 'renderMs', offsetX: 0, summaries, names, sizes })}
${panel({ title: 'Frame p95 during zoom and pan', metric: 'p95', offsetX: PANEL.width, summaries, names, sizes, reference: { value: 1000 / 60, label: 'one frame at 60 Hz' } })}
${legend.join('\n')}
</svg>
`;
}
