// Prints the browser build's size: raw, minified (as built) and gzipped bytes.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const file = new URL('../dist/browser/news-timeline.min.js', import.meta.url);
if (!existsSync(file)) {
  console.error('dist/browser/news-timeline.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log('file                                 minified     gzip        brotli');
console.log(`dist/browser/news-timeline.min.js    ${kb(bytes.length).padEnd(12)} ${kb(gzip).padEnd(11)} ${kb(brotli)}`);
console.log(`(${bytes.length} / ${gzip} / ${brotli} bytes)`);
