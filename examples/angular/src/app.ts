import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Registers <news-timeline>. Its type declarations map the tag to the element class and each
// nt-* event to its CustomEvent, so `#timeline` and `$event.detail` are typed under strictTemplates.
import 'news-timeline';
import story from 'news-timeline/data/russia-north-korea.json';

@Component({
  selector: 'app-root',
  // <news-timeline> is a custom element, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Russia and North Korea, in Angular</h1>
      <p>
        Selected: <output id="selected">{{ selected() ?? 'none' }}</output>
        <button id="select-summit" type="button" (click)="timeline.select('vostochny-summit-2023')">
          Show the Vostochny summit
        </button>
      </p>
      <news-timeline #timeline [data]="story" (nt-select)="selected.set($event.detail.id)"></news-timeline>
    </main>
  `,
})
export class App {
  protected readonly story = story;
  protected readonly selected = signal<string | null>(null);
}
