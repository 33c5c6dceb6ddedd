import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { litEndMarkerRollup } from 'news-timeline/lit-end-marker';

export default defineConfig({
  plugins: [react(), litEndMarkerRollup()],
});
