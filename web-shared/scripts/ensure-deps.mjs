// `npm ci` for the web workspace (repository root: web-shared and both apps share one lock file),
// only when node_modules does not match package-lock.json (a fresh clone always installs).
// Called by each web module's Maven build in generate-resources; by hand: `node web-shared/scripts/ensure-deps.mjs`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const lock = readFileSync(new URL('package-lock.json', root));
const digest = createHash('sha256').update(lock).update(process.version).digest('hex');
const stamp = new URL('node_modules/.gmp-deps-stamp', root);

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  console.log('web workspace: node_modules matches package-lock.json, skipping npm ci');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, digest);
