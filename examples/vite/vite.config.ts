import { defineConfig } from 'vite';
import { litEndMarkerRollup } from 'news-timeline/lit-end-marker';

// Bundles lit-html with the end-marker fix, so the timeline's DOM does not grow as its data changes.
export default defineConfig({
  plugins: [litEndMarkerRollup()],
});
