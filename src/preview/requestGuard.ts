/**
 * The checks every request passes before routing. Preview binds to
 * 127.0.0.1, but a web page on any site can still make the browser talk to
 * it; these checks keep such a page from reading the campaign.
 */

/**
 * DNS rebinding: a hostile name re-pointed at 127.0.0.1 reaches the server
 * with its own name in the Host header, so only our own names pass.
 *
 * @example isAllowedHost('localhost:4173', 4173) === true
 * @example isAllowedHost('evil.example:4173', 4173) === false
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const normalized = host.trim().toLowerCase();
  return normalized === `127.0.0.1:${port}` || normalized === `localhost:${port}`;
}

export type RequestPath =
  | { ok: true; segments: string[]; query: URLSearchParams }
  | { ok: false; status: 400; reason: string };

/**
 * Splits a request target into decoded path segments, refusing anything that
 * could name a place outside what preview serves: `..` and `.` segments
 * (raw or percent-encoded), encoded slashes and backslashes, NUL bytes and
 * malformed escapes. Routing then only ever sees plain names, so a lookup
 * can never step outside its folder whatever a route does with them.
 *
 * @example parseRequestPath('/release/hampshire?template=release') → segments ['release', 'hampshire']
 * @example parseRequestPath('/files/%2e%2e/package.json') → 400
 */
export function parseRequestPath(target: string): RequestPath {
  const refuse = (reason: string): RequestPath => ({ ok: false, status: 400, reason });
  if (!target.startsWith('/')) return refuse('the request target must be a path starting with /');
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : target.slice(queryAt + 1);
  if (rawPath.includes('\0') || rawQuery.includes('\0') || /%00/i.test(target)) return refuse('NUL byte in the request');
  const segments: string[] = [];
  for (const rawSegment of rawPath.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return refuse('malformed percent-encoding in the path');
    }
    if (segment === '.' || segment === '..') return refuse('the path may not contain . or .. segments');
    if (/[/\\]/.test(segment)) return refuse('the path may not contain encoded slashes or backslashes');
    // A trailing slash (or //) adds an empty segment: ignore it so `/compare/` is `/compare`.
    if (segment !== '') segments.push(segment);
  }
  return { ok: true, segments, query: new URLSearchParams(rawQuery) };
}
