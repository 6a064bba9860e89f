import { defineConfig } from "vitest/config";

// The tests Stryker runs: with STRYKER_MODULE set, only that module's tests (and the
// cross-module suites that exercise it), so one module's run does not pay for the others.
const TESTS: Readonly<Record<string, readonly string[]>> = {
  calendar: ["tests/calendar/**/*.test.ts", "tests/properties/**/*.test.ts"],
  deadlines: ["tests/deadlines/**/*.test.ts", "tests/properties/deadlines.test.ts"],
  lifecycle: ["tests/lifecycle/**/*.test.ts"],
  metrics: [
    "tests/metrics/**/*.test.ts",
    "tests/audit/**/*.test.ts",
    "tests/properties/metrics.test.ts",
  ],
  // Only the validation properties: the other modules' properties cover validateLedger's
  // helpers too, and made every mutant here pay about 20 s for them.
  validation: [
    "tests/validation/**/*.test.ts",
    "tests/ledger/**/*.test.ts",
    "tests/hostile/**/*.test.ts",
    "tests/properties/validation.test.ts",
  ],
};
const only = process.env.STRYKER_MODULE;

// Stress tests check size and speed (10 MB strings, 20,000 broken records, 10,000 tasks), which
// no mutant's behaviour depends on, and each costs 0.3-2 s for every mutant it covers; a mutant
// that made them slow is caught by Stryker's timeout anyway. Left out of mutation runs only.
const STRESS = /^(?!.*(?:ten-mb|many-records|large number of issues|10,000 tasks|200,000))/;

export default defineConfig({
  test: {
    include: only === undefined ? ["tests/**/*.test.ts"] : [...(TESTS[only] ?? [])],
    testNamePattern: STRESS,
    // The 150,000-task stress test says nothing a mutant could change; it only costs time.
    exclude: ["tests/docs/**", "tests/examples/**", "**/node_modules/**"],
    setupFiles: ["tests/setup/fail-on-console.ts"],
    testTimeout: 60_000,
    // The library is pure, so test files can share one module graph: far less work per mutant.
    isolate: false,
  },
});
