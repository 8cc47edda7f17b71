import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Outline } from '../src/outline/outline.js';
import { generatedArticle } from '../scripts/bench/articles.js';
import { outlineMarkdown, revealArgs } from '../scripts/bench/pandoc.js';
import { growthExponent, median } from '../scripts/bench/stats.js';

/** The helpers `npm run bench` relies on (the benchmark itself is timed, so not a test). */

test('median of odd and even counts, order not needed', () => {
  assert.is(median([5, 1, 3]), 3);
  assert.is(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]));
});

test('growth exponent: 1 for linear, 2 for quadratic', () => {
  assert.is(growthExponent(10, 5, 200, 100), 1);
  assert.ok(Math.abs(growthExponent(10, 1, 100, 100) - 2) < 1e-12);
});

test('generated articles reach the length asked, in distinct paragraphs', () => {
  const text = generatedArticle(5000);
  const words = text.split(/\s+/).length;
  assert.ok(words >= 5000 && words < 5200, String(words));
  const paragraphs = text.split('\n\n');
  assert.is(new Set(paragraphs).size, paragraphs.length);
});

test('the pandoc outline has the deck’s slides and labels: overview, one per section with bullets and notes, takeaways, closing', () => {
  const outline: Outline = {
    title: 'Tides: "why" they turn',
    subtitle: 'The moon and the sea',
    lang: 'en',
    takeaways: [{ text: 'The moon pulls the sea' }],
    sections: [
      { heading: 'Gravity', points: [{ text: 'Two bulges', points: [{ text: 'One under the moon' }] }], notes: 'Say it slowly.' },
      { heading: 'Timing', points: [{ text: 'Twice a day' }], quote: { text: 'Time and tide', by: 'a proverb' } },
    ],
  };
  assert.is(
    outlineMarkdown(outline),
    [
      '---',
      'title: "Tides: \\"why\\" they turn"',
      'subtitle: "The moon and the sea"',
      'lang: en',
      '---',
      '',
      '# Overview',
      '',
      '1. Gravity',
      '2. Timing',
      '',
      '# Gravity',
      '',
      '- Two bulges',
      '  - One under the moon',
      '',
      '::: notes',
      'Say it slowly.',
      ':::',
      '',
      '# Timing',
      '',
      '- Twice a day',
      '',
      '> Time and tide (a proverb)',
      '',
      '# Key takeaways',
      '',
      '- The moon pulls the sea',
      '',
      '# Questions?',
      '',
    ].join('\n'),
  );
});

test('pandoc before 2.19 embeds resources with --self-contained, later ones with --embed-resources', () => {
  assert.ok(revealArgs('2.17.1.1', 'd.md', 'd.html', '/r').includes('--self-contained'));
  assert.ok(revealArgs('3.1.3', 'd.md', 'd.html', '/r').includes('--embed-resources'));
  assert.ok(revealArgs('2.19', 'd.md', 'd.html', '/r').includes('--standalone'));
});

test.run();
