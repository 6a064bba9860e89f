// Mutation testing (outside CI): `npm run mutation` (= `stryker run`) mutates every module;
// `STRYKER_MODULE=metrics npx stryker run` mutates one module and runs only its tests.
// Stryker 9.x: version 10 needs Node 22. The machine is shared: keep concurrency at 2 or less.
const MODULES = ["calendar", "deadlines", "lifecycle", "metrics", "validation"];
const only = process.env.STRYKER_MODULE;
if (only !== undefined && !MODULES.includes(only)) {
  throw new Error(`STRYKER_MODULE must be one of ${MODULES.join(", ")}`);
}
const modules = only === undefined ? MODULES : [only];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: "./node_modules/@stryker-mutator/core/schema/stryker-schema.json",
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "stryker.vitest.config.ts", related: false },
  checkers: [],
  mutate: [...modules.map((name) => `src/${name}/**/*.ts`), "!src/calendar/data/**"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level tables and issue catalogues) would rerun every test per mutant;
  // they are left out and counted as ignored, so a module runs in minutes, not hours.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 5_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${only ?? "all"}.html` },
  jsonReporter: { fileName: `reports/mutation/${only ?? "all"}.json` },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["reports", "coverage", "dist", ".stryker-tmp"],
};
