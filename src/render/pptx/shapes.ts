import type { Box } from '../../compose/geometry.js';
import type { PlaceholderSpec } from './layouts.js';
import { emu } from './units.js';
import { el, type Child, type Xml } from './xml.js';

/** Pieces every shape tree is made of, shared by the master, the layouts and the slides. */

/** The field id PowerPoint gives slide-number fields. */
export const SLIDE_NUMBER_FIELD = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}';

/** The group properties every `p:spTree` opens with. */
function treeHead(): Xml[] {
  const zero = el('a:xfrm', {}, el('a:off', { x: 0, y: 0 }), el('a:ext', { cx: 0, cy: 0 }), el('a:chOff', { x: 0, y: 0 }), el('a:chExt', { cx: 0, cy: 0 }));
  return [el('p:nvGrpSpPr', {}, el('p:cNvPr', { id: 1, name: '' }), el('p:cNvGrpSpPr'), el('p:nvPr')), el('p:grpSpPr', {}, zero)];
}

export function spTree(shapes: readonly Child[]): Xml {
  return el('p:spTree', {}, ...treeHead(), ...shapes);
}

export function xfrm(box: Box): Xml {
  return el('a:xfrm', {}, el('a:off', { x: emu(box.x), y: emu(box.y) }), el('a:ext', { cx: emu(box.w), cy: emu(box.h) }));
}

export function rectangle(): Xml {
  return el('a:prstGeom', { prst: 'rect' }, el('a:avLst'));
}

/** `p:ph`: the placeholder's type and index, by which a slide finds its layout's placeholder. */
function placeholderRef(spec: PlaceholderSpec): Xml {
  return el('p:ph', { type: spec.type, sz: spec.sz, idx: spec.idx });
}

/**
 * Non-visual properties of a placeholder: id, PowerPoint-style name, locks and `p:ph`;
 * for a picture placed in it, those of a `p:pic` with its alternative text.
 */
export function placeholderNonVisual(id: number, spec: PlaceholderSpec, picture?: { descr: string }): Xml {
  const name = `${spec.name} ${id - 1}`;
  if (picture) {
    return el(
      'p:nvPicPr',
      {},
      el('p:cNvPr', { id, name, descr: picture.descr }),
      el('p:cNvPicPr', {}, el('a:picLocks', { noGrp: true, noChangeAspect: true })),
      el('p:nvPr', {}, placeholderRef(spec)),
    );
  }
  return el('p:nvSpPr', {}, el('p:cNvPr', { id, name }), el('p:cNvSpPr', {}, el('a:spLocks', { noGrp: true })), el('p:nvPr', {}, placeholderRef(spec)));
}

const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

/**
 * Text box properties of a placeholder: no insets but the box's top and bottom ones, and its
 * anchor. Text placeholders shrink text on overflow, as PowerPoint's own do, so text a
 * user adds stays in the box; what deckwright writes already fits at full size.
 */
export function bodyProperties(spec: PlaceholderSpec): Xml {
  const box = spec.box;
  const shrink = spec.type !== 'ftr' && spec.type !== 'sldNum';
  return el('a:bodyPr', { vert: 'horz', wrap: 'square', lIns: 0, tIns: emu(box.top), rIns: 0, bIns: emu(box.inset), rtlCol: false, anchor: ANCHOR[box.anchor] }, el(shrink ? 'a:normAutofit' : 'a:noAutofit'));
}
