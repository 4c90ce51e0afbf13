// Generates src/api/generated/ (TypeScript types and zod schemas) from docs/openapi.yaml with
// @hey-api/openapi-ts, the version pinned in package.json; reads only local files (no network).
//
//   node scripts/generate.mjs           regenerate: run after every change to docs/openapi.yaml
//   node scripts/generate.mjs --check   regenerate into a temporary folder and fail when a byte differs
//                                       from what is checked in (the build and the tests run this)
//
// The output is checked in rather than git-ignored so that a contract change shows up in review as the
// TypeScript the front ends will see, and an editor, `vite dev` or Vitest work from a fresh clone.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@hey-api/openapi-ts';

const here = fileURLToPath(new URL('..', import.meta.url));
const contract = fileURLToPath(new URL('../../docs/openapi.yaml', import.meta.url));
const committed = join(here, 'src/api/generated');
const check = process.argv.includes('--check');
const output = check ? mkdtempSync(join(tmpdir(), 'gmp-openapi-')) : committed;

await createClient({
  input: contract,
  output: { path: output },
  logs: { level: 'silent' },
  // types (types.gen.ts) and zod schemas (zod.gen.ts) only: requests go through our own client
  // zod/mini: tree-shakes, so the PWA's first paint carries only the checks its first screens parse (issue 17 item 8)
  plugins: ['@hey-api/typescript', { name: 'zod', compatibilityVersion: 'mini' }],
});

if (!check) {
  console.log(`web-shared: generated ${readdirSync(committed).join(', ')} from docs/openapi.yaml`);
  process.exit(0);
}

const names = new Set([...readdirSync(output), ...(existsSync(committed) ? readdirSync(committed) : [])]);
const stale = [...names].filter((name) => {
  const fresh = join(output, name);
  const kept = join(committed, name);
  return !existsSync(fresh) || !existsSync(kept) || !readFileSync(fresh).equals(readFileSync(kept));
});
rmSync(output, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(
    `web-shared: src/api/generated/ does not match docs/openapi.yaml (${stale.join(', ')}).\n` +
      '  Run `npm run generate -w web-shared` and commit the result.',
  );
  process.exit(1);
}
console.log('web-shared: src/api/generated/ matches docs/openapi.yaml');
