import { PREVIEW_CSS, PREVIEW_JS } from './pages/assets.js';
import { compareView, readSlugs } from './pages/compareView.js';
import { indexPage } from './pages/indexPage.js';
import { findRelease, releaseNotFound, releaseView } from './pages/releaseView.js';
import type { PreviewState } from './previewBuilds.js';
import { readSort } from './releaseSummaries.js';

export interface PreviewResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/**
 * Our own pages run only our own script and stylesheet; no page of ours may
 * be framed by another site.
 */
const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * A built release is shown as `patchpress build` would write it, but
 * sandboxed: no script runs in it even if the sanitizer missed one, and only
 * the preview itself may frame it. It keeps its origin so the preview's own
 * page script can update it in place.
 */
const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin";

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Answers a GET for already checked path segments (see requestGuard.ts).
 * Every address is looked up in what the latest good build holds, never on
 * disk, so nothing outside the build can be served.
 */
export function route(state: PreviewState, segments: readonly string[], query: URLSearchParams): PreviewResponse {
  const [first, ...rest] = segments;
  if (first === undefined) return page(indexPage(state, readSort(query)));
  if (first === 'release' && (rest.length === 1 || rest.length === 2)) {
    const [slug, template] = rest as [string, string | undefined];
    const release = state.good ? findRelease(state.good, slug, template) : undefined;
    return release ? page(releaseView(state, release)) : page(releaseNotFound(state, slug), 404);
  }
  if (first === 'compare' && rest.length === 0) return page(compareView(state, readSlugs(query), query.get('template')));
  if (first === 'files' && rest.length > 0) return builtFile(state, rest.join('/'));
  if (first === 'assets' && rest.length === 1) {
    if (rest[0] === 'preview.css') return { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': TYPES.css! }, body: PREVIEW_CSS };
    if (rest[0] === 'preview.js') return { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': TYPES.js! }, body: PREVIEW_JS };
  }
  return notFound();
}

function builtFile(state: PreviewState, path: string): PreviewResponse {
  const content = state.good?.files.get(path);
  if (content === undefined) return notFound();
  const extension = path.slice(path.lastIndexOf('.') + 1);
  return {
    status: 200,
    headers: { ...COMMON_HEADERS, 'Content-Type': TYPES[extension] ?? 'application/octet-stream', 'Content-Security-Policy': FILE_POLICY, 'X-Frame-Options': 'SAMEORIGIN' },
    body: content,
  };
}

function page(body: string, status = 200): PreviewResponse {
  return { status, headers: { ...COMMON_HEADERS, 'Content-Type': TYPES.html!, 'Content-Security-Policy': PAGE_POLICY, 'X-Frame-Options': 'DENY' }, body };
}

export function notFound(): PreviewResponse {
  return plain(404, 'Not found');
}

/** A short plain-text answer for refused and unknown requests. */
export function plain(status: number, message: string, headers: Record<string, string> = {}): PreviewResponse {
  return { status, headers: { ...COMMON_HEADERS, 'Content-Type': TYPES.txt!, ...headers }, body: `${message}\n` };
}
