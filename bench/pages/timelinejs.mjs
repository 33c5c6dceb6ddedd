// TimelineJS3: the timer runs from `new TL.Timeline` with the JSON to the second frame after it
// is ready with markers on its time navigator. It has no wheel zoom: the runner clicks its zoom
// buttons instead, and drags the time navigator.
import { install, drawnAfterTwoFrames } from './harness.mjs';
import { toTimelineJS } from '../convert.mjs';

const { TL } = window;
const stage = document.getElementById('stage');
let json = null;
let timeline = null;

install({
  prepare(doc) {
    json = toTimelineJS(doc);
  },
  async render() {
    timeline = new TL.Timeline(stage, json, { language: 'en' });
    await drawnAfterTwoFrames(() => timeline.ready && stage.querySelector('.tl-timemarker'));
  },
  release() {
    json = null;
  },
  target: () => stage.querySelector('.tl-timenav'),
  buttons: () => ({
    zoomIn: stage.querySelector('.tl-icon-zoom-in').closest('button') ?? stage.querySelector('.tl-icon-zoom-in'),
    zoomOut: stage.querySelector('.tl-icon-zoom-out').closest('button') ?? stage.querySelector('.tl-icon-zoom-out'),
  }),
  info: () => ({ markers: stage.querySelectorAll('.tl-timemarker').length }),
});
