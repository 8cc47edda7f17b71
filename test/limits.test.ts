/**
 * The limits the README states, at their edges: words in an article, slides, points and
 * nesting in an outline, brackets in an outline file. Each is one LimitError (a one-line
 * message) raised before the slow step it protects.
 */
import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import { checkOutline, checkOutlineText, countWords, LimitError, LIMITS, outlineSize } from '../src/limits.js';
import type { Outline, Point } from '../src/outline/outline.js';
import { read } from '../src/read/read.js';
import { CLI } from './helpers/cli.js';
import { ROOT, SEED } from './helpers/fixtures.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'word.' : 'word')).join(' ');

test('countWords: runs of non-space characters, and each Chinese or Japanese character', () => {
  assert.is(countWords(''), 0);
  assert.is(countWords('  one two\tthree\nfour\u00a0five\u3000six  '), 6);
  assert.is(countWords('中国茶文化'), 5);
  assert.is(countWords('新幹線は1964年に開業'), 9, '新 幹 線 は, 1964, 年, に 開 業: kana and kanji one each, the digits one word');
  assert.is(countWords('مرحبا بالعالم'), 2);
});

test('an article of up to 50,000 words is read; one word more is refused in one line', async () => {
  await read(Buffer.from(words(LIMITS.words)), 'a.txt');
  try {
    await read(Buffer.from(words(LIMITS.words + 1)), 'a.txt');
    assert.unreachable('read an article past the limit');
  } catch (e) {
    assert.instance(e, LimitError);
    assert.is((e as Error).message, 'has 50,001 words: deckwright makes decks from articles of up to 50,000 words (split it into parts and build a deck of each)');
  }
});

test('a text far past the limit is refused before it is parsed (a 10 MB Markdown file in well under a second)', async () => {
  const text = Buffer.from(`# Title\n\n${words(1_700_000)}\n`);
  const start = Date.now();
  try {
    await read(text, 'big.md');
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /^has 1,700,002 words/);
  }
  assert.ok(Date.now() - start < 2000, `${Date.now() - start} ms`);
});

const point = (text: string, points?: Point[]): Point => ({ text, ...(points ? { points } : {}) });

function outline(sections: number, pointsEach: number, depth = 1): Outline {
  const nested = (level: number): Point[] | undefined => (level < depth ? [point(`Level ${level + 1}`, nested(level + 1))] : undefined);
  return {
    title: 'Limits',
    lang: 'en',
    takeaways: [],
    sections: Array.from({ length: sections }, (_, i) => ({ heading: `Part ${i + 1}`, points: Array.from({ length: pointsEach }, (_, k) => point(`Point ${k + 1}.`, nested(1))) })),
  };
}

test('outline size: sections, points at every level, depth; an outline of any shape, however deep, is measured without recursion', () => {
  assert.equal(outlineSize(outline(3, 2, 3)), { sections: 3, points: 18, depth: 3 });
  let deep: Point = point('bottom');
  for (let i = 0; i < 100_000; i++) deep = point('up', [deep]);
  assert.equal(outlineSize({ sections: [{ points: [deep] }] }), { sections: 1, points: 100_001, depth: 100_001 });
  assert.equal(outlineSize(null), { sections: 0, points: 0, depth: 0 });
  assert.equal(outlineSize({ sections: 'nonsense', takeaways: [1, null] }), { sections: 0, points: 2, depth: 1 });
});

test('outline limits: 500 sections, 2,000 points and 6 levels pass; one more of each is refused', () => {
  checkOutline(outline(LIMITS.slides, 1));
  checkOutline(outline(4, LIMITS.points / 4));
  checkOutline(outline(1, 1, LIMITS.depth));
  assert.throws(() => checkOutline(outline(LIMITS.slides + 1, 1)), /^makes at least 501 slides: deckwright makes decks of up to 500 slides/);
  assert.throws(() => checkOutline(outline(1, LIMITS.points + 1)), /^has 2,001 points: deckwright makes decks of up to 2,000 points/);
  assert.throws(() => checkOutline(outline(1, 1, LIMITS.depth + 1)), /^nests points 7 levels deep: deckwright shows up to 6 levels/);
  assert.throws(() => checkOutlineText(`x: ${'['.repeat(65)}${']'.repeat(65)}`), /nests brackets more than 64 deep/);
  checkOutlineText(`x: ${'['.repeat(64)}${']'.repeat(64)} and text with [one] {two} ] stray ] closers`);
});

test('a deck the outline makes past 500 slides is refused before it is rendered', async () => {
  // 300 sections of 20 points each: within the outline limits, but each section takes several slides.
  const big = outline(100, 20);
  big.sections.forEach((s) => (s.points = s.points.map((p, k) => point(`${p.text} ${'A long point that fills a line of the slide and then another one. '.repeat(2)}${k}`))));
  try {
    await buildFromOutline(big, { formats: ['html'] });
    assert.unreachable('built a deck past the slide limit');
  } catch (e) {
    assert.instance(e, LimitError);
    assert.match((e as Error).message, /^makes \d{3,} slides: deckwright makes decks of up to 500 slides/);
  }
});

test('a reader that stops early (deckwright outline … | head) ends the run quietly, with no stack trace', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" outline "${SEED}" | head -c 10 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
  assert.is(r.status, 0);
  assert.is(r.stderr, '');
});

test.run();

test('every error about the input is an InputError, whatever its class is called', async () => {
  const { isInputError, describeError } = await import('../src/cli/errors.js');
  const { ReadError } = await import('../src/read/read.js');
  const { OutlineError } = await import('../src/outline/write.js');
  const { ThemeError } = await import('../src/theme/theme.js');
  for (const e of [new LimitError('too long'), new ReadError('unreadable'), new OutlineError('bad field'), new ThemeError('bad colour')]) {
    assert.ok(isInputError(e), e.constructor.name);
    assert.is(describeError(e), e.message);
  }
  // A minifier may rename a class; what it extends is kept.
  const renamed = class extends LimitError {};
  Object.defineProperty(renamed, 'name', { value: 'a' });
  assert.ok(isInputError(new renamed('too long')));
  assert.not.ok(isInputError(new TypeError('x is undefined')));
  assert.match(describeError(new TypeError('x is undefined')), /^unexpected error/);
});
