// Payload benchmark: what a page loads to show a timeline, minified and gzipped, for
// news-timeline's browser build and the two peers (from their npm packages), in one run.
// Prints a table and saves bench/results/size.json. Run `npm run build` first.
// `--check` saves nothing: it fails when the committed results differ from this build (CI runs it,
// so the committed numbers are always the current build's).
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const pkgFile = (pkg, path) => require.resolve(`${pkg}/package.json`).replace(/package\.json$/, path);
const local = (path) => new URL(path, root).pathname;

const contenders = {
  'news-timeline': {
    version: JSON.parse(readFileSync(local('package.json'), 'utf8')).version,
    js: [local('dist/browser/news-timeline.min.js')],
    css: [],
    fonts: [],
  },
  'TimelineJS3': {
    version: require('@knight-lab/timelinejs/package.json').version,
    js: [pkgFile('@knight-lab/timelinejs', 'dist/js/timeline.js')],
    css: [pkgFile('@knight-lab/timelinejs', 'dist/css/timeline.css')],
    fonts: [pkgFile('@knight-lab/timelinejs', 'dist/css/icons/tl-icons.woff2')],
  },
  'vis-timeline': {
    version: require('vis-timeline/package.json').version,
    js: [pkgFile('vis-timeline', 'standalone/umd/vis-timeline-graph2d.min.js')],
    css: [pkgFile('vis-timeline', 'styles/vis-timeline-graph2d.min.css')],
    fonts: [],
  },
};

const missing = Object.entries(contenders).flatMap(([name, c]) => [...c.js, ...c.css, ...c.fonts].filter((file) => !existsSync(file)).map((file) => `${name}: ${file}`));
if (missing.length) {
  // A missing file would understate that contender's payload: refuse to report rather than mislead.
  console.error(`Files to measure are missing (run \`npm ci\` and \`npm run build\`):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const gz = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
const raw = (files) => files.reduce((sum, file) => sum + readFileSync(file).length, 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);

const rows = Object.entries(contenders).map(([name, c]) => ({
  name,
  version: c.version,
  jsMin: raw(c.js),
  jsGzip: gz(c.js),
  cssGzip: gz(c.css),
  fontBytes: raw(c.fonts),
  totalGzip: gz(c.js) + gz(c.css) + raw(c.fonts),
}));
const ours = rows[0];
console.log('payload (KB)            version   JS min   JS gzip   CSS gzip   font   total gzip   ours as % of it');
for (const row of rows) {
  const share = row === ours ? '' : `${((ours.totalGzip / row.totalGzip) * 100).toFixed(0)}%`;
  console.log(
    `${row.name.padEnd(22)}  ${row.version.padEnd(8)}  ${kb(row.jsMin).padStart(6)}  ${kb(row.jsGzip).padStart(8)}  ${kb(row.cssGzip).padStart(9)}  ${kb(row.fontBytes).padStart(5)}  ${kb(row.totalGzip).padStart(11)}   ${share}`,
  );
}
// Each interface language but English is a chunk beside the main file, fetched only by pages that show it.
const chunks = readdirSync(local('dist/browser'));
const languageChunks = readdirSync(local('src/i18n/locales'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort()
  .map((tag) => {
    const file = chunks.find((name) => new RegExp(`^news-timeline-${tag}-[\\w-]{8}\\.min\\.js$`).test(name));
    if (!file) {
      console.error(`No chunk for the language ${tag} in dist/browser/: run \`npm run build\`.`);
      process.exit(1);
    }
    return { tag, jsMin: raw([local(`dist/browser/${file}`)]), jsGzip: gz([local(`dist/browser/${file}`)]) };
  });
console.log('\nlanguage chunks (KB)    JS min   JS gzip');
for (const chunk of languageChunks) console.log(`${chunk.tag.padEnd(22)}  ${kb(chunk.jsMin).padStart(6)}  ${kb(chunk.jsGzip).padStart(8)}`);
const gzips = languageChunks.map((chunk) => chunk.jsGzip);
console.log(`${languageChunks.length} languages: ${kb(Math.min(...gzips))} to ${kb(Math.max(...gzips))} KB gzip each`);

const data = local('src/data/russia-north-korea.json');
console.log(`\nflagship data (not counted above): ${kb(readFileSync(data).length)} KB raw, ${kb(gz([data]))} KB gzip`);
const resultsFile = local('bench/results/size.json');
if (process.argv.includes('--check')) {
  const committed = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  if (JSON.stringify([committed.rows, committed.languageChunks]) !== JSON.stringify([rows, languageChunks])) {
    console.error('bench/results/size.json is not this build\'s: run `npm run bench:size` and commit the result.');
    process.exit(1);
  }
  console.log('bench/results/size.json matches this build');
  process.exit(0);
}
mkdirSync(local('bench/results'), { recursive: true });
writeFileSync(resultsFile, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, languageChunks }, null, 2) + '\n');
console.log('saved bench/results/size.json');
