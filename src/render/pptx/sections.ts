import { createHash } from 'node:crypto';
import type { DeckPart } from '../../compose/deck.js';
import { parseInline } from '../inline.js';
import { escapeXml } from './xml-text.js';

/**
 * The parts of a talk as PowerPoint's sections (the groups in the slide thumbnails and
 * the sorter, which a lecturer collapses, moves or hides as a whole): the sectionLst
 * extension PowerPoint 2010 and later read, in presentation.xml. Other clients skip it.
 */

const SECTIONS_URI = '{521415D9-36F7-43E2-AB2F-B90AF26B5E84}';
const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';

/** A GUID in braces made from `key`, so the same deck gets the same bytes. */
function guid(key: string): string {
  const h = createHash('sha256').update(key).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/** presentation.xml with a section for each part, each holding the slides from its start to the next one's. */
export function withSections(presentation: string, parts: readonly DeckPart[], deckTitle: string): string {
  const ids = [...presentation.matchAll(/<p:sldId id="(\d+)"/g)].map((m) => m[1]!);
  if (parts.length === 0 || ids.length === 0 || presentation.includes(SECTIONS_URI)) return presentation;
  const sections = parts.map((part, i) => {
    const end = parts[i + 1]?.start ?? ids.length;
    const slides = ids.slice(part.start, end).map((id) => `<p14:sldId id="${id}"/>`).join('');
    // A section's name is plain text: a heading's Markdown shows as its words.
    const name = parseInline(part.title).map((span) => span.text).join('');
    return `<p14:section name="${escapeXml(name)}" id="${guid(`${deckTitle}\n${i}\n${part.title}`)}"><p14:sldIdLst>${slides}</p14:sldIdLst></p14:section>`;
  });
  const ext = `<p:ext uri="${SECTIONS_URI}"><p14:sectionLst xmlns:p14="${P14}">${sections.join('')}</p14:sectionLst></p:ext>`;
  // The extension list is the presentation's last child, and there is at most one.
  if (presentation.includes('</p:extLst>')) return presentation.replace('</p:extLst>', `${ext}</p:extLst>`);
  return presentation.replace('</p:presentation>', `<p:extLst>${ext}</p:extLst></p:presentation>`);
}
