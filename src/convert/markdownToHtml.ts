import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Tags Markdown can produce; anything else in the HTML came from somewhere it should not. */
const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code',
  'em', 'strong', 'del', 's', 'a', 'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

const STRICT: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
};

/** Lets everything through but normalizes the same way, to tell what STRICT removed. */
const PERMISSIVE: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
  allowedSchemes: ['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'ftp', 'vbscript'],
  allowProtocolRelative: true,
};

export interface ConvertedHtml {
  html: string;
  /** True when the sanitizer had to remove something: raw HTML or a script link in the copy. */
  sanitized: boolean;
}

/**
 * Markdown → HTML for one release. marked does not sanitize (raw HTML,
 * `onerror=` and `javascript:` links pass through), so its output is cleaned
 * with sanitize-html against the tags Markdown itself produces.
 */
export function createMarkdownConverter(): (markdown: string) => ConvertedHtml {
  // One instance per run, never marked's shared defaults.
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  return (markdown) => {
    const raw = marked.parse(markdown) as string;
    const html = sanitizeHtml(raw, STRICT);
    return { html, sanitized: html !== sanitizeHtml(raw, PERMISSIVE) };
  };
}
