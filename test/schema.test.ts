import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { outlineSchemaJson } from '../src/outline/schema-json.js';
import { parse } from 'yaml';
import { ARTICLES, outlineOf, ROOT } from './helpers/fixtures.js';

const file = readFileSync(join(ROOT, 'outline.schema.json'), 'utf8');

test('outline.schema.json is generated from the outline type (npm run schema)', () => {
  assert.fixture(file, outlineSchemaJson());
});

test('every outline deckwright writes is valid against outline.schema.json', () => {
  const ajv = new Ajv2020.default({ strict: false });
  const validate = ajv.compile(JSON.parse(file));
  for (const path of Object.values(ARTICLES)) assert.ok(validate(JSON.parse(JSON.stringify(outlineOf(path)))), JSON.stringify(validate.errors));
  const committed = parse(readFileSync(join(ROOT, 'decks', 'putin-xi-state-visit', 'outline.yaml'), 'utf8'));
  assert.ok(validate(committed), JSON.stringify(validate.errors));
});

test('a hand-written outline needs only a title and headed sections', () => {
  const ajv = new Ajv2020.default({ strict: false });
  const validate = ajv.compile(JSON.parse(file));
  assert.ok(validate({ title: 'T', sections: [{ heading: 'H', points: [{ text: 'a', points: [{ text: 'b' }] }] }] }));
  assert.not.ok(validate({ title: 'T', sections: [{ heading: 'H', bullets: [] }] }));
});

test.run();
