import { useRef, useState } from 'react';
// The React component made with @lit/react: typed props, onNt… handlers, the element on the ref.
import { NewsTimeline, type NewsTimelineElement } from 'news-timeline/react';
// Types for <news-timeline> written straight into JSX (React 19 sets its properties and events).
import 'news-timeline/jsx';
import story from 'news-timeline/data/russia-north-korea.json';

const SUMMIT = 'vostochny-summit-2023';

export function App() {
  const timeline = useRef<NewsTimelineElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // ?element shows the same page with the element itself instead of the React component.
  const direct = new URLSearchParams(location.search).has('element');

  return (
    <main>
      <h1>Russia and North Korea, in React</h1>
      <p>
        Selected: <output id="selected">{selected ?? 'none'}</output>{' '}
        <button id="select-summit" type="button" onClick={() => timeline.current?.select(SUMMIT)}>
          Show the Vostochny summit
        </button>
      </p>
      {direct ? (
        <news-timeline ref={timeline} data={story} onnt-select={(event) => setSelected(event.detail.id)} />
      ) : (
        <NewsTimeline ref={timeline} data={story} onNtSelect={(event) => setSelected(event.detail.id)} />
      )}
    </main>
  );
}
