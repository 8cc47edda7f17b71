import { basename, extname, join } from 'node:path';
import type { Outline } from '../outline/outline.js';
import { imageData } from '../render/pptx/images.js';
import { slugify, writeAtomic } from './files.js';
import type { Source } from './source.js';

const EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp' };

function dataUriBytes(src: string): Uint8Array | undefined {
  const m = /^data:[^;,]+;base64,(.*)$/s.exec(src);
  return m ? Buffer.from(m[1]!, 'base64') : undefined;
}

/**
 * Copy the images an outline shows into `<dir>/images/` and point the outline at the
 * copies, so the deck folder stands alone: `render` finds them next to outline.yaml,
 * a .docx's embedded pictures become files, and a page's images are fetched once. An
 * image that cannot be had keeps its source (the build then warns and leaves its slide
 * out); the reason is returned by source.
 */
export async function localiseImages(outline: Outline, source: Source, dir: string): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const used = new Set<string>();
  let n = 0;
  for (const image of outline.sections.flatMap((s) => s.images ?? [])) {
    n++;
    let bytes: Uint8Array | undefined;
    try {
      bytes = image.src.startsWith('data:') ? dataUriBytes(image.src) : await source.loadImage(image.src);
    } catch (e) {
      failures.set(image.src, (e as Error).message);
      continue;
    }
    const data = bytes && (await imageData(bytes));
    if (!bytes || !data) continue;
    const ext = EXT[/^data:([^;,]+)/.exec(data.dataUri)?.[1] ?? ''] ?? 'img';
    const path = image.src.split(/[?#]/)[0]!;
    const stem = image.src.startsWith('data:') ? `image-${n}` : slugify(basename(path, extname(path)));
    let file = `${stem}.${ext}`;
    for (let k = 2; used.has(file); k++) file = `${stem}-${k}.${ext}`;
    used.add(file);
    writeAtomic(join(dir, 'images', file), bytes);
    image.src = `images/${file}`;
  }
  return failures;
}
