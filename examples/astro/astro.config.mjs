import { defineConfig } from 'astro/config';
import { litEndMarkerRollup } from 'news-timeline/lit-end-marker';

// Astro bundles the page's scripts with Vite: lit-html gets the end-marker fix there.
export default defineConfig({ vite: { plugins: [litEndMarkerRollup()] } });
