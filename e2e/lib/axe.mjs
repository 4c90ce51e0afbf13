// axe-core (the npm package) run inside the page under test: every main screen of both apps is checked
// against WCAG 2.1 A and AA, and a violation fails the step with what and where.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

// Evaluated through the DevTools protocol, which the page's CSP (script-src 'self', no inline) does not govern:
// a <script> tag with the source inline would be blocked, and rightly so.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Injects axe into `page` (once) and checks what it shows now. The report goes beside the screenshots as
 * `axe-<name>.json`.
 */
export async function expectNoAxeViolations(page, stage, name) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(async () =>
    globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
  writeFileSync(stage.artifact(`axe-${name}.json`), JSON.stringify({ url: page.url(), violations,
    passes: results.passes.length }, null, 2));
  assert.deepEqual(violations, [], `axe-core found ${violations.length} violation(s) on ${name}: ${JSON.stringify(violations, null, 1)}`);
  return results.passes.length;
}
