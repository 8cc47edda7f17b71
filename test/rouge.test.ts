import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rouge, rougeLsum, rougeN, tokens } from '../scripts/eval/rouge.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('tokens: lowercase, punctuation to spaces, stems only for tokens over three letters', () => {
  assert.equal(tokens("The dogs' running, e.g. 3.5%"), ['the', 'dog', 'run', 'e', 'g', '3', '5']);
});

test('ROUGE-1 and ROUGE-2 on one line, checked by hand', () => {
  const c = 'the cat sat on the mat';
  const r = 'the cat lay on the mat';
  close(rougeN(c, r, 1).f1, 5 / 6);
  close(rougeN(c, r, 2).f1, 3 / 5);
  close(rougeLsum(c, r).f1, 5 / 6);
});

test('stemming makes "running dogs" meet "the dog runs"', () => {
  const s = rougeN('running dogs', 'the dog runs', 1);
  close(s.precision, 1);
  close(s.recall, 2 / 3);
  close(s.f1, 0.8);
});

test('ROUGE-Lsum takes the union LCS over candidate lines; ROUGE-2 runs across lines', () => {
  const c = 'a c d\nb e';
  const r = 'a b c\nd e';
  close(rougeLsum(c, r).f1, 1);
  close(rougeN(c, r, 2).f1, 1 / 4);
  close(rougeLsum('a b\nc', 'x y').f1, 0);
});

test('clipped counts: a repeated word scores once per use in the reference', () => {
  const s = rougeN('the the the', 'the cat', 1);
  close(s.precision, 1 / 3);
  close(s.recall, 1 / 2);
  assert.equal(rouge('', 'a b'), { rouge1: 0, rouge2: 0, rougeLsum: 0 });
});

test.run();
