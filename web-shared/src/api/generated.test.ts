// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The build runs the same check; here it also fails `npm test` in web-shared.
test('src/api/generated matches docs/openapi.yaml byte for byte', () => {
  const script = fileURLToPath(new URL('../../scripts/generate.mjs', import.meta.url));
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
}, 60_000);
