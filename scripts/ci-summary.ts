/**
 * Reads the runners' own JSON reports (Vitest, Playwright) and prints one line
 * `N passed, N failed` for CI. A missing report counts as a failure: it means a runner did not finish.
 */
import { readFileSync, existsSync } from 'node:fs';

interface Count {
	passed: number;
	failed: number;
	skipped: number;
}

function vitest(path: string): Count {
	const r = JSON.parse(readFileSync(path, 'utf8'));
	return {
		passed: r.numPassedTests ?? 0,
		failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0),
		skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
	};
}

function playwright(path: string): Count {
	const s = JSON.parse(readFileSync(path, 'utf8')).stats ?? {};
	return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

const reports: [string, (p: string) => Count][] = [
	['test-results/unit.json', vitest],
	['test-results/e2e.json', playwright]
];
const total: Count = { passed: 0, failed: 0, skipped: 0 };
for (const [path, read] of reports) {
	if (!existsSync(path)) {
		console.error(`missing report ${path}: that runner did not finish`);
		total.failed += 1;
		continue;
	}
	const c = read(path);
	console.error(`${path}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
	total.passed += c.passed;
	total.failed += c.failed;
	total.skipped += c.skipped;
}
const extra = Number(process.env.CI_EXTRA_FAILED ?? 0);
if (extra > 0) console.error(`${extra} check(s) outside the test runners failed (type check, lint)`);
total.failed += extra;
console.log(
	`${total.passed} passed, ${total.failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : '')
);
process.exit(total.failed > 0 ? 1 : 0);
