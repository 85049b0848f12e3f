import { error, type Diagnostic } from '../errors/diagnostic.js';
import { inWords } from '../errors/wording.js';
import type { RenderedRelease } from './renderRelease.js';
import type { TemplateSpec } from './templateSpec.js';

/** A release's claim on an output path: all the collision check needs, small enough to keep for 50,000 regions. */
export interface OutputClaim {
  output: string;
  /** The force's name. */
  region: string;
  template: Pick<TemplateSpec, 'id' | 'file' | 'output'>;
}

export function claimOf(release: RenderedRelease): OutputClaim {
  return { output: release.output, region: release.story.region.name, template: release.template };
}

/** Top-level names patchpress writes itself (index.html, manifest.json) or keeps for later. */
const RESERVED_OUTPUTS = new Set(['index', 'manifest']);

/**
 * Two releases written to one path would leave only the last: report every
 * path more than one release renders to, naming every force involved, and
 * any path that would overwrite patchpress's own index or manifest.
 */
export function outputCollisions(releases: readonly OutputClaim[]): Diagnostic[] {
  const byOutput = new Map<string, OutputClaim[]>();
  for (const release of releases) {
    const same = byOutput.get(release.output) ?? [];
    same.push(release);
    byOutput.set(release.output, same);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [output, same] of byOutput) {
    const first = same[0]!;
    const at = { line: first.template.output.line, hint: 'make the output path differ per force, e.g. "{{region.slug}}/release"' };
    if (RESERVED_OUTPUTS.has(output)) {
      diagnostics.push(error(first.template.file, `output "${output}" would overwrite patchpress's own ${output === 'index' ? 'index.html' : 'manifest.json'}`, at));
    } else if (same.length > 1) {
      const manyTemplates = new Set(same.map((r) => r.template.id)).size > 1;
      const names = same.map((r) => `"${r.region}"${manyTemplates ? ` (template ${r.template.id})` : ''}`);
      diagnostics.push(error(first.template.file, `output "${output}" is the same for ${same.length} releases: forces ${inWords(names)}`, at));
    }
  }
  return diagnostics;
}
