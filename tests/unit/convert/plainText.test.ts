import { markdownBlocks } from '../../../src/convert/blocks.js';
import { plainText } from '../../../src/convert/plainText.js';

describe('plain text of a release', () => {
  it('drops Markdown markers and keeps the structure', () => {
    const markdown = [
      '**EMBARGOED UNTIL 00:01 Thursday 3 September 2020**',
      '',
      '# Offences in Synthetic Area 00042 up 50%',
      '',
      '**A standfirst with *emphasis*.**',
      '',
      'A body with a [link](https://charity.example.org), an address https://charity.example.org and a Synthetic Area 00042\\* footnote.',
      '',
      '## Notes to editors',
      '',
      '1. First.',
      '2. Second.',
      '',
      '- A bullet.',
      '',
      '> A quoted line.',
      '',
      '<script>alert(1)</script>',
      '',
    ].join('\n');
    expect(plainText(markdownBlocks(markdown))).toBe(
      [
        'EMBARGOED UNTIL 00:01 Thursday 3 September 2020',
        '',
        'Offences in Synthetic Area 00042 up 50%',
        '=======================================',
        '',
        'A standfirst with emphasis.',
        '',
        'A body with a link (https://charity.example.org), an address https://charity.example.org and a Synthetic Area 00042* footnote.',
        '',
        'Notes to editors',
        '----------------',
        '',
        '1. First.',
        '2. Second.',
        '',
        '- A bullet.',
        '',
        '> A quoted line.',
        '',
      ].join('\n'),
    );
  });
});
