import sax from 'sax';

/** An XML element as the tests read it. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element. */
  text: string;
}

/** Parses XML strictly: anything not well-formed throws, which is what the tests check. */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  const [top] = root.children;
  if (!top) throw new Error('no root element');
  return top;
}

/** Every element below (and including) `element`, depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

/** All text inside an element, in document order. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join('');
}
