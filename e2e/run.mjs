// Runs the browser suite: starts local-api on a free port with an empty data directory, runs the
// tests (node:test, one file at a time) against it in Chromium, and always stops local-api again.
//
//   node run.mjs                      everything (Maven runs this in integration-test)
//   node run.mjs tests/gate-flow.test.mjs
//   E2E_BASE_URL=http://localhost:3000 node run.mjs    against a running ./run-local.sh instead
//
// Environment: E2E_CHROMIUM (/usr/bin/chromium), E2E_LOCAL_API_JAR, E2E_ARTIFACTS (target/e2e),
// E2E_STARTUP_TIMEOUT_MS (180000), and local-api's own GMP_API_KEY, GMP_ADMIN_PASSWORD, JAVA_OPTS.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertChromium } from './lib/browser.mjs';
import { REPOSITORY_ROOT, requiredBuildOutputs, startLocalApi } from './lib/local-api.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const ownArtifacts = join(here, 'target/e2e');
const artifacts = process.env.E2E_ARTIFACTS ?? ownArtifacts;

function testFiles(args) {
  if (args.length > 0) return args;
  const inDir = (dir) => readdirSync(join(here, dir)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f));
  return [...inDir('lib'), ...inDir('tests')]; // the y4m generator's own tests first: quick, no browser
}

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

async function main() {
  if (artifacts === ownArtifacts) rmSync(artifacts, { recursive: true, force: true }); // no stale failures
  mkdirSync(artifacts, { recursive: true });
  try {
    assertChromium(); // a missing browser fails the build: CI installs it, so a skip would hide a gap
  } catch (error) {
    fail(error.message);
  }

  let server;
  let baseUrl = process.env.E2E_BASE_URL;
  if (baseUrl) {
    console.log(`e2e: against ${baseUrl} (E2E_BASE_URL; nothing started)`);
  } else {
    const missing = requiredBuildOutputs().filter((o) => !existsSync(o.path));
    if (missing.length > 0) {
      fail(`not built yet: ${missing.map((o) => `${o.what} (${relative(REPOSITORY_ROOT, o.path)})`).join(', ')}. ` +
        'Build them first: mvn -B package -DskipTests (from the repository root).');
    }
    const logFile = join(artifacts, 'local-api.log');
    const started = Date.now();
    try {
      server = await startLocalApi({ logFile });
    } catch (error) {
      fail(error.message);
    }
    baseUrl = server.baseUrl;
    console.log(`e2e: local-api up at ${baseUrl} in ${Date.now() - started} ms (data ${server.dataDir}, log ${logFile})`);
  }

  const stopOnSignal = (signal) => {
    console.error(`e2e: ${signal}, stopping the tests and local-api`);
    stopTests();
    Promise.resolve(server?.stop()).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  let code = 1;
  try {
    code = await runTests(baseUrl, testFiles(process.argv.slice(2)));
  } finally {
    await server?.stop();
  }
  process.exitCode = code;
}

// The test runner and its test-file processes form one process group (detached), so that a signal to
// this script reaches all of them: each test file's Playwright closes its Chromium on SIGTERM.
let tests;
function stopTests() {
  if (!tests || tests.exitCode !== null || tests.signalCode !== null) return;
  const group = (signal) => {
    try {
      process.kill(-tests.pid, signal);
    } catch {
      // already gone
    }
  };
  group('SIGTERM');
  setTimeout(() => group('SIGKILL'), 5_000).unref();
}
process.on('exit', () => {
  if (tests && tests.exitCode === null && tests.signalCode === null) {
    try {
      process.kill(-tests.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

function runTests(baseUrl, files) {
  const args = [
    '--test',
    // One file at a time: each starts its own Chromium instances, and a cold JVM is slow enough.
    '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=junit', `--test-reporter-destination=${join(artifacts, 'junit.xml')}`,
    ...files,
  ];
  tests = spawn(process.execPath, args, {
    cwd: here,
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_ARTIFACTS: artifacts },
  });
  return new Promise((resolve) => tests.on('exit', (status, signal) => resolve(signal ? 1 : status ?? 1)));
}

await main();
