import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { repoRoot, tempDir } from './paths.js';

/** A private copy of the bundled campaign (data/ and templates/) that a test may edit. */
export async function copyExampleCampaign(): Promise<{ dir: string; edit(path: string, change: (text: string) => string): Promise<void>; remove(): Promise<void> }> {
  const dir = await tempDir('preview');
  await cp(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
  await cp(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
  return {
    dir,
    async edit(path, change) {
      const file = join(dir, path);
      const before = await readFile(file, 'utf8');
      const after = change(before);
      // A test whose edit matched nothing would wait for a rebuild that never comes.
      if (after === before) throw new Error(`the edit to ${path} changed nothing`);
      // Saved the way careful editors save: a whole new file renamed over the old one. A plain
      // writeFile empties the file first, and on a busy machine the preview may rebuild in between
      // and rightly report "the file is empty" for a moment, which is not what these tests look at.
      // The new file is written outside the watched folders, so the rename is the only event.
      const staged = join(dir, `.edit-${process.pid}-${Math.random().toString(36).slice(2)}`);
      await writeFile(staged, after);
      await rename(staged, file);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the Host header we choose (fetch sets its own). */
export function get(port: number, path: string, host = `127.0.0.1:${port}`, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Sends a request line exactly as written, over a plain socket: fetch and
 * http.request tidy `..` and some escapes away before they leave, and an
 * attacker's client would not.
 */
export function rawGet(port: number, target: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
  });
}

export interface EventListener<T> {
  /** Resolves with the first event (already received or still to come) that `matches`. */
  next(matches: (data: T) => boolean): Promise<T>;
  close(): void;
}

/** Listens on `/events` like a page does, keeping every `build` event. */
export function listen<T>(port: number): Promise<EventListener<T>> {
  return new Promise((resolve, reject) => {
    const seen: T[] = [];
    const waiting: { matches: (data: T) => boolean; resolve: (data: T) => void }[] = [];
    const req = request({ host: '127.0.0.1', port, path: '/events', headers: { Host: `127.0.0.1:${port}` } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!/^event: build$/m.test(block) || data === undefined) continue;
          const event = JSON.parse(data) as T;
          seen.push(event);
          for (const w of [...waiting]) {
            if (w.matches(event)) {
              waiting.splice(waiting.indexOf(w), 1);
              w.resolve(event);
            }
          }
        }
      });
      resolve({
        next: (matches) => {
          const found = seen.find(matches);
          return found ? Promise.resolve(found) : new Promise((r) => waiting.push({ matches, resolve: r }));
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (e) => {
      if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(e);
    });
    req.end();
  });
}
