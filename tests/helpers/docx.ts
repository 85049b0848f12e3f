import { unzipSync } from 'fflate';
import { allElements, parseXml, textOf, type XmlElement } from './xml.js';

/** One paragraph of a .docx as Word stores it: its style and text. */
export interface DocxParagraph {
  style: string | null;
  numbered: boolean;
  text: string;
  hasPicture: boolean;
}

/** Reads word/document.xml of a .docx into its paragraphs. */
export function docxParagraphs(bytes: Uint8Array): DocxParagraph[] {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  return allElements(parseXml(xml))
    .filter((e) => e.name === 'w:p')
    .map((p) => ({
      style: find(p, 'w:pStyle')?.attributes['w:val'] ?? null,
      numbered: find(p, 'w:numPr') !== undefined,
      text: allElements(p).filter((e) => e.name === 'w:t').map(textOf).join(''),
      hasPicture: find(p, 'pic:pic') !== undefined,
    }));
}

function find(element: XmlElement, name: string): XmlElement | undefined {
  return allElements(element).find((e) => e.name === name);
}
