// Serves the repository for the demo and the builder with @web/dev-server (installed with the
// test runner): http://localhost:8000/demo/ (PORT overrides). Dependencies and dot-folders
// (.git) are not served; everything else is the project's own static files.
// `serve(port, hostname, folder)` serves another folder instead, such as an example's build.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Refuses paths into node_modules or any dot-folder. */
const ownFilesOnly = (context, next) => {
  const parts = decodeURIComponent(context.path).split('/');
  if (parts.includes('node_modules') || parts.some((part) => part.startsWith('.'))) {
    context.status = 403;
    context.body = 'Forbidden';
    return undefined;
  }
  return next();
};

/** Starts the server; resolves with its URL and a way to stop it. */
export async function serve(port = Number(process.env.PORT ?? 8000), hostname = '127.0.0.1', folder = root) {
  const server = await startDevServer({
    config: { rootDir: folder, port, hostname, middleware: [ownFilesOnly] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port: bound } = server.server.address();
  return { url: `http://localhost:${bound}`, close: () => server.stop() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve();
  console.log(`news-timeline demo: ${url}/demo/`);
}
