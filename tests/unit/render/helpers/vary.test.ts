import { vary, varySeed } from '../../../../src/render/helpers/vary.js';
import { thrown } from './thrown.js';

/** What Handlebars passes: the root context and the call's place in its template. */
const options = (slug: string | null, line = 3, column = 10): unknown => ({
  hash: {},
  data: { root: { campaign: { id: 'synthetic-campaign' }, region: slug === null ? undefined : { slug } } },
  loc: { start: { line, column } },
});

const SLUGS = Array.from({ length: 40 }, (_, i) => `synthetic-area-${String(i).padStart(5, '0')}`);

describe('vary', () => {
  it('gives a region the same phrasing every time', () => {
    for (const slug of SLUGS) expect(vary('rose', 'climbed', 'went up', options(slug))).toBe(vary('rose', 'climbed', 'went up', options(slug)));
  });

  it('spreads regions over every phrasing', () => {
    const chosen = new Set(SLUGS.map((slug) => vary('rose', 'climbed', 'went up', options(slug))));
    expect([...chosen].sort()).toEqual(['climbed', 'rose', 'went up']);
  });

  it('chooses independently at another place in the template', () => {
    const here = SLUGS.map((slug) => vary('rose', 'climbed', options(slug, 3)));
    const there = SLUGS.map((slug) => vary('rose', 'climbed', options(slug, 9)));
    expect(here).not.toEqual(there);
  });

  it('seeds by campaign id and region slug', () => {
    expect(varySeed({ campaign: { id: 'synthetic-campaign' }, region: { slug: 'synthetic-area-00042' } })).toBe('synthetic-campaign/synthetic-area-00042');
    expect(varySeed({ campaign: { id: 'synthetic-campaign' } })).toBeNull();
  });

  it.each([
    [['rose', options('synthetic-area-00042')], /^vary: expected 2 or more values, got 1/],
    [['rose', 7, options('synthetic-area-00042')], /^vary: each phrasing must be text in quotes, got 7/],
    [['rose', 'climbed', options(null)], /^vary: there is no region here to vary by/],
  ])('refuses %p', (args, message) => {
    expect(thrown(() => vary(...args)).message).toMatch(message);
  });
});
