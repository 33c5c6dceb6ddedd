/**
 * What a TimelineJS3 media URL points at. Only images are shown in the timeline; everything
 * else (videos, posts, maps, documents, audio) becomes a link that names its provider, so no
 * third-party frame or script is ever loaded.
 */
export type MediaKind =
  | { kind: 'image'; src: string }
  | { kind: 'link'; provider: string; url: string }
  /** Markup pasted as media (a quote, an embed code): read as text, with its links. */
  | { kind: 'html' }
  | { kind: 'none' };

/** Providers, in TimelineJS3's order of matching: [name, test on the URL]. */
const PROVIDERS: Array<[string, RegExp]> = [
  ['YouTube', /^(https?:)?\/*(www\.|m\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be)\//i],
  ['Vimeo', /^(https?:)?\/*(player\.)?vimeo\.com/i],
  ['Dailymotion', /^(https?:)?\/*(www\.)?(dailymotion\.com|dai\.ly)/i],
  ['Vine', /^(https?:)?\/*(www\.)?vine\.co/i],
  ['TikTok', /^(https?:)?\/*(www\.)?tiktok\.com/i],
  ['Bluesky', /^(https?:)?\/*(www\.)?bsky\.app/i],
  ['SoundCloud', /^(https?:)?\/*(player\.)?soundcloud\.com/i],
  ['X (Twitter)', /^(https?:)?\/*(www\.|mobile\.)?(twitter|x)\.com/i],
  ['Google Maps', /^(https?:)?\/*(www\.|maps\.)?google\.[a-z.]+\/maps/i],
  ['Flickr', /^(https?:)?\/*(www\.)?(flickr\.com\/photos|flic\.kr)/i],
  ['Instagram', /^(https?:)?\/*(www\.)?(instagr\.am|instagram\.com)\//i],
  ['DocumentCloud', /documentcloud\.org\//i],
  ['Wikimedia Commons', /^https?:\/\/commons\.wikimedia\.org\/wiki\/File:/i],
  ['Wikipedia', /^(https?:)?\/\/[^/]*wikipedia\.org/i],
  ['Imgur', /^(https?:)?\/*([a-z]+\.)?imgur\.com\/(a|gallery)\//i],
  ['Google Drive', /^(https?:)?\/*(docs|drive)\.google\.com\//i],
  ['Spotify', /spotify\.com/i],
  ['Wistia', /^https?:\/\/([^/]+\.)?(wistia\.com|wi\.st)\//i],
];

/** URLs that are images by their file name. */
const IMAGE = /\.(jpe?g|png|gif|svg|webp|avif)(\?[^#]*)?(#.*)?$/i;
const EXTENSIONS: Array<[string, RegExp]> = [
  ['PDF', /\.pdf(\?[^#]*)?(#.*)?$/i],
  ['Video', /\.(mp4|webm|mov|m4v)(\?[^#]*)?(#.*)?$/i],
  ['Audio', /\.(mp3|wav|m4a|ogg|oga)(\?[^#]*)?(#.*)?$/i],
];

/** Classifies a TimelineJS3 `media.url` (which may also hold pasted HTML). */
export function classifyMedia(value: string): MediaKind {
  const url = value.trim();
  if (url === '') return { kind: 'none' };
  if (url.startsWith('<')) return { kind: 'html' };
  // A Wikipedia page for an image (`…#/media/File:x.jpg`) is a page, not the image itself.
  for (const [provider, test] of PROVIDERS) if (test.test(url)) return { kind: 'link', provider, url };
  if (IMAGE.test(url)) return { kind: 'image', src: url };
  for (const [provider, test] of EXTENSIONS) if (test.test(url)) return { kind: 'link', provider, url };
  // googleusercontent and similar image hosts give no extension; anything else is a web page.
  if (/^https?:\/\/[^/]*googleusercontent\.com\//i.test(url)) return { kind: 'image', src: url };
  return { kind: 'link', provider: hostName(url), url };
}

/** The host of a URL without `www.`, or the text itself when it is not an absolute URL. */
export function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
