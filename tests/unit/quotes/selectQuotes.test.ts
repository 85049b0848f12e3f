import { describeChange } from '../../../src/derive/change.js';
import type { Direction, QuoteSnippet, RegionStory } from '../../../src/model.js';
import { selectQuotes } from '../../../src/quotes/selectQuotes.js';
import { defaultContacts } from '../../../src/validate/contacts.js';

function story(name: string, previous: number | null, current: number | null): RegionStory {
  return {
    region: { name, slug: name.toLowerCase(), nation: 'England', extra: {}, contacts: defaultContacts(), measures: new Map() },
    figures: {
      offences: { label: 'x', kind: 'count', noun: { one: 'x', many: 'xs' }, current, previous, baseline: null, total: null, periods: {}, change: describeChange(previous, current, true, 10) },
    },
    rank: {},
  };
}

function quote(id: string, rules: Partial<QuoteSnippet> & { direction?: Direction[] | null; smallBase?: boolean | null } = {}): QuoteSnippet {
  const { direction = null, smallBase = null, ...rest } = rules;
  return {
    id, file: `quotes/${id}.md`, bodyLine: 8, speaker: 'A spokesperson', role: null, org: null,
    appliesTo: 'all', when: { direction, smallBase }, approved: true, sample: true, order: 100, body: 'Quote', ...rest,
  };
}

const ids = (quotes: QuoteSnippet[]): string[] => quotes.map((q) => q.id);
const options = { drafts: false, primaryMeasure: 'offences' };

describe('selectQuotes', () => {
  const quotes = [
    quote('national'),
    quote('rise', { direction: ['up', 'new'], smallBase: false }),
    quote('fall', { direction: ['down'] }),
    quote('small', { smallBase: true }),
    quote('wiltshire', { appliesTo: ['Wiltshire'] }),
    quote('draft', { approved: false }),
  ];

  it.each([
    ['Hampshire', 131, 247, ['national', 'rise']],
    ['Wiltshire', 77, 63, ['wiltshire', 'fall', 'national']],
    ['Cumbria', null, 194, ['national']],
    ['Synthetic Area 00042', 6, 43, ['national', 'small']],
    ['Synthetic Area 00043', 0, 12, ['national', 'small']],
  ] as const)('%s (%p → %p) gets %j', (name, previous, current, expected) => {
    expect(ids(selectQuotes(story(name, previous, current), quotes, options))).toEqual(expected);
  });

  it('orders by `order`, then quotes naming the force, then file name', () => {
    const ordered = [quote('b'), quote('a'), quote('first', { order: 1 }), quote('named', { appliesTo: ['hampshire'] })];
    expect(ids(selectQuotes(story('Hampshire', 131, 247), ordered, options))).toEqual(['first', 'named', 'a', 'b']);
  });

  it('includes unapproved snippets only with drafts', () => {
    expect(ids(selectQuotes(story('Hampshire', 131, 247), [quote('draft', { approved: false })], { ...options, drafts: true }))).toEqual(['draft']);
  });
});
