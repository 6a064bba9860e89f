/**
 * Browser end-to-end test: builds the package (unless --no-build), serves a page that loads the ESM
 * build in headless Chromium and checks what it renders. Exit code 0 when every check passes.
 *
 *   bash scripts/install-browser.sh   # once: Debian's Chromium at /usr/bin/chromium
 *   npx tsx scripts/browser-test.ts [--no-build]
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM, checkPage, ROOT, runPage } from "../tests/browser/report.e2e.js";

async function main(): Promise<number> {
  // CI installs Chromium (.ci/run) and requires the test; elsewhere a missing browser is said
  // plainly and skipped, so `npm test` still works on a laptop without Debian's Chromium.
  if (!existsSync(CHROMIUM)) {
    const required = process.env.DUCHA_REQUIRE_BROWSER === "1";
    process.stdout.write(
      `browser: ${required ? "0 passed, 1 failed" : "skipped"}: ${CHROMIUM} is missing (bash scripts/install-browser.sh)\n`,
    );
    return required ? 1 : 0;
  }
  if (!process.argv.includes("--no-build")) {
    execFileSync("npx", ["tsup", "--silent"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const started = Date.now();
  const checks = checkPage(await runPage());
  let failed = 0;
  for (const check of checks) {
    if (check.problem === undefined) {
      process.stdout.write(`  ok    ${check.name}\n`);
    } else {
      failed++;
      process.stdout.write(
        `  FAIL  ${check.name}\n        ${check.problem.replace(/\n/g, "\n        ")}\n`,
      );
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `browser: ${checks.length - failed} passed, ${failed} failed (${seconds} s)\n`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `browser: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.stdout.write("browser: 0 passed, 1 failed\n");
    process.exitCode = 1;
  },
);
