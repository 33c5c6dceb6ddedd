'use client';
// The element registers itself and reads the page, so it runs in the browser: a client component.
import { useRef, useState } from 'react';
import { NewsTimeline, type NewsTimelineElement } from 'news-timeline/react';
import story from 'news-timeline/data/russia-north-korea.json';

const SUMMIT = 'vostochny-summit-2023';

export function Timeline() {
  const timeline = useRef<NewsTimelineElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <p>
        Selected: <output id="selected">{selected ?? 'none'}</output>{' '}
        <button id="select-summit" type="button" onClick={() => timeline.current?.select(SUMMIT)}>
          Show the Vostochny summit
        </button>
      </p>
      <NewsTimeline ref={timeline} data={story} onNtSelect={(event) => setSelected(event.detail.id)} />
    </>
  );
}
