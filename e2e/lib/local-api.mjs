// Starts local-api (the whole system in one JVM, DESIGN.md section 6) on a free port with an empty
// data directory, waits until the demo admin can log in, and stops it again — with its dynalite
// child, which shares its process group.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN, API_KEY } from './config.mjs';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const STARTUP_TIMEOUT_MS = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 180_000);
const STOP_TIMEOUT_MS = 20_000;
/** What run.mjs starts local-api with (template.yaml's StaticPassSites: none by default). */
export const STATIC_PASS_SITES = 'StaticPassSites=demo-site';

/** What must have been built before the suite can run (`mvn package` builds all three). */
export function requiredBuildOutputs() {
  return [
    { what: 'the local-api jar', path: localApiJar() },
    { what: 'the worker PWA', path: join(REPOSITORY_ROOT, 'web-worker-pwa/dist/index.html') },
    { what: 'the admin SPA', path: join(REPOSITORY_ROOT, 'web-admin-spa/dist/index.html') },
  ];
}

/** E2E_LOCAL_API_JAR, else what `mvn package` builds and ./run-local.sh starts. */
export function localApiJar() {
  return process.env.E2E_LOCAL_API_JAR ?? join(REPOSITORY_ROOT, 'local-api/target/local-api.jar');
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{logFile: string}} options local-api's output goes there (shown on failure)
 * @returns {Promise<{baseUrl: string, dataDir: string, stop: () => Promise<void>}>}
 */
export async function startLocalApi({ logFile }) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gmp-e2e-data-'));
  const log = openSync(logFile, 'w');
  // As ./run-local.sh starts it (JAVA_OPTS too).
  const javaOpts = (process.env.JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  // The suite's site takes static passes, as a kiosk site would: most tests issue a pass through the API and
  // film its token (the phone's rotating code has its own test, rotating-code.test.mjs). Off by default.
  const child = spawn('java', [...javaOpts, '-jar', localApiJar(), '--parameter', STATIC_PASS_SITES], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, GMP_PORT: String(port), GMP_DATA_DIR: dataDir, GMP_API_KEY: API_KEY, GMP_ADMIN_PASSWORD: ADMIN.password },
    stdio: ['ignore', log, log],
    // Its own process group: one signal reaches the JVM and the dynalite it starts.
    detached: true,
  });
  closeSync(log);
  let exit = null;
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exit = { code, signal }))));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killNow);
    await stopGroup(child.pid, exited);
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Last resort if the runner dies without reaching stop(): never leave a JVM or a dynalite behind.
  const killNow = () => signalGroup(child.pid, 'SIGKILL');
  process.on('exit', killNow);

  // 127.0.0.1, not localhost: local-api binds IPv4 loopback, and both count as secure contexts (camera).
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, () => exit, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, stop };
}

async function waitUntilReady(baseUrl, exitStatus, logFile) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const status = exitStatus();
    if (status) {
      throw new Error(`local-api exited during start-up (${JSON.stringify(status)}):\n${tail(logFile)}`);
    }
    try {
      // Ready means seeded: the demo admin can log in, and the static apps are served.
      const login = await fetch(`${baseUrl}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body: JSON.stringify(ADMIN),
        signal: AbortSignal.timeout(10_000),
      });
      last = `login ${login.status}`;
      if (login.ok) {
        const page = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(10_000) });
        last = `GET / ${page.status}`;
        if (page.ok) return;
      }
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`local-api was not ready within ${STARTUP_TIMEOUT_MS / 1000} s (last: ${last}):\n${tail(logFile)}`);
}

async function stopGroup(pid, exited) {
  signalGroup(pid, 'SIGTERM'); // the JVM's shutdown hook stops dynalite and S3Proxy
  const gone = await Promise.race([
    exited.then(() => waitForGroupToEnd(pid, STOP_TIMEOUT_MS)),
    new Promise((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS)),
  ]);
  if (!gone) {
    signalGroup(pid, 'SIGKILL');
    await waitForGroupToEnd(pid, 5_000);
  }
}

async function waitForGroupToEnd(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!signalGroup(pid, 0)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** @returns {boolean} whether any process of the group was there to be signalled */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

export function tail(file, lines = 60) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
