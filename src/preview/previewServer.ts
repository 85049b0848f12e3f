import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEventStream } from './eventStream.js';
import { liveUpdate } from './pages/shell.js';
import { createPreviewBuilds, type PreviewBuildOptions, type PreviewBuilds, type PreviewState } from './previewBuilds.js';
import { isAllowedHost, parseRequestPath } from './requestGuard.js';
import { plain, route, type PreviewResponse } from './routes.js';
import { watchedFolders, watchFolders, type FolderWatch } from './watchFolders.js';

/** Preview listens on the loopback interface only: the campaign is embargoed copy. */
export const PREVIEW_HOST = '127.0.0.1';

export interface PreviewOptions extends PreviewBuildOptions {
  /** 0 picks a free port. */
  port: number;
  /** Told after every build, the first included. */
  onBuilt?: (state: PreviewState) => void;
}

export interface PreviewHandle {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  builds: PreviewBuilds;
  close(): Promise<void>;
}

/** Why the server could not start: a port in use or not ours to take. */
export class PreviewListenError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'PreviewListenError';
  }
}

/**
 * Builds the campaign in memory, then serves it on 127.0.0.1 and rebuilds
 * whenever a file in the data or templates folders changes; open pages hear
 * of each rebuild on `/events`. Nothing is written to disk.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewHandle> {
  const events = createEventStream();
  let watch: FolderWatch | null = null;
  let closed = false;
  const builds = createPreviewBuilds(options, (state) => {
    if (closed) return;
    events.send('build', liveUpdate(state));
    // A rebuild may follow a folder being made or removed: watch what exists now.
    watch?.sync();
    options.onBuilt?.(state);
  });
  watch = watchFolders(watchedFolders(options.data, options.templates), options.cwd, () => builds.schedule());
  await builds.rebuild();

  let port = options.port;
  const server = createServer((request, response) => {
    try {
      answer(request, response);
    } catch (bug) {
      options.onBug?.(bug);
      if (!response.headersSent) send(response, plain(500, 'Internal error in patchpress preview; see the terminal'), request.method === 'HEAD');
      else response.destroy();
    }
  });

  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return send(response, plain(405, 'Only GET and HEAD', { Allow: 'GET, HEAD' }), false);
    if (!isAllowedHost(request.headers.host, port)) {
      return send(response, plain(403, `Refused: preview answers only to http://localhost:${port}/ and http://${PREVIEW_HOST}:${port}/`), head);
    }
    const path = parseRequestPath(request.url ?? '');
    if (!path.ok) return send(response, plain(path.status, `Bad request: ${path.reason}`), head);
    if (path.segments.length === 1 && path.segments[0] === 'events' && !head) {
      return events.open(response, { event: 'build', data: liveUpdate(builds.current()) });
    }
    send(response, route(builds.current(), path.segments, path.query), head);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, PREVIEW_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (cause) {
    closed = true;
    watch.close();
    await builds.close();
    events.close();
    throw listenError(cause, options.port);
  }
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    port,
    builds,
    async close() {
      if (closed) return;
      closed = true;
      watch?.close();
      events.close();
      await builds.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function send(response: ServerResponse, answer: PreviewResponse, head: boolean): void {
  response.writeHead(answer.status, answer.headers);
  response.end(head ? undefined : answer.body);
}

function listenError(cause: unknown, port: number): PreviewListenError | unknown {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new PreviewListenError(code, `port ${port} is in use`);
  if (code === 'EACCES') return new PreviewListenError(code, `port ${port} needs privileges this user does not have`);
  return cause;
}
