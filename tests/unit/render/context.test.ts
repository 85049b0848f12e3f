import { createQuoteContexts, quoteContext } from '../../../src/render/context.js';
import type { QuoteSnippet } from '../../../src/model.js';

const quote = (speaker: string): QuoteSnippet => ({
  id: 'national', file: 'quotes/national.md', bodyLine: 8, speaker, role: 'A *spokesperson*', org: null,
  appliesTo: 'all', when: { direction: null, smallBase: null }, approved: true, sample: true, order: 10, body: 'Text.',
});

describe('createQuoteContexts', () => {
  it('gives what quoteContext gives, escaped, with each region\'s text', () => {
    const toContext = createQuoteContexts();
    const q = quote('[Spokesperson]');
    for (const text of ['Up in Kent.', 'Down in Wiltshire.']) expect(toContext(q, text)).toEqual(quoteContext(q, text));
    expect(toContext(q, 'x')).toEqual({ id: 'national', speaker: '\\[Spokesperson\\]', role: 'A \\*spokesperson\\*', org: null, sample: true, text: 'x' });
  });

  it('keeps each quote\'s own fields apart, and hands out a fresh object each time', () => {
    const toContext = createQuoteContexts();
    const [a, b] = [quote('Alpha'), quote('Beta')];
    const first = toContext(a, 'one');
    expect([toContext(a, 'two').speaker, toContext(b, 'two').speaker]).toEqual(['Alpha', 'Beta']);
    expect(first.text).toBe('one');
  });
});
