import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/fail-on-console.ts"],
    // Property tests run thousands of cases; under coverage on a 2-core CI machine they need time.
    testTimeout: 60_000,
    typecheck: { include: ["tests/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/bin.ts", "src/**/data/**"],
      thresholds: { lines: 90, statements: 90, functions: 90, branches: 85 },
    },
  },
});
