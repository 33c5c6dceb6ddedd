// The benchmark's Markdown: the machine, one row per contestant and size, and the ratios of each
// peer's figures to news-timeline's.

const OURS = 'news-timeline';

export const formatMs = (ms) => (ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en')} ms`);
export const formatMiB = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const formatKB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const formatCount = (count) => Math.round(count).toLocaleString('en');
const formatRatio = (ratio) => (ratio >= 10 ? `${Math.round(ratio).toLocaleString('en')}×` : `${ratio.toFixed(1)}×`);
export const sizeLabel = (size) => (size === 27 ? '27 (flagship)' : size.toLocaleString('en'));

/** The machine in one sentence. */
export function describeMachine(machine) {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; ` +
    `Chromium ${machine.chromium} headless; Node ${machine.node}; viewport ${machine.viewport}; ` +
    `${machine.runs} run${machine.runs === 1 ? '' : 's'} (medians), ${machine.capSeconds} s cap per page; ` +
    `load average ${machine.loadAverage.join(', ')} at the start.`;
}

const COLUMNS = ['contestant', 'events', 'loaded (gzip)', 'first render', 'frame p50', 'frame p95', 'frame max', 'heap after render', 'heap after zoom/pan', 'DOM elements'];

function row(summary, runs) {
  const value = (metric, format) => (summary[metric] === undefined ? '' : format(summary[metric]));
  const dnf = summary.status === 'finished' ? '' : summary.status;
  // Figures from fewer runs than asked for: after a capped attempt, later runs skip that size.
  const runsOf = (metric) => {
    const count = summary.counts?.[metric] ?? 0;
    return count && count < runs ? ` (${count} of ${runs} runs)` : '';
  };
  const cells = [
    summary.contestant,
    sizeLabel(summary.size),
    value('bytesGzip', formatKB),
    summary.renderMs === undefined ? dnf : value('renderMs', formatMs) + runsOf('renderMs'),
    summary.p50 === undefined ? (summary.renderMs === undefined ? '' : dnf) : value('p50', formatMs) + runsOf('p50'),
    value('p95', formatMs),
    value('max', formatMs),
    value('heapAfterRender', formatMiB),
    value('heapAfterInteraction', formatMiB),
    value('domAfterRender', formatCount),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Each peer's figure over ours for one metric: "12×", "did not finish", or empty. */
function ratioCell(ours, peer, metric) {
  if (!peer) return '';
  if (peer[metric] === undefined) return peer.status === 'finished' ? '' : `${peer.status}`;
  if (!ours || !ours[metric]) return '';
  return formatRatio(peer[metric] / ours[metric]);
}

export function markdownReport(results) {
  const { summaries, machine } = results;
  const sizes = [...new Set(summaries.map((s) => s.size))].sort((a, b) => a - b);
  const names = results.contestants.map((c) => c.name);
  const find = (name, size) => summaries.find((s) => s.contestant === name && s.size === size);
  const lines = [
    `Machine: ${describeMachine(machine)}`,
    '',
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
  ];
  for (const size of sizes) {
    for (const name of names) {
      const summary = find(name, size);
      if (summary) lines.push(row(summary, machine.runs));
    }
  }
  const peers = names.filter((name) => name !== OURS);
  if (names.includes(OURS) && peers.length) {
    lines.push(
      '',
      `Ratios: each peer's figure divided by news-timeline's (above 1×: news-timeline is faster or smaller).`,
      '',
      '| events | peer | loaded | first render | frame p95 | frame max | heap after render | DOM elements |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const size of sizes) {
      const ours = find(OURS, size);
      for (const peer of peers) {
        const theirs = find(peer, size);
        if (!theirs) continue;
        const cells = ['bytesGzip', 'renderMs', 'p95', 'max', 'heapAfterRender', 'domAfterRender'].map((metric) => ratioCell(ours, theirs, metric));
        lines.push(`| ${sizeLabel(size)} | ${peer} | ${cells.join(' | ')} |`);
      }
    }
  }
  const notes = summaries.filter((s) => s.note).map((s) => `- ${s.contestant}, ${sizeLabel(s.size)} events: ${s.note}.`);
  if (notes.length) lines.push('', ...notes);
  const data = sizes.map((size) => summaries.find((s) => s.size === size && s.dataBytes)).filter(Boolean);
  if (data.length) {
    lines.push('', `The events as JSON: ${data.map((s) => `${sizeLabel(s.size)}: ${s.dataBytes >= 2 ** 20 ? formatMiB(s.dataBytes) : formatKB(s.dataBytes)}`).join(', ')}.`);
  }
  return lines.join('\n');
}
