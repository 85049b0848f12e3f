import { Parser } from 'htmlparser2';
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { BoundedMemo } from '../render/boundedMemo.js';
import { paragraphChunks } from '../render/paragraphChunks.js';

/** Tags Markdown can produce; anything else in the HTML came from somewhere it should not. */
const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code',
  'em', 'strong', 'del', 's', 'a', 'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'] };
const ALLOWED_SCHEMES = ['https', 'mailto', 'tel'];

const STRICT: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ALLOWED_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
};

/** Lets everything through but normalizes the same way, to tell whether STRICT changed anything. */
const PERMISSIVE: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
  allowedSchemes: ['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'ftp', 'vbscript'],
  allowProtocolRelative: true,
};

export interface ConvertedHtml {
  html: string;
  /** What the sanitizer had to remove (raw HTML or a link it does not allow), described for a message; empty when nothing. */
  removed: string[];
}

/**
 * Markdown → HTML for one release. marked does not sanitize (raw HTML,
 * `onerror=` and `javascript:` links pass through), so its output is cleaned
 * with sanitize-html against the tags Markdown itself produces.
 */
export function createMarkdownConverter(): (markdown: string) => ConvertedHtml {
  return rememberingParagraphs(htmlSteps());
}

/** The same conversion, of each text as a whole, remembering nothing: what the paragraph-by-paragraph one must equal. */
export function createWholeMarkdownConverter(): (markdown: string) => ConvertedHtml {
  const steps = htmlSteps();
  return (markdown) => steps.clean(steps.toRaw(markdown));
}

interface HtmlSteps {
  /** marked's HTML. */
  toRaw(markdown: string): string;
  /** Sanitized, with what the sanitizer removed. */
  clean(raw: string): ConvertedHtml;
}

function htmlSteps(): HtmlSteps {
  // One instance per run, never marked's shared defaults.
  const marked = new Marked({ gfm: true, breaks: false, async: false, walkTokens: secureBareWebAddresses });
  return {
    toRaw: (markdown) => marked.parse(markdown) as string,
    clean(raw) {
      const html = sanitizeHtml(raw, STRICT);
      if (onlyAllowedMarkup(raw) || html === sanitizeHtml(raw, PERMISSIVE)) return { html, removed: [] };
      const removed = describeDisallowed(raw);
      return { html, removed: removed.length ? removed : ['markup the sanitizer does not allow'] };
    },
  };
}

/** Paragraphs whose HTML is remembered, and paragraphs met once, at most (a few MB a thread). */
const PARAGRAPHS_REMEMBERED = 2000;

/**
 * Between the HTML of a release's new runs, sanitized together: text the
 * sanitizer keeps as it is, and that no Markdown cut here holds (see
 * cuttableMarkdown), so the result splits back at it.
 */
const RUN_SEPARATOR = '\uE0FF';

/**
 * The conversion paragraph by paragraph, where cutting the Markdown cannot
 * change its HTML (see markdownMayCut). A paragraph met a second time is
 * converted alone and its HTML remembered; the rest, met for the first time,
 * go through marked in runs, and all of a release's runs through the
 * sanitizer in one call, since it costs about as much per call as per
 * release. The same HTML as the whole text gives; anything the sanitizer
 * would remove sends the whole release through again, so its message is the
 * one the whole would give.
 */
function rememberingParagraphs(steps: HtmlSteps): (markdown: string) => ConvertedHtml {
  const whole = (markdown: string): ConvertedHtml => steps.clean(steps.toRaw(markdown));
  const known = new BoundedMemo<string, string>(PARAGRAPHS_REMEMBERED);
  const seen = new BoundedMemo<string, true>(PARAGRAPHS_REMEMBERED);
  return (markdown) => {
    if (!cuttableMarkdown(markdown)) return whole(markdown);
    // The HTML of each piece in order; null where a new run's goes.
    const pieces: Array<string | null> = [];
    const runs: string[] = [];
    let run = '';
    const endRun = (): void => {
      if (run === '') return;
      runs.push(steps.toRaw(run));
      pieces.push(null);
      run = '';
    };
    for (const chunk of paragraphChunks(markdown, (_, after) => markdownMayCut(markdown, after))) {
      const remembered = known.get(chunk);
      if (remembered !== undefined) {
        endRun();
        pieces.push(remembered);
      } else if (seen.has(chunk)) {
        endRun();
        const converted = whole(chunk);
        if (converted.removed.length) return whole(markdown);
        pieces.push(known.set(chunk, converted.html));
      } else {
        seen.set(chunk, true);
        run += chunk;
      }
    }
    endRun();
    let cleaned: string[] = [];
    if (runs.length) {
      const converted = steps.clean(runs.join(RUN_SEPARATOR));
      cleaned = converted.html.split(RUN_SEPARATOR);
      if (converted.removed.length || cleaned.length !== runs.length) return whole(markdown);
    }
    let next = 0;
    return { html: pieces.map((piece) => piece ?? cleaned[next++]!).join(''), removed: [] };
  };
}

