import { Timeline } from './timeline';

// A server component: the article is rendered on the server; the timeline is a client component.
export default function Page() {
  return (
    <main>
      <h1>Russia and North Korea, in Next.js</h1>
      <Timeline />
    </main>
  );
}
