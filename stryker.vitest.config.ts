import { defineConfig } from "vitest/config";

// The tests Stryker runs: with STRYKER_MODULE set, only that module's tests (and the
// cross-module suites that exercise it), so one module's run does not pay for the others.
const TESTS: Readonly<Record<string, readonly string[]>> = {
  calendar: ["tests/calendar/**/*.test.ts", "tests/properties/**/*.test.ts"],
  deadlines: ["tests/deadlines/**/*.test.ts", "tests/properties/**/*.test.ts"],
  lifecycle: ["tests/lifecycle/**/*.test.ts"],
  metrics: ["tests/metrics/**/*.test.ts", "tests/audit/**/*.test.ts"],
  validation: [
    "tests/validation/**/*.test.ts",
    "tests/ledger/**/*.test.ts",
    "tests/hostile/**/*.test.ts",
    "tests/properties/**/*.test.ts",
  ],
};
const only = process.env.STRYKER_MODULE;

export default defineConfig({
  test: {
    include: only === undefined ? ["tests/**/*.test.ts"] : [...(TESTS[only] ?? [])],
    // The 150,000-task stress test says nothing a mutant could change; it only costs time.
    exclude: ["tests/docs/**", "tests/examples/**", "**/node_modules/**"],
    setupFiles: ["tests/setup/fail-on-console.ts"],
    testTimeout: 60_000,
    // The library is pure, so test files can share one module graph: far less work per mutant.
    isolate: false,
  },
});
