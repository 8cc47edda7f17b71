import type { Box } from '../../compose/geometry.js';

/** An image ready to embed: its bytes as a data URI and its size in pixels. */
export interface ImageData {
  dataUri: string;
  width: number;
  height: number;
  /** The picture drawn as a PNG, for the PPTX, when it is a kind PowerPoint may not show (SVG). */
  raster?: ImageData;
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', webp: 'image/webp' };

/**
 * Read an image's type and size from its bytes; undefined when it is no image we can
 * embed. The reader of image sizes (25 modules) is loaded by the first deck with a picture.
 */
export async function imageData(bytes: Uint8Array): Promise<ImageData | undefined> {
  const { imageSize } = await import('image-size');
  try {
    const size = imageSize(Buffer.from(bytes));
    const mime = size.type ? MIME[size.type] : undefined;
    if (!mime || !size.width || !size.height) return undefined;
    return { dataUri: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`, width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}

/** The largest box with the image's aspect ratio that fits in `box`, centred. */
export function imageBox(image: Pick<ImageData, 'width' | 'height'>, box: Box): Box {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, anchor: 'top', inset: 0, top: 0 };
}
