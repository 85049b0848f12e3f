import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { RasterAssets } from '../../load/loadRasterAssets.js';

/** Pixels per SVG unit: twice the drawn size, so the chart stays sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/**
 * resvg's WebAssembly can be started once per process (a second initWasm
 * throws), so the one start is shared: the only module state here, set once.
 */
let started: Promise<void> | null = null;

/**
 * A PNG renderer for chart SVGs, with no browser and no native canvas:
 * resvg compiled to WebAssembly, which computes the same pixels on every
 * processor, with DejaVu Sans as its only font.
 */
export async function createPngRenderer(assets: RasterAssets): Promise<(svg: string) => Uint8Array> {
  started ??= initWasm(assets.wasm);
  await started;
  const font = { fontBuffers: assets.fonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
  return (svg) => {
    const resvg = new Resvg(svg, { font, fitTo: { mode: 'zoom', value: PNG_SCALE } });
    try {
      const image = resvg.render();
      try {
        return image.asPng();
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}
