import type { RenderedRelease } from '../render/renderRelease.js';
import type { ChartSpec } from './chart/chartSpec.js';
import type { CopyFormat, Format } from './formats.js';

/** One release on its way out: its copy, its HTML, and the files made of it. */
export interface Delivery {
  release: RenderedRelease;
  /** The sanitized HTML of the copy, before chart and layout; null when neither html nor eml was asked for. */
  content: string | null;
  /** format → path under out/, for the manifest and the index. */
  files: Partial<Record<Format, string>>;
}

/** A force's chart: drawn once, shared by every release of the force. */
export interface ForceChart {
  spec: ChartSpec;
  svg: string;
  /** Rendered only when png, docx or eml is asked for. */
  png: Uint8Array | null;
}

/** Whether a release gets a format: asked for on the command line, and allowed by its template. */
export function wants(formats: ReadonlySet<Format>, release: RenderedRelease, format: CopyFormat): boolean {
  return formats.has(format) && release.template.formats.includes(format);
}
