import matter from 'gray-matter';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import type { SourceFile } from '../load/readSourceFile.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

export interface FrontMatterFile {
  /** The front matter, parsed as YAML 1.2, with lines counted in the whole file. */
  data: ParsedYaml;
  body: string;
  /** Lines of the file before the body's first line. */
  bodyLineOffset: number;
}

class RefusedEngine extends Error {}

/**
 * Splits a file into YAML front matter and body with gray-matter, never letting
 * it evaluate `---js` front matter (its default engine runs it with eval) and
 * parsing the YAML ourselves as YAML 1.2 with line numbers.
 */
export function readFrontMatter(file: SourceFile): { parsed: FrontMatterFile | null; diagnostics: Diagnostic[] } {
  if (!/^---[^\r\n]*\r?\n/.test(file.text)) {
    return { parsed: null, diagnostics: [error(file.path, 'front matter is missing: the file must start with a line of three dashes (---)', { line: 1 })] };
  }
  let captured = '';
  const refuse = { parse: (): never => { throw new RefusedEngine(); } };
  let content: string;
  try {
    // An options object on every call also keeps gray-matter from caching by content.
    const result = matter(file.text, {
      language: 'yaml',
      engines: {
        yaml: { parse: (text: string) => { captured = text; return {}; } },
        js: refuse,
        javascript: refuse,
        json: refuse,
      },
    });
    content = result.content;
  } catch (cause) {
    const language = /^---\s*([A-Za-z]+)/.exec(file.text)?.[1] ?? 'unknown';
    const javascript = cause instanceof RefusedEngine && /^(js|javascript)$/i.test(language);
    return {
      parsed: null,
      diagnostics: [
        error(file.path, javascript ? 'JavaScript front matter is not allowed: it would run code' : `front matter in "${language}" is not supported`, {
          line: 1,
          hint: 'write the front matter as YAML between two lines of three dashes (---)',
        }),
      ],
    };
  }
  // gray-matter hands the engine the text after the opening `---`, so the
  // captured text's line N is the file's line N.
  const { parsed, diagnostics } = parseYaml(file.path, captured);
  if (!parsed) return { parsed: null, diagnostics };
  const prefix = file.text.slice(0, file.text.length - content.length);
  const bodyLineOffset = prefix.match(/\r\n|\r|\n/g)?.length ?? 0;
  const data = parsed.value ?? {};
  return { parsed: { data: { ...parsed, value: data }, body: content, bodyLineOffset }, diagnostics };
}
