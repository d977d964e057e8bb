// Write schemas/*.v1.json from the widgets' field tables in src/core (issue #16): `npm run schemas`.
// `--check` writes nothing and fails when a committed schema differs from what the tables give
// (test/core/schemas.test.ts does the same inside `npm test`). Needs tsx to read the TypeScript:
// node --import tsx scripts/schemas.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, schemaText } from '../src/core/schema.ts';
import { SCREENER_FIELDS, SCREENER_SCHEMA } from '../src/core/screener/fields.ts';
import { COMPARE_FIELDS, COMPARE_SCHEMA } from '../src/core/compare/fields.ts';
import { CHECKLIST_FIELDS, CHECKLIST_SCHEMA } from '../src/core/checklist/fields.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each schema file and the text the field tables give for it. */
export function schemaFiles() {
  return [
    [SCREENER_SCHEMA, SCREENER_FIELDS],
    [COMPARE_SCHEMA, COMPARE_FIELDS],
    [CHECKLIST_SCHEMA, CHECKLIST_FIELDS],
  ].map(([meta, fields]) => ({ path: join(root, 'schemas', `${meta.tag}.v1.json`), text: schemaText(buildSchema(meta, fields)) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const { path, text } of schemaFiles()) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (old === text) continue;
    stale.push(relative(root, path));
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length) {
    console.error(`schemas: ${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} not what the field tables in src/core give. Run \`npm run schemas\` and commit the result.`);
    process.exit(1);
  }
  console.log(check ? 'schemas: up to date' : stale.length ? `schemas: wrote ${stale.join(', ')}` : 'schemas: unchanged');
}
