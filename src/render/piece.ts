import type {} from 'handlebars'; // brings in the global `hbs` AST types

/**
 * A piece of Handlebars source and where it sits in its file, so positions
 * Handlebars reports (1-based line, 0-based column within the piece) can be
 * told as the file's own line and column.
 */
export interface TemplatePiece {
  file: string;
  ast: hbs.AST.Program;
  /** File line of the piece's first line. */
  line: number;
  /** 1-based file column of the piece's first character. */
  column: number;
  /**
   * What the piece was made from (file, place, text, and how it was marked):
   * two pieces with the same source compile to the same template, so a build
   * cache may reuse one's compiled template for the other. Absent: never cached.
   */
  source?: string;
}

/** A piece's `source` for text parsed at a place of a file; `kind` tells apart texts parsed differently (quote bodies). */
export function pieceSource(kind: string, file: string, at: { line: number; column: number }, text: string): string {
  return `${kind} ${file}:${at.line}:${at.column}\n${text}`;
}

export function filePosition(piece: Pick<TemplatePiece, 'line' | 'column'>, loc: { line: number; column: number }): { line: number; column: number } {
  return {
    line: piece.line + loc.line - 1,
    column: loc.line === 1 ? piece.column + loc.column : loc.column + 1,
  };
}
