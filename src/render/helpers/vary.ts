import { createHash } from 'node:crypto';
import { HelperError } from '../../errors/diagnostic.js';
import { describeValue, readArgs } from './args.js';

/**
 * One of several phrasings, chosen per region, so neighbouring forces'
 * releases do not read word for word alike. The choice is a hash of the
 * region's vary seed (`<campaign id>/<region slug>`, recorded in the
 * manifest), the line and column of the call in its template, and the
 * phrasings themselves: the same inputs always give the same release, and
 * two calls on different lines choose independently.
 *
 * @example {{vary "rose" "climbed"}} (for one region) → rose, (for another) → climbed
 * @example {{vary "show that" "reveal that"}} (the same region and line) → the same phrasing on every build
 */
export function vary(this: unknown, ...args: unknown[]): string {
  const usage = '{{vary "rose" "climbed" "went up"}}';
  const { values } = readArgs('vary', args, { usage, min: 2, max: Infinity });
  const choices = values.map((value) => {
    if (typeof value === 'string') return value;
    throw new HelperError(`vary: each phrasing must be text in quotes, got ${describeValue(value)}`, `write it as ${usage}`);
  });
  const last = args.at(-1);
  const options: VaryOptions = typeof last === 'object' && last !== null ? last : {};
  const seed = varySeed(options.data?.root);
  if (seed === null) {
    throw new HelperError('vary: there is no region here to vary by', 'use vary in release templates, partials, quotes and release layouts, not in the index page');
  }
  const at = options.loc?.start ?? { line: 0, column: 0 };
  return choices[pick(`${seed}\u0000${at.line}:${at.column}\u0000${choices.join('\u0000')}`, choices.length)]!;
}

/** What vary reads from Handlebars' options: the root context and the call's place in its template. */
interface VaryOptions {
  data?: { root?: unknown };
  loc?: { start: { line: number; column: number } };
}

/**
 * A region's vary seed, `<campaign id>/<region slug>`, from the root context
 * a template is rendered with; null when there is no region (the index page).
 *
 * @example varySeed({ campaign: { id: 'c' }, region: { slug: 'kent' } }) → "c/kent"
 */
export function varySeed(root: unknown): string | null {
  const r = root as { campaign?: { id?: unknown }; region?: { slug?: unknown } } | null | undefined;
  const id = r?.campaign?.id;
  const slug = r?.region?.slug;
  return typeof id === 'string' && typeof slug === 'string' ? `${id}/${slug}` : null;
}

/** A stable index below `n` from a key (sha256, so it does not depend on the platform or Node's hash seed). */
function pick(key: string, n: number): number {
  const digest = createHash('sha256').update(key).digest();
  return digest.readUInt32BE(0) % n;
}
