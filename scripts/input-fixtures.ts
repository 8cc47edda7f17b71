/**
 * Write the binary and re-encoded input fixtures in test/fixtures/inputs from text kept
 * in the repository: the .docx (built with jszip) and the UTF-16, BOM and CRLF copies.
 * Run: node --import tsx scripts/input-fixtures.ts (test/inputs.test.ts checks the results).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUTS, encodedFixtures } from '../test/helpers/inputs.js';
import { rainGardensDocx } from '../test/helpers/rain-gardens.js';

writeFileSync(join(INPUTS, 'rain-gardens.docx'), await rainGardensDocx());
for (const [name, bytes] of Object.entries(encodedFixtures())) writeFileSync(join(INPUTS, name), bytes);
