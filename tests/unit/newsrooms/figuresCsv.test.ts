import { csvCell, figuresCsv } from '../../../src/newsrooms/figuresCsv.js';
import { exampleCampaign, storyOf } from '../../support/example.js';

describe('csvCell', () => {
  it.each([
    ['Hampshire', 'Hampshire'],
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+44 800', "'+44 800"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "\"'\rcmd\""],
    ['Avon, Somerset', '"Avon, Somerset"'],
    ['Say "hi"', '"Say ""hi"""'],
    [-44.1, '-44.1'],
    [247, '247'],
    [null, ''],
  ])('%p → %p', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('figures CSV', () => {
  it('has a row per force and measure, blanks where not published, and the change', async () => {
    const { valid, stories } = await exampleCampaign();
    const csv = figuresCsv(valid.campaign, [storyOf(stories, 'hampshire'), storyOf(stories, 'wiltshire')]);
    expect(csv).toBe(
      '\ufeff' +
        [
          'force,nation,measure,unit,2015/16,2016/17,2017/18,2018/19,2019/20,change_2018/19_to_2019/20_percent,direction',
          'Hampshire,England,Online child sex offences,count,,,98,131,247,88.55,up',
          'Hampshire,England,Share of child sex offences recorded with an online element,percent,,,,,,,unknown',
          'Wiltshire,England,Online child sex offences,count,,,,77,63,-18.18,down',
          'Wiltshire,England,Share of child sex offences recorded with an online element,percent,,,,7,6,-14.29,down',
        ].join('\r\n') +
        '\r\n',
    );
  });
});
