// The suite under CPU load (issue 18): runs `node run.mjs` (local-api started afresh each time) N
// times in a row while `stress-ng --cpu 4` keeps both cores busy, and reports each run's time.
// stress-ng is started before the first run and always stopped after the last, also on failure or
// Ctrl+C.
//
//   node stress.mjs                 5 runs under stress-ng --cpu 4
//   node stress.mjs --runs 3 --cpu 2 [test files…]
//
// Each run's artifacts go to target/e2e-stress/run-<n>/; the summary to target/e2e-stress/summary.txt.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'target/e2e-stress');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number, got ${process.argv[i + 1]}`);
  process.argv.splice(i, 2);
  return value;
}

const runs = option('runs', 5);
const cpus = option('cpu', 4);
const files = process.argv.slice(2);

function haveStressNg() {
  return spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (!haveStressNg()) {
  // Debian's package; the CI image and these machines run as root.
  console.log('e2e-stress: stress-ng is missing, installing it (apt-get install -y stress-ng)');
  spawnSync('apt-get', ['install', '-y', 'stress-ng'], { stdio: 'inherit' });
  if (!haveStressNg()) {
    console.error('e2e-stress: stress-ng is not available; install it with `apt-get install -y stress-ng`');
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Its own process group, so that one signal stops the workers it forks; the timeout is a backstop
// should this script be killed without a chance to stop it.
const backstopMinutes = runs * 25; // far beyond a run's time, so it never cuts one short
const stress = spawn('stress-ng', ['--cpu', String(cpus), '--timeout', `${backstopMinutes}m`, '--quiet'], {
  detached: true,
  stdio: 'ignore',
});
let stressStopped = false;
const stopStress = () => {
  if (stressStopped) return;
  stressStopped = true;
  try {
    process.kill(-stress.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopStress);
let current;
let interrupted = false; // a signal ends the series: the loop below starts no further run
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`e2e-stress: ${signal}, stopping`);
    interrupted = true;
    current?.kill('SIGTERM'); // run.mjs stops its tests (and their Chromium) and its local-api on SIGTERM
    stopStress();
    // run.mjs needs a few seconds to stop its JVM; should it hang, leave anyway.
    setTimeout(() => process.exit(130), 25_000).unref();
  });
}

function runSuite(n) {
  const artifacts = join(out, `run-${n}`);
  mkdirSync(artifacts, { recursive: true });
  const started = Date.now();
  return new Promise((resolve) => {
    current = spawn(process.execPath, ['run.mjs', ...files], {
      cwd: here,
      stdio: 'inherit',
      env: { ...process.env, E2E_ARTIFACTS: artifacts },
    });
    current.on('exit', (status, signal) => resolve({ n, ok: status === 0 && !signal, seconds: (Date.now() - started) / 1000 }));
  });
}

console.log(`e2e-stress: stress-ng --cpu ${cpus} running (pid ${stress.pid}); ${runs} runs of the suite`);
const results = [];
try {
  for (let n = 1; n <= runs && !interrupted; n++) {
    console.log(`\ne2e-stress: run ${n} of ${runs}`);
    const result = await runSuite(n);
    if (interrupted) break; // cut short by the signal: neither a pass nor a failure of the suite
    results.push(result);
    console.log(`e2e-stress: run ${n} ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(0)} s`);
  }
} finally {
  stopStress();
}

const lines = [
  `stress-ng --cpu ${cpus}, ${runs} runs${files.length ? ` of ${files.join(' ')}` : ''}:`,
  ...results.map((r) => `  run ${r.n}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(0)} s`),
  `${results.filter((r) => r.ok).length} of ${runs} passed${interrupted ? ' (interrupted)' : ''}`,
];
writeFileSync(join(out, 'summary.txt'), `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}`);
process.exitCode = interrupted ? 130 : results.length === runs && results.every((r) => r.ok) ? 0 : 1;
