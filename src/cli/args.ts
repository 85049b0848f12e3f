import { parseArgs } from 'node:util';
import { DEFAULT_FORMATS, FORMATS, parseFormats, type Format } from '../convert/formats.js';
import { isRealDate } from '../validate/fields.js';

export const USAGE = `Usage:
  patchpress build [--data DIR] [--templates DIR] [--out DIR] [--date YYYY-MM-DD] [--only SLUG...] [--formats LIST] [--drafts]
                   [--fresh] [--threads N]
  patchpress check [--data DIR] [--templates DIR] [--date YYYY-MM-DD] [--drafts] [--json]
  patchpress preview [--data DIR] [--templates DIR] [--port N] [--drafts]

  build    generate every release into the output folder (default out/)
  check    validate data and templates, render and audit everything, and print
           the paths each release took through its template; write nothing
  preview  serve every release on http://127.0.0.1:PORT/, rebuilt in memory as
           you edit; pages update by themselves; writes nothing; Ctrl+C stops it

Options:
  --data DIR         campaign folder (default data)
  --templates DIR    templates folder (default templates)
  --out DIR          output folder (default out)
  --date YYYY-MM-DD  the day the releases go out, recorded in the manifest and checked
                     against the embargo (default today, UK time)
  --only SLUG...     only these forces, by slug (e.g. --only hampshire wiltshire)
  --formats LIST     outputs to make, comma-separated, from ${FORMATS.join(', ')}
                     (default ${DEFAULT_FORMATS.join(',')}; e.g. --formats md,html,docx,eml,svg,png)
  --port N           preview's port (default 4173; 0 picks a free one)
  --drafts           include quote snippets not yet approved
  --fresh            build: render and write every file, ignoring what the previous build left
  --threads N        build: threads rendering regions (default: one per core from 200 regions;
                     1: no worker threads)
  --json             check: print the audit (paths, template blocks, figures) as JSON
  -h, --help         show this help

Exit codes: 0 done; 1 the input has problems (all listed); 2 bad usage.`;

export type Command = 'build' | 'check' | 'preview';

/** Vite's preview port: free on most machines, and editors may already know it. */
export const DEFAULT_PREVIEW_PORT = 4173;

export interface CliOptions {
  command: Command;
  data: string;
  templates: string;
  out: string;
  date: string | undefined;
  only: string[];
  drafts: boolean;
  /** check: the audit report as JSON on stdout instead of the table. */
  json: boolean;
  /** preview: the port to serve on. */
  port: number;
  formats: Format[];
  /** build: ignore the previous output. */
  fresh: boolean;
  /** build: threads rendering; undefined chooses by the number of regions and cores. */
  threads: number | undefined;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

const COMMANDS: readonly Command[] = ['build', 'check', 'preview'];

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        templates: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        only: { type: 'string', multiple: true },
        formats: { type: 'string' },
        drafts: { type: 'boolean' },
        json: { type: 'boolean' },
        port: { type: 'string' },
        fresh: { type: 'boolean' },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    return { kind: 'usage-error', message: (cause as Error).message.replace(/\. To specify a positional argument.*$/s, '') };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'name a command: build, check or preview' };
  if (!(COMMANDS as readonly string[]).includes(command)) return { kind: 'usage-error', message: `unknown command "${command}" (commands: ${COMMANDS.join(', ')})` };
  // `--only a b` reads the words after --only as more slugs.
  const only = [...(values.only ?? []), ...(values.only ? rest : [])].flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  if (!values.only && rest.length) return { kind: 'usage-error', message: `unexpected argument "${rest[0]}"` };
  if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && isRealDate(values.date))) {
    return { kind: 'usage-error', message: `--date: expected a date written YYYY-MM-DD, got "${values.date}"` };
  }
  if (command !== 'build' && values.formats !== undefined) return { kind: 'usage-error', message: '--formats belongs to build' };
  if (command === 'check' && (values.out !== undefined || values.only)) {
    return { kind: 'usage-error', message: 'check writes nothing: --out and --only belong to build' };
  }
  if (command !== 'check' && values.json) return { kind: 'usage-error', message: '--json belongs to check' };
  if (command === 'preview' && (values.out !== undefined || values.date !== undefined || values.only)) {
    return { kind: 'usage-error', message: 'preview writes nothing and shows every force: --out, --date and --only belong to build' };
  }
  if (command !== 'preview' && values.port !== undefined) return { kind: 'usage-error', message: '--port belongs to preview' };
  if (command !== 'build' && (values.fresh || values.threads !== undefined)) return { kind: 'usage-error', message: '--fresh and --threads belong to build' };
  if (values.threads !== undefined && !/^[1-9]\d{0,2}$/.test(values.threads)) {
    return { kind: 'usage-error', message: `--threads: expected a whole number from 1, got "${values.threads}"` };
  }
  const port = values.port === undefined ? DEFAULT_PREVIEW_PORT : readPort(values.port);
  if (port === null) return { kind: 'usage-error', message: `--port: expected a whole number from 0 to 65535, got "${values.port}"` };
  const formats = values.formats === undefined ? { formats: [...DEFAULT_FORMATS] } : parseFormats(values.formats);
  if ('error' in formats) return { kind: 'usage-error', message: formats.error };
  return {
    kind: 'run',
    options: {
      command: command as Command,
      data: values.data ?? 'data',
      templates: values.templates ?? 'templates',
      out: values.out ?? 'out',
      date: values.date,
      only,
      drafts: values.drafts ?? false,
      json: values.json ?? false,
      port,
      formats: formats.formats,
      fresh: values.fresh ?? false,
      threads: values.threads === undefined ? undefined : Number(values.threads),
    },
  };
}

function readPort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port <= 65535 ? port : null;
}