/**
 * Markdown that may be cut at blank lines at all: none of what can run over
 * one (a fenced code block, raw HTML, which the sanitizer refuses anyway) or
 * reach across the document (a link reference definition), and no
 * RUN_SEPARATOR.
 */
function cuttableMarkdown(markdown: string): boolean {
  return !/[<\r\uE0FF]|```|~~~|^ {0,3}\[[^\]\n]*\]:/m.test(markdown);
}

/**
 * A cut before a block that cannot belong to the one before it: not a list
 * item (it would join a list above, making it loose), a block quote, or an
 * indented line (a list item's second paragraph, or code).
 */
function markdownMayCut(markdown: string, after: number): boolean {
  return !/^(?:[ \t>]|[-*+](?:[ \t\n]|$)|\d{1,9}[.)](?:[ \t\n]|$))/.test(markdown.slice(after, after + 12));
}

/** Each tag as marked writes it: a name, then attributes in double quotes. */
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([a-z-]+)(?:="([^"<>]*)")?/g;
const SAFE_HREF = /^(https:|mailto:|tel:)/i;

/**
 * True when every tag in marked's output is one STRICT keeps whole (allowed
 * name, allowed attributes, a safe link), so the sanitizer cannot have removed
 * anything and the second, comparing pass can be skipped: it costs as much as
 * the first. Any doubt (a comment, a relative link, a `<` that is not such a
 * tag) answers false, and the comparison decides.
 */
function onlyAllowedMarkup(raw: string): boolean {
  let tags = 0;
  for (const [, closing, name, attributes] of raw.matchAll(TAG)) {
    tags++;
    if (!ALLOWED_TAGS.includes(name ?? '')) return false;
    if (closing && attributes) return false;
    for (const [, attribute, value] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      if (!(ALLOWED_ATTRIBUTES[name ?? ''] ?? []).includes(attribute ?? '')) return false;
      if (attribute === 'href' && !SAFE_HREF.test(value ?? '')) return false;
    }
  }
  // Text and attribute values come out of marked with < escaped: any other < is markup the pattern did not read.
  let angles = 0;
  for (let i = raw.indexOf('<'); i !== -1; i = raw.indexOf('<', i + 1)) angles++;
  return tags === angles;
}

/**
 * GFM links a bare `www.` address with http://, which the sanitizer (https,
 * mailto and tel only) would strip: link it with https:// instead.
 */
function secureBareWebAddresses(token: { type: string }): void {
  if (token.type !== 'link') return;
  const link = token as Tokens.Link;
  if (link.raw === link.text && link.href === `http://${link.raw}`) link.href = `https://${link.raw}`;
}

/** The tags, attributes and link schemes in `html` that STRICT removes, e.g. `<script>`, `the onerror attribute on <img>`, `a javascript: link`. */
function describeDisallowed(html: string): string[] {
  const found: string[] = [];
  const note = (text: string): void => {
    if (!found.includes(text)) found.push(text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ALLOWED_TAGS.includes(name)) {
          note(`<${name}>`);
          return;
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (!(ALLOWED_ATTRIBUTES[name] ?? []).includes(attribute)) note(`the ${attribute} attribute on <${name}>`);
          else if (attribute === 'href') {
            const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
            if (scheme && !ALLOWED_SCHEMES.includes(scheme)) note(`a ${scheme}: link`);
            else if (/^\s*\/\//.test(value)) note('a link without a scheme (//…)');
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
