import type { ImageData } from './pptx/images.js';

/** Width in pixels of an SVG drawn for PowerPoint: about twice the widest picture box, sharp on a projector. */
const RASTER_WIDTH = 1800;

/**
 * An SVG picture drawn as a PNG, for the PPTX: PowerPoint before 2016, LibreOffice's
 * older versions and most viewers show no SVG. resvg runs no script and fetches nothing,
 * so a hostile SVG draws as its shapes or not at all. Loaded on first use: it is native code.
 */
export async function rasterizeSvg(svg: Uint8Array): Promise<ImageData | undefined> {
  const { Resvg } = await import('@resvg/resvg-js');
  try {
    const rendered = new Resvg(Buffer.from(svg), { fitTo: { mode: 'width', value: RASTER_WIDTH }, font: { loadSystemFonts: true } }).render();
    return { dataUri: `data:image/png;base64,${rendered.asPng().toString('base64')}`, width: rendered.width, height: rendered.height };
  } catch {
    return undefined;
  }
}
