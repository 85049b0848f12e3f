import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Block, Run } from '../blocks.js';
import { chartBlockIndex } from '../chart/placeChart.js';
import { readZip, reproducibleZip } from '../zip.js';

/** The chart as a Word picture. */
export interface DocxChart {
  png: Uint8Array;
  /** Size on the page in pixels at 96 dpi. */
  width: number;
  height: number;
  title: string;
  description: string;
}

export interface DocxInput {
  blocks: readonly Block[];
  /** Document title, shown in Word's properties. */
  headline: string;
  /** Author in the document properties: the publisher. */
  creator: string;
  /** The build date, YYYY-MM-DD: the document's created and modified dates. */
  date: string;
  chart: DocxChart | null;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const NUMBERED = 'numbered';
/** A4 with 2.54 cm margins leaves 6.3 inches: a picture wider than 600 px is scaled down. */
const MAX_PICTURE_WIDTH = 600;

/**
 * A release as a Word document: the headline as Heading 1, section titles as
 * Heading 2, paragraphs with their bold and italics, bullet and numbered lists
 * (the notes to editors stay numbered), links, and the chart picture after the
 * standfirst with its description as alt text. The docx package stamps the
 * time of the run into the document and its zip: both are replaced with the
 * build date, so the same inputs give the same bytes.
 */
export async function releaseDocx(input: DocxInput): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  let lists = 0;
  const place = chartBlockIndex(
    input.blocks.map((b) => b.kind),
    input.blocks.map((b) => (b.kind === 'heading' ? b.level : null)),
  );
  if (input.chart && place === -1) children.push(picture(input.chart));
  input.blocks.forEach((block, index) => {
    children.push(...paragraphs(block, () => lists++));
    if (input.chart && index === place) children.push(picture(input.chart));
  });
  const document = new Document({
    title: input.headline,
    creator: input.creator,
    lastModifiedBy: input.creator,
    revision: 1,
    styles: { default: { document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 160 } } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return pinDates(bytes, input.date);
}

function paragraphs(block: Block, nextList: () => number): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(block.level, 6) - 1]!, children: runs(block.runs) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs) })];
    case 'list': {
      const instance = nextList();
      return block.items.map((item) =>
        block.ordered
          ? new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance }, children: runs(item) })
          : new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      );
    }
    case 'quote':
      return block.blocks.flatMap((b) => paragraphs(b, nextList));
    case 'rule':
      return [new Paragraph({ thematicBreak: true, children: [] })];
  }
}

function runs(list: readonly Run[]): ParagraphChild[] {
  return list.map((run) => {
    const texts = run.text.split('\n').map((text, i) => new TextRun({ text, bold: run.bold, italics: run.italic, ...(i > 0 ? { break: 1 } : {}), ...(run.href ? { style: 'Hyperlink' } : {}) }));
    return run.href ? new ExternalHyperlink({ link: run.href, children: texts }) : texts;
  }).flat();
}

function picture(chart: DocxChart): Paragraph {
  const scale = Math.min(1, MAX_PICTURE_WIDTH / chart.width);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
        altText: { name: 'Chart', title: chart.title, description: chart.description },
      }),
    ],
  });
}

/**
 * Makes the package reproducible. The docx package stamps the time of the run
 * into docProps/core.xml and its zip, and gives each link a random
 * relationship id: the dates become the build date, the ids are numbered in
 * the order the links appear, and the zip is rewritten with fixed timestamps,
 * [Content_Types].xml first as Office writes it.
 */
export function pinDates(docx: Uint8Array, date: string): Uint8Array {
  const stamp = `${date}T00:00:00Z`;
  const decode = (content: string | Uint8Array): string => (typeof content === 'string' ? content : new TextDecoder().decode(content));
  const entries = readZip(docx);
  const rels = entries.find((e) => e.path === 'word/_rels/document.xml.rels');
  const randomIds = rels ? [...decode(rels.content).matchAll(/Id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/^rId\d+$/.test(id)) : [];
  const renumber = (xml: string): string => randomIds.reduce((text, id, i) => text.replaceAll(`"${id}"`, `"rIdLink${i + 1}"`), xml);
  const pinned = entries.map((entry) => {
    if (entry.path === 'docProps/core.xml') {
      return { path: entry.path, content: decode(entry.content).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`) };
    }
    if (randomIds.length && (entry.path === 'word/document.xml' || entry.path === 'word/_rels/document.xml.rels')) {
      return { path: entry.path, content: renumber(decode(entry.content)) };
    }
    return entry;
  });
  const first = pinned.filter((e) => e.path === '[Content_Types].xml');
  return reproducibleZip([...first, ...pinned.filter((e) => e.path !== '[Content_Types].xml')], date);
}
