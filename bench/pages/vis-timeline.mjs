// vis-timeline: the timer runs from building its DataSets and the Timeline to the second frame
// after that with items drawn. Ctrl + wheel zooms (zoomKey), like news-timeline; zoomFriction is
// set so that one wheel step zooms by the same factor of two as news-timeline's.
import { install, drawnAfterTwoFrames } from './harness.mjs';
import { toVisTimeline } from '../convert.mjs';

const { vis } = window;
const stage = document.getElementById('stage');
let converted = null;
let timeline = null;

install({
  prepare(doc) {
    converted = toVisTimeline(doc);
  },
  async render() {
    const items = new vis.DataSet(converted.items);
    const groups = new vis.DataSet(converted.groups);
    timeline = new vis.Timeline(stage, items, groups, {
      height: '600px',
      zoomKey: 'ctrlKey',
      zoomFriction: 1,
    });
    await drawnAfterTwoFrames(() => stage.querySelector('.vis-item'));
  },
  release() {
    converted = null;
  },
  target: () => stage.querySelector('.vis-panel.vis-center'),
  info: () => ({ items: stage.querySelectorAll('.vis-item').length, timeline: Boolean(timeline) }),
});
