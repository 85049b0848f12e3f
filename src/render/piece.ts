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
}

export function filePosition(piece: Pick<TemplatePiece, 'line' | 'column'>, loc: { line: number; column: number }): { line: number; column: number } {
  return {
    line: piece.line + loc.line - 1,
    column: loc.line === 1 ? piece.column + loc.column : loc.column + 1,
  };
}
