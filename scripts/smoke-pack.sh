#!/usr/bin/env bash
# Packs ducha, installs the tarball into an empty project and uses it from ESM and CJS, with types.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)
cd "$work"
npm init -y >/dev/null 2>&1
npm install --silent --prefer-offline --no-audit --no-fund "./$tarball" zod@4 typescript@5.9.3 @types/node@20 >/dev/null 2>&1
cat > esm.mts <<'TS'
import { parseLedger, LEDGER_FORMAT, type Ledger } from "ducha";
import { Round } from "ducha/model";
const result = parseLedger({ format: LEDGER_FORMAT, rounds: [{ id: "r1", kind: "routine" }] });
if (!result.ok) throw new Error("ESM parse failed");
const ledger: Ledger = result.value;
if (Round.parse(ledger.rounds[0]).id !== "r1") throw new Error("ESM model failed");
console.log("esm ok");
TS
cat > cjs.cts <<'TS'
import ducha = require("ducha");
import model = require("ducha/model");
const result = ducha.parseLedger({ format: ducha.LEDGER_FORMAT, tasks: [{ id: "t1", problemIds: [], title: "x", completedDate: "2023-02-30" }] });
if (result.ok || result.issues[0]?.code !== "invalid_date") throw new Error("CJS parse failed");
if (model.TaskStatus.options.length !== 9) throw new Error("CJS model failed");
console.log("cjs ok");
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "skipLibCheck": false, "types": ["node"] }, "files": ["esm.mts", "cjs.cts"] }
JSON
npx tsc -p tsconfig.json
npx tsc --module NodeNext --moduleResolution NodeNext --outDir out esm.mts cjs.cts >/dev/null
node out/esm.mjs
node out/cjs.cjs
node -e 'const s = require("ducha/schema/ledger.json"); if (!s.properties.tasks) process.exit(1); console.log("schema ok")'
# The `ducha` command from the installed package: version, a clean ledger (0), a missing file (2).
cp "$root/examples/ulanqab-2017.json" sample.json
version=$(node -p 'require("ducha/package.json").version')
[ "$(npx --no-install ducha --version)" = "$version" ] || { echo "ducha --version is not $version" >&2; exit 1; }
npx --no-install ducha validate sample.json >/dev/null
set +e
npx --no-install ducha validate missing.json >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || { echo "ducha validate missing.json exited $code, not 2" >&2; exit 1; }
echo "cli ok"
