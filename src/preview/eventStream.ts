import type { ServerResponse } from 'node:http';

export interface EventStream {
  /** Takes over a response as a Server-Sent Events stream and sends it `first` at once. */
  open(response: ServerResponse, first: { event: string; data: unknown }): void;
  send(event: string, data: unknown): void;
  /** Ends every stream, so the server can close. */
  close(): void;
  readonly size: number;
}

/** Some proxies and browsers drop a silent connection; a comment line now and then keeps it open. */
const KEEP_ALIVE_MS = 15_000;

/** The open pages' live connections (`/events`): one message per rebuild. */
export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return {
    open(response, first) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Content-Type-Options': 'nosniff',
      });
      // A page that loses the server tries again after a second (the default is three).
      response.write('retry: 1000\n\n');
      response.write(message(first.event, first.data));
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    send(event, data) {
      const text = message(event, data);
      for (const client of clients) client.write(text);
    },
    close() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      clients.clear();
    },
    get size() {
      return clients.size;
    },
  };
}

/** One event; JSON has no raw newlines, so the data fits one `data:` line. */
export function message(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
