import type { Prepared } from './prepare.js';
import { centrality, normalise } from './rank.js';
import { wordCount } from './prepare.js';
import type { SectionPlan } from './sections.js';
import { lacksMainClause } from './clause-ends.js';
import type { Word } from './words.js';


/** Openings that announce a conclusion: such sentences make good takeaways. */
const CONCLUDING = /^(overall|in (conclusion|summary|short|sum)|to (sum up|conclude)|ultimately|altogether|taken together|in the end)\b/i;

const FORMULA = /[=∈∉⊂⊆∑∏√^_{}<>≤≥←→↦±×÷∀∃∂∇|∞≈≠]/g;

/** "1: x ← read the gauge", "Output: the tide table …": a line of an algorithm's listing. */
const ALGORITHM_LINE = /^(\d{1,2}:|(input|output|require|ensure|returns?):)\s/i;

/** Whether a sentence is mostly notation (an equation or an algorithm line), which reads badly as a bullet. */
export function isFormula(text: string): boolean {
  const symbols = (text.match(FORMULA) ?? []).length;
  // Variables are single letters; "a" and "I" are words.
  const letters = text.split(/\s+/).filter((t) => /^\p{L}[,;.)]?$/u.test(t) && !/^[aAI]\W?$/.test(t)).length;
  return symbols + Math.max(0, letters - 2) >= 3;
}

/**
 * Symbols that stand in prose taken from a PDF for letters of a mathematical font it
 * could not map ("h ⇥ t", "score ✓"): the sentence around them is notation gone wrong.
 */
const GARBLED = /[\u21E0-\u21FF\u2300-\u23FF\u2700-\u27BF\uE000-\uF8FF]/;

/**
 * A sentence ending where its object should be ("We use the tide model of."), as
 * where a PDF's extraction dropped a citation, or before the list it announces ("…
 * defined as follows: Definition 2.").
 */
const UNFINISHED = /\b(of|the|an?|and|or|with|from|than|by|to|in)\W*$/i;
const LABEL_AFTER_COLON = /:\s*((definition|theorem|lemma|corollary|proposition|example|algorithm|step|case)\s*\d+|first(ly)?|\p{L})\W*$/iu;

