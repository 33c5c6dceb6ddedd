// Registers <news-timeline> (and types its events), then wires the page to it.
import 'news-timeline';
import story from 'news-timeline/data/russia-north-korea.json';

const timeline = document.querySelector('news-timeline')!;
const shown = document.querySelector('#selected')!;
timeline.data = story;
timeline.addEventListener('nt-select', (event) => {
  shown.textContent = event.detail.id ?? 'none';
});
document.querySelector('#select-summit')!.addEventListener('click', () => timeline.select('vostochny-summit-2023'));
