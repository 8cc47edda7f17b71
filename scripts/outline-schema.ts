/**
 * Write outline.schema.json from the outline's TypeBox definition, so editors can
 * complete and check outline.yaml files (the YAML names it in its first line).
 *
 *   node --import tsx scripts/outline-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { outlineSchemaJson } from '../src/outline/schema-json.js';

writeFileSync(new URL('../outline.schema.json', import.meta.url), outlineSchemaJson());
console.log('wrote outline.schema.json');
