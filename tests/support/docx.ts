import { unzipSync } from 'fflate';
import { allElements, parseXml, textOf, type XmlElement } from './xml.js';

/** One paragraph of a .docx as Word stores it: its style and text. */
export interface DocxParagraph {
  style: string | null;
  /** Word's numbering format of a list paragraph: "decimal" for numbered notes, "bullet" for bullets. */
  list: string | null;
  text: string;
  hasPicture: boolean;
}

/** Reads word/document.xml of a .docx into its paragraphs. */
export function docxParagraphs(bytes: Uint8Array): DocxParagraph[] {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  const formats = listFormats(files['word/numbering.xml'] ? new TextDecoder().decode(files['word/numbering.xml']) : null);
  return allElements(parseXml(xml))
    .filter((e) => e.name === 'w:p')
    .map((p) => ({
      style: find(p, 'w:pStyle')?.attributes['w:val'] ?? null,
      list: formats.get(find(p, 'w:numId')?.attributes['w:val'] ?? '') ?? null,
      text: allElements(p).filter((e) => e.name === 'w:t').map(textOf).join(''),
      hasPicture: find(p, 'pic:pic') !== undefined,
    }));
}

function find(element: XmlElement, name: string): XmlElement | undefined {
  return allElements(element).find((e) => e.name === name);
}

/** numId → the numbering format of its first level ("decimal", "bullet"). */
function listFormats(numberingXml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!numberingXml) return out;
  const elements = allElements(parseXml(numberingXml));
  const abstract = new Map(
    elements.filter((e) => e.name === 'w:abstractNum').map((a) => [a.attributes['w:abstractNumId']!, find(a, 'w:numFmt')?.attributes['w:val'] ?? '']),
  );
  for (const num of elements.filter((e) => e.name === 'w:num')) {
    const format = abstract.get(find(num, 'w:abstractNumId')?.attributes['w:val'] ?? '');
    if (format) out.set(num.attributes['w:numId']!, format);
  }
  return out;
}
