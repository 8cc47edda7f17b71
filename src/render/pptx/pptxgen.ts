import pptxModule from 'pptxgenjs';

/**
 * pptxgenjs's type declarations describe a CommonJS module whose default export holds
 * the class, while Node loads its ES build, whose default export is the class itself.
 * This module gives the rest of the code one constructor either way.
 */
type PptxGenJSClass = typeof pptxModule.default;

export const PptxGenJS: PptxGenJSClass = ((pptxModule as unknown as { default?: PptxGenJSClass }).default ?? pptxModule) as PptxGenJSClass;
