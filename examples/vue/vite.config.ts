import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { litEndMarkerRollup } from 'news-timeline/lit-end-marker';

export default defineConfig({
  plugins: [
    vue({
      // <news-timeline> is a custom element, not a Vue component: leave it to the browser.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'news-timeline' } },
    }),
    litEndMarkerRollup(),
  ],
});
