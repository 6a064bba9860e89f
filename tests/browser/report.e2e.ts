import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildImportMap, NODE_BUILTIN_PREFIX } from "./importMap.js";
import { type BrowserContext, loadPlaywright, type Page } from "./playwright.js";
import { startPageServer } from "./server.js";

/** The repository root, which holds dist/ (built by `npx tsup`), node_modules/ and examples/. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Debian's Chromium, installed by scripts/install-browser.sh. */
export const CHROMIUM = "/usr/bin/chromium";

/** Chromium's background services call out to Google; on a closed network they only make noise. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** The runtime dependencies of the ESM build, resolved through the page's import map. */
export const PACKAGES = ["zod", "decimal.js", "date-fns"] as const;

/** The only folders the page server serves. */
const SERVED = ["dist/", "node_modules/", "examples/", "tests/browser/page/"] as const;

/** What the browser saw while loading the page. */
export interface PageRun {
  readonly status: string | null;
  readonly error: string | null;
  readonly text: Readonly<Record<string, string | null>>;
  readonly pageErrors: readonly string[];
  readonly consoleErrors: readonly string[];
  readonly requests: readonly string[];
  readonly failedRequests: readonly string[];
  readonly serverRequests: readonly string[];
  readonly screenshot: Buffer;
}

/** One named check of the page run; `problem` is undefined when it passed. */
export interface Check {
  readonly name: string;
  readonly problem: string | undefined;
}

const TEXT_IDS = [
  "ledger-ok",
  "ledger-issues",
  "ledger-task-count",
  "ledger-problem-count",
  "ledger-first-status",
  "rate-jilin",
  "rate-hainan",
  "rate-approx",
  "report-text",
  "report-chart-ok",
  "report-chart-bars",
] as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Loads the page in headless Chromium and records what happened. Needs dist/ to be built. */
export async function runPage(): Promise<PageRun> {
  if (!existsSync(join(ROOT, "dist/index.js")))
    throw new Error("dist/index.js is missing: run npx tsup");
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run scripts/install-browser.sh`);
  const { chromium } = await loadPlaywright();
  const server = await startPageServer(ROOT, SERVED, buildImportMap(ROOT, PACKAGES));
  const profile = await mkdtemp(join(tmpdir(), "ducha-chromium-"));
  const shots = await mkdtemp(join(tmpdir(), "ducha-screenshot-"));
  let context: BrowserContext | undefined;
  try {
    // A fresh profile per run (--user-data-dir, passed the way Playwright requires it).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
      viewport: { width: 1000, height: 800 },
    });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(server.url, { waitUntil: "load" });
    // A module that fails to load never sets a status: carry on and let the checks report it.
    await page
      .waitForSelector("body[data-status='done'], body[data-status='failed']", {
        timeout: 15_000,
      })
      .catch(() => undefined);
    const text: Record<string, string | null> = {};
    for (const id of TEXT_IDS) {
      const selector = `[data-testid='${id}']`;
      text[id] = await page.textContent(selector, { timeout: 1_000 }).catch(() => null);
    }
    const shot = join(shots, "report.png");
    await page.screenshot({ path: shot, fullPage: true });
    return {
      status: await page.getAttribute("body", "data-status"),
      error: await page.getAttribute("body", "data-error"),
      text,
      ...seen,
      serverRequests: [...server.requests],
      screenshot: await readFile(shot),
    };
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
    await rm(shots, { recursive: true, force: true });
  }
}

function watch(page: Page) {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const failedRequests: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error.stack ?? error)));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("request", (request) => requests.push(request.url()));
  page.on("requestfailed", (request) => failedRequests.push(request.url()));
  return { pageErrors, consoleErrors, requests, failedRequests };
}

function expectEqual(actual: unknown, expected: unknown, what: string): string | undefined {
  return Object.is(actual, expected)
    ? undefined
    : `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

function expectNone(list: readonly string[], what: string): string | undefined {
  return list.length === 0 ? undefined : `${what}:\n  ${list.join("\n  ")}`;
}

/** The checks on one page run, each independent so that a report lists every failure. */
export function checkPage(run: PageRun): Check[] {
  const origin = run.requests[0] ? new URL(run.requests[0]).origin : "";
  const builtin = (url: string) => url.startsWith("node:") || url.includes(NODE_BUILTIN_PREFIX);
  const checks: [string, () => string | undefined][] = [
    [
      "the page script finished",
      () => expectEqual(run.status, "done", `body[data-status] (${run.error ?? "no error"})`),
    ],
    [
      "completionRate(4593, 4704) shows 97.64%",
      () => expectEqual(run.text["rate-jilin"], "97.64%", "rate"),
    ],
    [
      "the sample ledger parses with 18 tasks",
      () =>
        expectEqual(run.text["ledger-ok"], "true", "parseLedger ok") ??
        expectEqual(run.text["ledger-task-count"], "18", "task count") ??
        expectEqual(run.text["ledger-problem-count"], "18", "problem count") ??
        expectEqual(run.text["ledger-first-status"], "正在推进", "first task status"),
    ],
    [
      "rate policies and wording work in the browser",
      () =>
        expectEqual(run.text["rate-hainan"], "54.9%", "Hainan rate") ??
        expectEqual(run.text["rate-approx"], "近六成", "approximate wording"),
    ],
    [
      "the sample ledger's report and chart render",
      () =>
        expectEqual(
          run.text["report-text"],
          "截至2018年7月2日，我市牵头的18项整改任务正在持续推进中，其中2项已超过整改时限。",
          "report text",
        ) ??
        expectEqual(run.text["report-chart-ok"], "true", "SVG parsed by the browser") ??
        expectEqual(run.text["report-chart-bars"], "11", "bars, one per lead unit"),
    ],
    ["no page errors", () => expectNone(run.pageErrors, "page errors")],
    ["no console errors", () => expectNone(run.consoleErrors, "console errors")],
    ["no failed requests", () => expectNone(run.failedRequests, "failed requests")],
    [
      "no Node built-in was requested",
      () =>
        expectNone(
          [...run.requests, ...run.serverRequests].filter(builtin),
          "requests for Node built-ins",
        ),
    ],
    [
      "every request stayed on the loopback page server",
      () =>
        expectEqual(origin.startsWith("http://127.0.0.1:"), true, "origin") ??
        expectNone(
          run.requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:")),
          "requests elsewhere",
        ),
    ],
    [
      "the ESM build and its dependencies were loaded",
      () =>
        expectNone(
          ["/dist/index.js", "/node_modules/zod/", "/node_modules/decimal.js/decimal.mjs"].filter(
            (path) => !run.serverRequests.some((seen) => seen.startsWith(path)),
          ),
          "never requested",
        ),
    ],
    [
      "the screenshot is a non-empty PNG",
      () =>
        expectEqual(run.screenshot.subarray(0, 8).equals(PNG_SIGNATURE), true, "PNG signature") ??
        expectEqual(run.screenshot.length > 1000, true, `PNG size ${run.screenshot.length}`),
    ],
  ];
  return checks.map(([name, check]) => ({ name, problem: check() }));
}
