import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { litEndMarkerRollup } from 'news-timeline/lit-end-marker';

export default defineConfig({
  plugins: [svelte(), litEndMarkerRollup()],
});
