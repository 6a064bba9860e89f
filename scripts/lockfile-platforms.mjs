#!/usr/bin/env node
/**
 * Restores the package-lock.json entries of platform binaries (biome's @biomejs/cli-*, rollup's
 * @rollup/rollup-*) that `npm install` leaves out when the registry it reaches does not serve them
 * for other platforms. Without them `npm ci` refuses the lockfile ("Missing: … from lock file").
 * Each entry gets the version its parent pins and the os/cpu/libc read from its name, as a lockfile
 * made against the full registry has them; npm skips them on platforms they are not for.
 *
 *   node scripts/lockfile-platforms.mjs   # after any npm install that rewrote the lockfile
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const file = "package-lock.json";
let report = "";
try {
  execFileSync("npm", ["ci", "--dry-run", "--ignore-scripts"], { encoding: "utf8", stdio: "pipe" });
} catch (error) {
  report = `${error.stdout ?? ""}${error.stderr ?? ""}`;
}
const missing = [...report.matchAll(/Missing: (\S+?)@ from lock file/g)].map((m) => m[1]);
if (missing.length === 0) {
  console.log("package-lock.json: npm ci accepts it, nothing to restore");
  process.exit(0);
}

const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
for (const name of missing) {
  const parent = Object.values(packages).find((p) => p.optionalDependencies?.[name]);
  if (!parent) throw new Error(`no package in the lockfile depends on ${name}`);
  const [scope, base] = name.split("/");
  const sibling = Object.entries(packages).find(
    ([key, value]) => key.startsWith(`node_modules/${scope}/`) && value.optional && value.os,
  )?.[1];
  const [os, cpu, abi] = base.replace(/^(cli|rollup)-/, "").split("-");
  const entry = { version: parent.optionalDependencies[name], cpu: [cpu], dev: true };
  if (os === "linux") entry.libc = [abi?.startsWith("musl") ? "musl" : "glibc"];
  if (sibling?.license) entry.license = sibling.license;
  entry.optional = true;
  entry.os = [os];
  if (sibling?.engines) entry.engines = sibling.engines;
  packages[`node_modules/${name}`] = entry;
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: restored ${missing.length} entries: ${missing.join(", ")}`);
