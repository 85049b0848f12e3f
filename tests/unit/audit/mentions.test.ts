import { createMentionReader, findMentions } from '../../../src/audit/mentions.js';
import { paragraphDocuments } from '../../support/paragraphDocuments.js';

const found = (text: string): Array<[string, string]> => findMentions(text).map((m) => [m.text, m.key]);

describe('findMentions', () => {
  it.each([
    ['10,391 offences', [['10,391', 'count:10391']]],
    ['up 89%', [['89%', 'percent:89%']]],
    ['a rise of 89 per cent', [['89 per cent', 'percent:89 per cent']]],
    ['a rise of almost 90 per cent', [['almost 90 per cent', 'percent:almost 90 per cent']]],
    ['seven per cent', [['seven per cent', 'percent:seven per cent']]],
    ['less than 0.1%', [['less than 0.1%', 'percent:less than 0.1%']]],
    ['+89% and -18%', [['+89%', 'percent:+89%'], ['-18%', 'percent:-18%']]],
    ['seven forces', [['seven', 'count:7']]],
    ['twenty-one forces', [['twenty-one', 'count:21']]],
    ['almost a fifth (18 per cent)', [['almost a fifth', 'fraction:almost a fifth'], ['18 per cent', 'percent:18 per cent']]],
    ['one in eight', [['one in eight', 'fraction:one in eight']]],
    ['one in 2,000', [['one in 2,000', 'fraction:one in 2,000']]],
    // A count of one in a year or period, which is not audited on its own, and the period.
    ['up from one in 2018/19', [['2018/19', 'period:2018-2019']]],
    ['recorded one in 2019', [['2019', 'year:2019']]],
    ['two-thirds of them', [['two-thirds', 'fraction:two-thirds']]],
    ['half of them', [['half', 'fraction:half']]],
    ['has more than doubled', [['more than doubled', 'ratio:more than doubled']]],
    ['has risen five-fold', [['risen five-fold', 'ratio:risen five-fold']]],
    ['has almost halved', [['almost halved', 'ratio:almost halved']]],
    ['in 2019/20', [['2019/20', 'period:2019-2020']]],
    ['in 2019-20', [['2019-20', 'period:2019-2020']]],
    ['in 2019/2020', [['2019/2020', 'period:2019-2020']]],
    ['00:01 Thursday 3 September 2020', [['00:01', 'time:00:01'], ['3 September 2020', 'date:2020-09-03']]],
    ['in September 2020', [['September 2020', 'date:2020-09']]],
    ['call 0808 800 5000 or 999', [['0808 800 5000', 'phone:08088005000'], ['999', 'count:999']]],
    ['open 24/7', [['24/7', 'other:24/7']]],
    ['in 2020', [['2020', 'year:2020']]],
    ['the 13th', [['13th', 'ordinal:13']]],
  ])('%p', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['every one of these offences'],
    ['no one knows'],
    ['COVID-19 and H2O'],
    ['see https://example.org/2020/07/report or press42@example.org'],
    ['1. Source: a survey'],
    ['the third year'],
  ])('finds no figure in %p', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const [m] = findMentions('Kent recorded 735.');
    expect(m).toMatchObject({ start: 14, end: 17, text: '735', value: 735, digits: true });
  });
});

describe('createMentionReader', () => {
  const read = createMentionReader(50);

  it.each([
    ['a qualifier ending a paragraph', 'It rose by almost\n\n90 per cent.'],
    ['"risen" ending a paragraph', 'It has risen\n\nfive-fold.'],
    ['a day ending a paragraph', 'Published on 3\n\nSeptember 2020.'],
    ['a month ending a paragraph', 'In SEPTEMBER\n\n2020 it rose.'],
    ['a comma after a month', 'On 3 September,\n\n2020 it rose.'],
    ['a link target over a blank line', 'See [it](https://example.org/a\n\nb 5) and 7 more.'],
    ['a numbered-list marker ending a paragraph', 'Notes\n\n1.\n\n2 more.'],
  ])('finds what findMentions finds across %s', (_, text) => {
    expect(read(text)).toEqual(findMentions(text));
    expect(read(text)).toEqual(findMentions(text)); // again, from what it remembered
  });

  it('gives remembered paragraphs their offsets in each new text', () => {
    const shared = 'Across the UK, 564,352 offences.\n\n';
    read(`${shared}Up 5%.`);
    const later = `Down 18 per cent.\n\n${shared}`;
    expect(read(later)).toEqual(findMentions(later));
    expect(read(later).map((m) => later.slice(m.start, m.end))).toEqual(['18 per cent', '564,352']);
  });

  it('finds what findMentions finds in 5,000 documents built to cut badly, each read twice', () => {
    const differ = paragraphDocuments(5000).filter((doc) => {
      const first = read(doc);
      return JSON.stringify(first) !== JSON.stringify(findMentions(doc)) || JSON.stringify(read(doc)) !== JSON.stringify(first);
    });
    expect(differ).toEqual([]);
  });
});
