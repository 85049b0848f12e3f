import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { error, type Diagnostic } from '../errors/diagnostic.js';
import { describeReadFailure } from './readSourceFile.js';

/** What the PNG renderer needs from disk: resvg's WebAssembly and the fonts it may use. */
export interface RasterAssets {
  wasm: Uint8Array;
  /** DejaVu Sans regular and bold: the only fonts the renderer sees, so every machine draws the same pixels. */
  fonts: Uint8Array[];
}

const ASSETS = ['@resvg/resvg-wasm/index_bg.wasm', 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'] as const;

/**
 * Reads the renderer's files from the installed packages (never from the
 * machine's font folders, which differ from one machine to the next).
 */
export async function loadRasterAssets(): Promise<RasterAssets | Diagnostic> {
  const require = createRequire(import.meta.url);
  const files: Uint8Array[] = [];
  for (const name of ASSETS) {
    let path: string;
    try {
      path = require.resolve(name);
    } catch {
      return error(name, 'not installed: the PNG chart needs it', { hint: 'run npm ci' });
    }
    try {
      files.push(new Uint8Array(await readFile(path)));
    } catch (cause) {
      return error(path, describeReadFailure(cause), { hint: 'run npm ci' });
    }
  }
  const [wasm, ...fonts] = files as [Uint8Array, ...Uint8Array[]];
  return { wasm, fonts };
}
