// After `vite build`: fails the build when the login screen's first paint (the entry script and every module
// index.html preloads, gzip) or the pass screen — what a worker opens at the gate: first paint, signed-in layout and
// pass screen together — needs more JS than its budget.
//
//   node scripts/check-first-paint.mjs [distDir]
import { fileURLToPath } from 'node:url';
import { measureFirstPaint } from '../../web-shared/build/first-paint.mjs';

// Issue 17 item 8 asks ≤ 100 KB for both; what is enforced is what the build reaches today (103.5 KB login, 132.6 KB
// pass screen, 2026-12-02), a ratchet, so that neither gets heavier while they are brought down (docs/performance.md,
// "The login screen without the query library").
const TARGET_GZIP_KB = 100;
const LOGIN_GZIP_KB = Number(process.env.LOGIN_GZIP_KB ?? 105);
const PASS_GZIP_KB = Number(process.env.PASS_GZIP_KB ?? 135);

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
const m = measureFirstPaint(dist, '/');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const login = m.firstPaint.total.gzip;
const pass = m.screens.find((s) => s.screen === 'PassRoute');
const problems = [];
if (login > LOGIN_GZIP_KB * 1024) {
  problems.push(`the login screen's first paint is ${kb(login)} gzip (${m.firstPaint.files.map((f) => f.file).join(', ')}), over ${LOGIN_GZIP_KB} KB`);
}
if (!pass) problems.push('no PassRoute chunk: the pass screen is no longer split off');
else if (pass.withFirstPaint.gzip > PASS_GZIP_KB * 1024) {
  problems.push(`the pass screen needs ${kb(pass.withFirstPaint.gzip)} gzip in all, over ${PASS_GZIP_KB} KB`);
}
if (problems.length > 0) {
  console.error(`web-worker-pwa: first-paint budget:\n - ${problems.join('\n - ')}`);
  process.exit(1);
}
const target = (n) => (n <= TARGET_GZIP_KB * 1024 ? `the ${TARGET_GZIP_KB} KB target met` : `the ${TARGET_GZIP_KB} KB target NOT met`);
console.log(`web-worker-pwa: first paint (login) ${kb(login)} gzip ≤ ${LOGIN_GZIP_KB} KB (${target(login)}); `
  + `pass screen ${kb(pass.withFirstPaint.gzip)} ≤ ${PASS_GZIP_KB} KB (${target(pass.withFirstPaint.gzip)})`);
