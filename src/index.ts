/** patchpress as a library: `generate(options)` runs the whole pipeline. */
export { generate, type GenerateOptions, type GenerateResult } from './generate.js';
export type { Diagnostic, Severity } from './errors/diagnostic.js';
export { formatDiagnostics } from './errors/format.js';
export type { Manifest, ManifestRelease } from './write/manifest.js';
export type { AuditReport, AuditSummary, ReleaseAudit } from './audit/auditReleases.js';
export type { ManifestNewsroom } from './newsrooms/bundle.js';
export { DEFAULT_FORMATS, FORMATS, type Format } from './convert/formats.js';
export type * from './model.js';
