#!/usr/bin/env node
// `npm test`: lint, type check, build, then every test project in one Vitest run, closing with one
// line that totals them all: `N passed, N failed`. A failed build ends the run before any test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
};

// Lint and type errors are reported and counted, and the tests still run.
const checks = [
  ['node_modules/.bin/biome', ['check', '.']],
  ['node_modules/.bin/tsc', ['-p', 'tsconfig.json']],
  ['node_modules/.bin/tsc', ['-p', 'tsconfig.runtime.json']],
  ['node_modules/.bin/tsc', ['-p', 'tsconfig.server.json']],
  ['node_modules/.bin/tsc', ['-p', 'tsconfig.test.json']],
];
let failedSteps = 0;
for (const [cmd, args] of checks) if (run(cmd, args) !== 0) failedSteps++;

// A failed build stops here: the browser tests would otherwise run against a stale dist/.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.scripts?.build && run('npm', ['run', 'build']) !== 0) {
  console.log('\nnpm run build failed: no tests were run, since dist/ may be stale.');
  console.log(`\n0 passed, ${failedSteps + 1} failed`);
  process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/vitest.json', { force: true });
const status = run('node_modules/.bin/vitest', [
  'run',
  ...process.argv.slice(2),
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  // Passed, but only on a retry: the first attempt's errors stay in the report.
  const flaky = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => t.status === 'passed' && t.failureMessages.length > 0)
      .map(
        (t) =>
          `  ${file.name.replace(`${process.cwd()}/`, '')} > ${t.fullName}\n    ${t.failureMessages[0].split('\n')[0]}`,
      ),
  );
  if (flaky.length > 0) console.log(`\nPassed only on a retry (look into these):\n${flaky.join('\n')}`);
} catch {
  failed += 1;
}
// A failed lint, type check or build counts as a failed test, so the closing line never hides it.
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
