// Server side of the live-update tests: a data file that changes while the page watches it, and
// a real hidden tab. Used by web-test-runner.config.mjs.

/** The versions served at /__live/<name>, and every request each one got. */
const files = new Map();

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });

/**
 * `PUT /__live/<name>/version` with `{body, etag?, lastModified?, status?}` sets what the file is (a
 * `status` makes it fail); `GET /__live/<name>` serves it, answering a matching `If-None-Match` or
 * `If-Modified-Since` with 304; `GET /__live/<name>/log` lists the requests: the conditional
 * headers each carried and the status it got.
 */
export async function liveFiles(context, next) {
  const match = /^\/__live\/([a-z0-9-]+)(?:\/(log|version))?$/.exec(context.path);
  if (!match) return next();
  const [, name, part] = match;
  const file = files.get(name) ?? { version: { body: '' }, requests: [] };
  files.set(name, file);
  if (part === 'version' && context.method === 'PUT') {
    file.version = JSON.parse(await readBody(context.req));
    context.status = 204;
    return undefined;
  }
  context.set('Cache-Control', 'no-store');
  if (part === 'log') {
    context.type = 'application/json';
    context.body = JSON.stringify(file.requests);
    return undefined;
  }
  const { body, etag, lastModified, status } = file.version;
  const ifNoneMatch = context.get('If-None-Match') || null;
  const ifModifiedSince = context.get('If-Modified-Since') || null;
  let answer = status ?? 200;
  if (answer === 200 && etag && ifNoneMatch === etag) answer = 304;
  else if (answer === 200 && !etag && lastModified && ifModifiedSince && Date.parse(ifModifiedSince) >= Date.parse(lastModified)) answer = 304;
  file.requests.push({ ifNoneMatch, ifModifiedSince, status: answer });
  if (etag) context.set('ETag', etag);
  if (lastModified) context.set('Last-Modified', lastModified);
  context.status = answer;
  if (answer === 200) {
    context.type = 'application/json';
    context.body = body;
  } else if (answer !== 304) context.body = 'Failed';
  return undefined;
}

/**
 * `executeServerCommand('tab-visibility', 'hidden' | 'visible')`: opens a tab in front of the
 * test page, so that the page really is hidden (`document.hidden`, `visibilitychange`), and closes it.
 */
export function tabVisibilityPlugin() {
  const covers = new WeakMap();
  return {
    name: 'tab-visibility',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tab-visibility') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload === 'hidden' && !covers.has(page)) {
        const cover = await page.browser().newPage();
        covers.set(page, cover);
      } else if (payload === 'visible' && covers.has(page)) {
        await covers.get(page).close();
        covers.delete(page);
        await page.bringToFront();
      }
      return true;
    },
  };
}
