import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';
import { ROOT } from './fixtures.js';

/**
 * Compare text with a reviewed snapshot in test/snapshots. Run with UPDATE_SNAPSHOTS=1
 * to rewrite them, then read the diff before committing it.
 */
export function matchSnapshot(name: string, actual: string): void {
  const path = join(ROOT, 'test', 'snapshots', name);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, 'utf8');
  } catch {
    assert.unreachable(`no snapshot ${name}: run UPDATE_SNAPSHOTS=1 npm test and review it`);
    return;
  }
  assert.fixture(actual, expected, `snapshot ${name} differs: review the change, then UPDATE_SNAPSHOTS=1 npm test`);
}