/** "In Section 3 we describe …", "(see Table 2)": a sentence about the document, not its subject. */
const SIGNPOST = /\b(sections?|sect\.|tables?|figures?|figs?\.|appendix|algorithm|equations?|eqs?\.)\s*\(?\d|§\s*\d|\b(this|the) (paper|article|section|chapter) (is organi[sz]ed|proceeds|describes)|\bthe rest of (this|the) (paper|article)\b/i;

export function isSignpost(text: string): boolean {
  return SIGNPOST.test(text) || isRoadmap(text);
}

/**
 * "In this section, we describe …", "The next section presents …", "Figure 1 illustrates
 * the architecture": a sentence that only says where the document goes. Unlike "Table 2
 * shows that …", which may carry a result, it says nothing about the subject.
 */
const ROADMAP = /^(\W*(in|within) (this|the (following|next|previous)) (sub)?sections?\b|\W*we (first |then |next |now )?(describe|present|introduce|discuss|explain|outline|detail|report|give)\b(?:[^.]|\.(?=\d)){0,60}\b(in|see) (§\s*\d|sections? \d)(?:[^.]|\.(?=\d)){0,40}\.?$|\W*(this|the (following|next)) (sub)?section (presents|introduces|discusses|explains|outlines|details|describes|covers|reports|gives)\b)|\bthe rest of (this|the) (paper|article|chapter)\b|\b(paper|article|chapter) is (organi[sz]ed|structured) as follows\b/i;

/** "Figure 1 illustrates our model architecture": points at a picture, says nothing of its own. */
const POINTER = /^\W*(figures?|figs?\.|tables?)\s*\d+\w?\s+(shows|illustrates|depicts|presents|gives|lists|summari[sz]es|displays|contains)\b(?!\s+that\b)/i;

export function isRoadmap(text: string): boolean {
  // A pointer that quotes figures of its own ("Table 2 lists 91% for …") carries a result.
  return ROADMAP.test(text) || (POINTER.test(text) && !/\d/.test(text.replace(POINTER, '')));
}

/** Fit of a sentence to be shown at all: too short says little, a question or a long one reads badly. */
function shape(text: string, tokens: readonly Word[]): number {
  const words = wordCount(text);
  let factor = 1;
  if (words < 6) factor *= 0.5;
  else if (words > 40) factor *= 0.8;
  if (/\?["”’)]*$/.test(text)) factor *= 0.5;
  if (/^["“‘]/.test(text)) factor *= 0.85;
  if (isFormula(text) || ALGORITHM_LINE.test(text)) factor *= 0.2;
  // "To keep the channel clear.": a fragment, its main clause lost (often to a PDF's layout).
  if (lacksMainClause(tokens)) factor *= 0.4;
  if (GARBLED.test(text)) factor *= 0.3;
  // "T, by reading the gauge …": a sentence split inside notation, starting on a variable.
  if (/^[B-HJ-Z],/.test(text)) factor *= 0.3;
  if (UNFINISHED.test(text) || LABEL_AFTER_COLON.test(text)) factor *= 0.3;
  // "(Smith et al., 2015) proposed …": a citation as the subject, the authors' names lost.
  if (/^[([][^)\]]*\d{4}[a-z]?[)\]]/.test(text)) factor *= 0.5;
  if (isSignpost(text)) factor *= 0.3;
  // An address reads badly on a slide (and in papers is mostly a footnote run into the text).
  if (/https?:\/\/|\bwww\./i.test(text)) factor *= 0.3;
  return factor;
}


/** Openings that point back to something said before: such a sentence does not stand alone. */
const ANAPHORIC = /^(this|that|these|those|it|its|he|she|they|his|her|their|such|the latter|the former)\b/i;

export function isConcluding(text: string): boolean {
  return CONCLUDING.test(text);
}

export function isAnaphoric(text: string): boolean {
  return ANAPHORIC.test(text.replace(/^["“‘']/, ''));
}

/**
 * How well a sentence stands as a takeaway: one that states a conclusion is better,
 * one that leans on the sentence before it worse.
 */
export function standalone(text: string): number {
  return (CONCLUDING.test(text) ? 1.25 : 1) * (isAnaphoric(text) ? 0.8 : 1);
}

/**
 * How much a bullet's score owes to the whole article rather than its section: a
 * sentence that the rest of the text keeps coming back to is worth a bullet wherever it
 * stands.
 */
const GLOBAL_WEIGHT = 0.7;

/**
 * A score per sentence for choosing a section's bullets: centrality in the whole article
 * and within the section, and the sentence's place in its paragraph (a paragraph's first
 * sentence usually states its topic), scaled by how well it would read as a bullet.
 */
export function scoreWithinSections(prepared: Prepared, plans: readonly SectionPlan[], globalWeight = GLOBAL_WEIGHT): number[] {
  const scores = prepared.article.sentences.map(() => 0);
  const global = normalise(centrality(prepared.vectors, 1));
  for (const plan of plans) {
    const central = normalise(centrality(plan.sentences.map((id) => prepared.vectors[id]!), 1));
    let previousBlock = -1;
    let place = 0;
    plan.sentences.forEach((id, k) => {
      const s = prepared.article.sentences[id]!;
      place = s.block === previousBlock ? place + 1 : 0;
      previousBlock = s.block;
      const position = place === 0 ? 1 : place === 1 ? 0.7 : 0.5;
      const local = 0.6 * central[k]! + 0.4 * position;
      scores[id] = ((1 - globalWeight) * local + globalWeight * global[id]!) * shape(s.text, prepared.words[id]!);
    });
  }
  return scores;
}
