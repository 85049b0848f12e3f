import { jest } from '@jest/globals';
import { unzipSync } from 'fflate';
import { markdownBlocks } from '../../../../src/convert/blocks.js';
import { releaseDocx, type DocxInput } from '../../../../src/convert/docx/releaseDocx.js';
import { docxParagraphs } from '../../../support/docx.js';

const MARKDOWN = `**EMBARGOED UNTIL 00:01 Thursday 3 September 2020**

# Offences in Synthetic Area 00042 up 50%

**Synthetic Area Police recorded 1,800 offences in 2019/20.**

Police recorded *1,800* offences, up from 1,200. See [the charity](https://charity.example.org).

## Notes to editors

1. Source: a synthetic example.
2. Nothing here is real.
`;

/** A 1×1 white PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64'));

const input: DocxInput = {
  blocks: markdownBlocks(MARKDOWN),
  headline: 'Offences in Synthetic Area 00042 up 50%',
  creator: 'Example Charity',
  date: '2020-09-03',
  chart: { png: PNG, width: 640, height: 400, title: 'Offences in Synthetic Area 00042', description: 'Bar chart: 1,200 then 1,800.' },
};

describe('release as Word', () => {
  it('opens with the embargo line, then the headline as Heading 1, the standfirst and the chart', async () => {
    const paragraphs = docxParagraphs(await releaseDocx(input));
    expect(paragraphs.slice(0, 4)).toEqual([
      { style: null, list: null, text: 'EMBARGOED UNTIL 00:01 Thursday 3 September 2020', hasPicture: false },
      { style: 'Heading1', list: null, text: 'Offences in Synthetic Area 00042 up 50%', hasPicture: false },
      { style: null, list: null, text: 'Synthetic Area Police recorded 1,800 offences in 2019/20.', hasPicture: false },
      { style: null, list: null, text: '', hasPicture: true },
    ]);
  });

  it('keeps body text, section headings and the numbered notes to editors', async () => {
    const paragraphs = docxParagraphs(await releaseDocx(input));
    expect(paragraphs.slice(4)).toEqual([
      { style: null, list: null, text: 'Police recorded 1,800 offences, up from 1,200. See the charity.', hasPicture: false },
      { style: 'Heading2', list: null, text: 'Notes to editors', hasPicture: false },
      { style: 'ListParagraph', list: 'decimal', text: 'Source: a synthetic example.', hasPicture: false },
      { style: 'ListParagraph', list: 'decimal', text: 'Nothing here is real.', hasPicture: false },
    ]);
  });

  it('carries the chart PNG, its alt text and a link', async () => {
    const files = unzipSync(await releaseDocx(input));
    const media = Object.keys(files).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect([...files[media[0]!]!]).toEqual([...PNG]);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toContain('descr="Bar chart: 1,200 then 1,800."');
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
    // The link's relationship id is numbered, not random, and the paragraph points at it.
    expect(rels).toMatch(/Id="rIdLink1" Type="[^"]+\/hyperlink" Target="https:\/\/charity.example.org" TargetMode="External"/);
    expect(xml).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
  });

  it('dates the document with the build date, not the clock', async () => {
    const files = unzipSync(await releaseDocx(input));
    const core = new TextDecoder().decode(files['docProps/core.xml']);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-09-03T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2020-09-03T00:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Offences in Synthetic Area 00042 up 50%</dc:title>');
  });

  it('gives the same bytes when built at different times', async () => {
    jest.useFakeTimers({ now: new Date('2031-05-06T07:08:09Z'), doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      const first = await releaseDocx(input);
      jest.setSystemTime(new Date('2044-11-12T13:14:15Z'));
      const second = await releaseDocx(input);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
