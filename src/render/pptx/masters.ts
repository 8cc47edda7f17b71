import type { Box, Geometry } from '../../compose/geometry.js';
import type { Theme } from '../../theme/theme.js';
import { solidFill } from './colours.js';
import { footerPlaceholders, type LayoutSpec, type PlaceholderSpec } from './layouts.js';
import { bodyProperties, placeholderNonVisual, rectangle, SLIDE_NUMBER_FIELD, spTree, xfrm } from './shapes.js';
import { bulletLevels, levelsProperties, plainLevel, titleLevel, type LevelStyle } from './text-styles.js';
import { el, PML_NAMESPACES, text, xmlPart, type Xml } from './xml.js';

/**
 * The slide master and its layouts, written from the theme: the master holds the text
 * styles (title and body, level by level) and the placeholders' places; each layout
 * holds its own placeholders and only the styles in which it differs from the master.
 * Slides then carry their text and little else, as in a deck made in PowerPoint.
 */

/** PowerPoint's prompts, shown in Slide Master view (they are English in every deck). */
const PROMPT_LANG = 'en-US';
const MASTER_TEXT_PROMPT = ['Click to edit Master text styles', 'Second level', 'Third level', 'Fourth level', 'Fifth level'];

/** A layout's entry in the master: its id in the package and the master's relationship to it. */
export interface LayoutEntry {
  id: string;
  rId: string;
}

interface MasterStyles {
  title: LevelStyle[];
  body: LevelStyle[];
}

function masterStyles(theme: Theme): MasterStyles {
  return { title: [titleLevel(theme, theme.sizes.heading, theme.colors.heading)], body: bulletLevels(theme, theme.sizes.body, 9) };
}

function background(theme: Theme, colour: string): Xml {
  return el('p:bg', {}, el('p:bgPr', {}, solidFill(theme, colour), el('a:effectLst')));
}

function promptParagraphs(spec: PlaceholderSpec, footer: string | undefined, lang: string): Xml[] {
  if (spec.type === 'sldNum') {
    return [el('a:p', {}, el('a:fld', { id: SLIDE_NUMBER_FIELD, type: 'slidenum' }, el('a:rPr', { lang: PROMPT_LANG }), el('a:t', {}, text('‹#›'))), el('a:endParaRPr', { lang: PROMPT_LANG }))];
  }
  if (spec.type === 'ftr') {
    const run = footer ? el('a:r', {}, el('a:rPr', { lang }), el('a:t', {}, text(footer))) : undefined;
    return [el('a:p', {}, run, el('a:endParaRPr', { lang }))];
  }
  if (!spec.prompt.length) return [el('a:p', {}, el('a:endParaRPr', { lang: PROMPT_LANG }))];
  return spec.prompt.map((line, level) =>
    el('a:p', {}, level ? el('a:pPr', { lvl: level }) : undefined, el('a:r', {}, el('a:rPr', { lang: PROMPT_LANG }), el('a:t', {}, text(line)))),
  );
}

/** Whether a placeholder's levels are the first levels of the master style it would inherit. */
function inherits(levels: readonly LevelStyle[], from: readonly LevelStyle[]): boolean {
  return levels.length > 0 && JSON.stringify(levels) === JSON.stringify(from.slice(0, levels.length));
}

function placeholderShape(id: number, spec: PlaceholderSpec, theme: Theme, lang: string, footer: string | undefined, inherited: readonly LevelStyle[]): Xml {
  const levels = inherits(spec.levels, inherited) ? [] : spec.levels;
  return el(
    'p:sp',
    {},
    placeholderNonVisual(id, spec),
    el('p:spPr', {}, xfrm(spec.box), rectangle()),
    el('p:txBody', {}, bodyProperties(spec), el('a:lstStyle', {}, ...levelsProperties(levels, theme)), ...promptParagraphs(spec, footer, lang)),
  );
}

function accentBar(id: number, theme: Theme, box: Box): Xml {
  return el(
    'p:sp',
    {},
    el('p:nvSpPr', {}, el('p:cNvPr', { id, name: 'Accent Bar' }), el('p:cNvSpPr'), el('p:nvPr', { userDrawn: true })),
    el('p:spPr', {}, xfrm(box), rectangle(), solidFill(theme, theme.colors.accent), el('a:ln', {}, el('a:noFill'))),
  );
}

const COLOUR_MAP = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2', accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6', hlink: 'hlink', folHlink: 'folHlink' };

/** `ppt/slideMasters/slideMaster1.xml`: placeholders, colour map, layouts (in gallery order) and text styles. */
export function masterXml(theme: Theme, g: Geometry, layouts: readonly LayoutEntry[], footer: string | undefined, lang: string): string {
  const styles = masterStyles(theme);
  const title: PlaceholderSpec = { role: 'title', name: 'Title Placeholder', type: 'title', box: g.heading, levels: styles.title, prompt: ['Click to edit Master title style'] };
  const body: PlaceholderSpec = { role: 'body', name: 'Text Placeholder', type: 'body', idx: 1, box: g.body, levels: styles.body, prompt: MASTER_TEXT_PROMPT };
  const placeholders = [title, body, ...footerPlaceholders(theme, g, true)];
  const shapes = placeholders.map((spec, i) => placeholderShape(i + 2, spec, theme, lang, footer, spec.type === 'title' ? styles.title : spec.type === 'body' ? styles.body : []));
  const other = el(
    'p:otherStyle',
    {},
    el('a:defPPr', {}, el('a:defRPr', { lang })),
    ...levelsProperties([plainLevel(theme, theme.sizes.caption, theme.colors.text)], theme),
  );
  return xmlPart(
    el(
      'p:sldMaster',
      PML_NAMESPACES,
      el('p:cSld', {}, background(theme, theme.colors.background), spTree(shapes)),
      el('p:clrMap', COLOUR_MAP),
      el('p:sldLayoutIdLst', {}, ...layouts.map((l) => el('p:sldLayoutId', { id: l.id, 'r:id': l.rId }))),
      el('p:hf', { hdr: false, dt: false, ...(footer ? {} : { ftr: false }) }),
      el('p:txStyles', {}, el('p:titleStyle', {}, ...levelsProperties(styles.title, theme)), el('p:bodyStyle', {}, ...levelsProperties(styles.body, theme)), other),
    ),
  );
}

/** `ppt/slideLayouts/slideLayoutN.xml` for one layout. */
export function layoutXml(spec: LayoutSpec, theme: Theme, g: Geometry, footer: string | undefined, lang: string): string {
  const styles = masterStyles(theme);
  const masterFooter = footerPlaceholders(theme, g, true);
  // What a layout placeholder inherits from the master: matched by type, content placeholders by the body.
  const masterLevels = (p: PlaceholderSpec): LevelStyle[] =>
    p.type === 'title' ? styles.title : p.type === undefined ? styles.body : (masterFooter.find((f) => f.type === p.type)?.levels ?? []);
  const first = spec.accent ? 3 : 2;
  const shapes = [
    spec.accent ? accentBar(2, theme, spec.accent) : undefined,
    ...spec.placeholders.map((p, i) => placeholderShape(first + i, p, theme, lang, footer, masterLevels(p))),
  ];
  return xmlPart(
    el(
      'p:sldLayout',
      { ...PML_NAMESPACES, type: spec.type, preserve: true },
      el('p:cSld', { name: spec.name }, spec.background ? background(theme, spec.background) : undefined, spTree(shapes)),
      el('p:clrMapOvr', {}, el('a:masterClrMapping')),
    ),
  );
}
