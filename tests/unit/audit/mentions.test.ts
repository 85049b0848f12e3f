import { findMentions } from '../../../src/audit/mentions.js';

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
