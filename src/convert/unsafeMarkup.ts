import { Parser } from 'htmlparser2';

/** Elements that run code or load another document; never in a release page. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'portal']);

/** Attributes whose value is followed as a link or loaded. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'srcset']);

/** Schemes that run code or smuggle a document into a link. */
const CODE_SCHEME = /^(javascript|vbscript|data|livescript):/;

/** A logo embedded in a layout (no external requests) is a data: image; raster formats carry no script. */
const RASTER_IMAGE = /^data:image\/(png|jpeg|gif|webp)[;,]/;

/**
 * What in a finished HTML page could run code: script-like elements, `on*`
 * event attributes, and links with a javascript:, vbscript: or data: scheme.
 * The last check before a page is written, whatever its layout and data.
 *
 * @example unsafeMarkup('<p onclick="x()">Hi</p><a href="javascript:x()">y</a>') // ['an onclick attribute on <p>', 'a javascript: link on <a>']
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  const note = (text: string): void => {
    if (!found.includes(text)) found.push(text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (ACTIVE_ELEMENTS.has(name)) note(`<${name}>`);
        if (name === 'meta' && /refresh/i.test(attributes['http-equiv'] ?? '')) note('<meta http-equiv="refresh">');
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) note(`an ${attribute} attribute on <${name}>`);
          const url = normalizeUrl(value);
          const scheme = URL_ATTRIBUTES.has(attribute) ? CODE_SCHEME.exec(url) : null;
          if (scheme && !(name === 'img' && attribute === 'src' && RASTER_IMAGE.test(url))) note(`a ${scheme[1]}: link on <${name}>`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** How a browser reads a URL's scheme: control characters and spaces inside it are ignored ("java\tscript:"). */
function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers skip.
  return value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
}
