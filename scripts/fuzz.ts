// Throws fast-check generated inputs at the parsers that read untrusted data: parseLedger,
// parseDeadline and extractFigures. Fails on any thrown exception, any change to the input, any
// result that breaks the Result contract (ok ⇔ a value and no error issue; issues whole and
// bilingual), any polluted prototype, and any input slower than --slow-ms (quadratic regexes).
// Outside CI:  npx tsx scripts/fuzz.ts [--runs N] [--seed S] [--slow-ms MS]
import fc from "fast-check";
import { extractFigures } from "../src/audit/extractFigures.js";
import { parseDeadline } from "../src/deadlines/parseDeadline.js";
import type { Issue } from "../src/issue.js";
import { parseLedger } from "../src/ledger/parseLedger.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value === undefined || !Number.isFinite(value) ? fallback : value;
}
const RUNS = option("runs", 100_000);
const SEED = option("seed", Date.now() % 2 ** 31);
const SLOW_MS = option("slow-ms", 1_000);

// ---- what every result must satisfy -------------------------------------------------------

function checkIssues(issues: unknown): void {
  if (!Array.isArray(issues)) throw new Error("issues is not an array");
  for (const issue of issues as Issue[]) {
    if (typeof issue.code !== "string" || !/^[a-z][a-z0-9_]*$/.test(issue.code)) {
      throw new Error(`bad issue code ${String(issue.code)}`);
    }
    if (!["error", "warning", "info"].includes(issue.severity)) throw new Error("bad severity");
    if (!Array.isArray(issue.path)) throw new Error(`${issue.code}: path is not an array`);
    for (const key of issue.path) {
      if (typeof key !== "string" && typeof key !== "number") throw new Error("bad path key");
    }
    const { "zh-CN": zh, en } = issue.message ?? {};
    if (typeof zh !== "string" || zh === "" || typeof en !== "string" || en === "") {
      throw new Error(`${issue.code}: message not bilingual`);
    }
  }
}

function checkResult(result: { ok: unknown; value?: unknown; issues: unknown }): void {
  checkIssues(result.issues);
  const errors = (result.issues as Issue[]).filter((issue) => issue.severity === "error");
  if (result.ok === true) {
    if (result.value === undefined) throw new Error("ok without a value");
    if (errors.length > 0) throw new Error(`ok with error ${errors[0]?.code}`);
  } else if (result.ok === false) {
    if (errors.length === 0) throw new Error("not ok without an error issue");
  } else {
    throw new Error("ok is not a boolean");
  }
}

function checkFigures(text: string, result: ReturnType<typeof extractFigures>): void {
  checkIssues(result.issues);
  if (!Array.isArray(result.figures) || !Array.isArray(result.findings)) {
    throw new Error("figures or findings is not an array");
  }
  const spans = [
    ...result.figures.map((figure) => figure.span),
    ...result.findings.flatMap((finding) => finding.spans),
  ];
  for (const span of spans) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      throw new Error(`span ${span.start}-${span.end} outside a text of ${text.length}`);
    }
  }
  for (const finding of result.findings) {
    if (typeof finding.message?.["zh-CN"] !== "string" || typeof finding.message.en !== "string") {
      throw new Error(`finding ${finding.code}: message not bilingual`);
    }
  }
}

// ---- input snapshots: frozen, and serialised before and after ------------------------------

function deepFreeze(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) deepFreeze(descriptor.value, seen);
  }
  Object.freeze(value);
}

function snapshot(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const proto = Object.getPrototypeOf(value);
  const tag =
    proto === null ? "null:" : Array.isArray(value) ? "[]:" : `${proto.constructor?.name}:`;
  const keys = Reflect.ownKeys(value).map(String);
  return `${tag}{${keys.map((k) => `${JSON.stringify(k)}=${snapshot((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

function prototypeState(): string {
  return [Object.prototype, Array.prototype, String.prototype, Function.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(","))
    .join("|");
}
const PROTOTYPES = prototypeState();

// ---- generators ---------------------------------------------------------------------------

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const fromTokens = (tokens: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(tokens, { maxLength }).map((parts) => parts.join(""));

const noise = pick(
  "\uFEFF",
  "\u3000",
  " ",
  "\r\n",
  "\u200B",
  "𠀀",
  "\ud800",
  "０",
  "９",
  "％",
  "．",
);
const digits = fc.oneof(
  fc.nat({ max: 3000 }).map(String),
  fc.nat({ max: 99 }).map((n) => String(n).padStart(2, "0")),
  fc.stringMatching(/^\d{1,12}$/),
);
const numerals = fc.stringMatching(/^[〇○零一二两三四五六七八九十百千万亿]{1,6}$/);

const deadlineText = fromTokens(
  fc.oneof(
    { weight: 3, arbitrary: digits },
    { weight: 1, arbitrary: numerals },
    {
      weight: 4,
      arbitrary: pick(
        "年",
        "月",
        "日",
        "号",
        "底",
        "末",
        "前",
        "之前",
        "以前",
        "内",
        "年底",
        "年内",
        "月底",
        "上旬",
        "中旬",
        "下旬",
        "初",
        "中",
        "季度",
        "第",
        "上半年",
        "下半年",
        "今年",
        "明年",
        "本年",
        "-",
        ".",
        "/",
        "至",
        "到",
        "—",
        "~",
        "、",
        "，",
        "；",
        "（",
        "）",
        "自",
        "起",
        "以后",
      ),
    },
    {
      weight: 1,
      arbitrary: pick(
        "立行立改",
        "长期坚持",
        "長期堅持",
        "並",
        "常态化",
        "持续推进",
        "每年",
        "每季度",
        "每月",
        "已完成",
        "整改完成率达到",
        "%",
        "以上",
        "共10个工作日",
        "2023-02-30",
        "2023年13月底前",
        "43281",
      ),
    },
    { weight: 1, arbitrary: noise },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
  ),
  14,
);

const reportText = fromTokens(
  fc.oneof(
    { weight: 3, arbitrary: digits },
    { weight: 1, arbitrary: fc.nat({ max: 999_999 }).map((n) => n.toLocaleString("en-US")) },
    { weight: 1, arbitrary: numerals },
    {
      weight: 4,
      arbitrary: pick(
        "共",
        "个",
        "项",
        "件",
        "批",
        "起",
        "人",
        "名",
        "问题",
        "任务",
        "整改任务",
        "信访",
        "举报",
        "案件",
        "已完成",
        "已办结",
        "办结",
        "结案销号",
        "其余",
        "正在推进",
        "全部",
        "均已",
        "完成或基本完成",
        "基本完成",
        "阶段性办结",
        "其中",
        "问责",
        "厅局级",
        "县处级",
        "乡科级及以下",
        "干部",
        "被问责",
        "责任追究",
        "率",
        "结案销号率",
        "办结率",
        "完成率",
        "达",
        "为",
        "约",
        "近",
        "超过",
        "%",
        "％",
        "成",
        "个百分点",
        "上升",
        "下降",
        "增长",
        "同比",
        "较去年同期",
        "截至",
        "截止",
        "年",
        "月",
        "日",
        "底",
        "中旬",
        "于",
        "至",
        "反馈",
        "督察组",
        "进驻",
        "第",
        "万",
        ".",
        ",",
      ),
    },
    { weight: 2, arbitrary: pick("。", "；", "，", "、", "（", "）", "：", "\n") },
    { weight: 1, arbitrary: noise },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
  ),
  30,
);

const FIELDS = [
  "id",
  "problemIds",
  "title",
  "status",
  "deadline",
  "due",
  "text",
  "completedDate",
  "acceptedDate",
  "signedOffDate",
  "percentComplete",
  "leadUnits",
  "events",
  "type",
  "date",
  "roundId",
  "kind",
  "ordinal",
  "transferred",
  "closed",
  "meta",
  "asOf",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
];
const leaf = fc.oneof(
  fc.string({ maxLength: 12 }),
  pick(
    "t1",
    "p1",
    "r1",
    "2023-02-30",
    "2024-06-30",
    "in_progress",
    "completed",
    "routine",
    "2018年6月底",
    "４３２８１",
    "",
    " ",
  ),
  fc.integer(),
  fc.double(),
  pick(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e20, 2 ** 53 + 2, 43281),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const { value: loose } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.record({ id: tie("value"), text: tie("value"), due: tie("value") }, { requiredKeys: [] }),
  ),
}));
// Records as ledgers hold them (every field optional, any value), sometimes with a key that
// could pollute a prototype, set as an own property the way JSON.parse would.
const DANGEROUS = ["__proto__", "constructor", "prototype", "toString", "valueOf"] as const;
const record = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        FIELDS.filter((f) => !DANGEROUS.includes(f as never)).map((f) => [f, loose]),
      ),
      { requiredKeys: [] },
    ),
    fc.option(fc.tuple(pick(...DANGEROUS), loose), { freq: 8 }),
  )
  .map(([fields, extra]) => {
    if (extra !== null) {
      Object.defineProperty(fields, extra[0], {
        value: extra[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return fields as Record<string, unknown>;
  });
const collection = fc.array(record, { maxLength: 3 });
const ledgerObject = fc.record(
  {
    format: pick<unknown>("ducha/ledger@1", "ducha/ledger@2", 1),
    meta: loose,
    rounds: collection,
    problems: collection,
    tasks: collection,
    petitions: collection,
    petitionTallies: collection,
    accountability: collection,
  },
  { requiredKeys: ["format"] },
);
const ledgerText = fc
  .tuple(ledgerObject, fc.nat(), fc.nat({ max: 3 }), pick("", "\uFEFF"))
  .map(([ledger, at, cut, bom]) => {
    const text = JSON.stringify(ledger) ?? "";
    // Now and then damage the text: cut it short or splice a character in.
    const where = text.length === 0 ? 0 : at % text.length;
    const damaged =
      cut === 0
        ? text.slice(0, where)
        : cut === 1
          ? `${text.slice(0, where)},${text.slice(where)}`
          : text;
    return `${bom}${damaged}`;
  });
const ledgerInput = fc.oneof(
  { weight: 5, arbitrary: ledgerObject },
  { weight: 2, arbitrary: ledgerText },
  { weight: 1, arbitrary: loose },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 3,
      withNullPrototype: true,
      withSparseArray: true,
    }),
  },
);

// ---- the run ------------------------------------------------------------------------------

interface Target<T> {
  readonly name: string;
  readonly input: fc.Arbitrary<T>;
  readonly run: (input: T) => void;
}

const TARGETS: readonly Target<unknown>[] = [
  { name: "parseLedger", input: ledgerInput, run: (input) => checkResult(parseLedger(input)) },
  {
    name: "parseDeadline",
    input: deadlineText,
    run: (input) => {
      const result = parseDeadline(input as string);
      checkResult(result);
      if (result.ok && result.value.text !== input) throw new Error("text not kept as written");
    },
  },
  {
    name: "extractFigures",
    input: reportText,
    run: (input) => checkFigures(input as string, extractFigures(input as string)),
  },
] as Target<unknown>[];

function property(target: Target<unknown>) {
  return fc.property(target.input, (input) => {
    deepFreeze(input);
    const before = snapshot(input);
    const start = performance.now();
    target.run(input);
    const elapsed = performance.now() - start;
    if (snapshot(input) !== before) throw new Error("the input was changed");
    if (prototypeState() !== PROTOTYPES || ({} as Record<string, unknown>).polluted !== undefined) {
      throw new Error("a built-in prototype was changed");
    }
    if (elapsed > SLOW_MS) throw new Error(`took ${Math.round(elapsed)} ms (limit ${SLOW_MS})`);
  });
}

let findings = 0;
const started = performance.now();
process.stdout.write(`fuzz: ${RUNS} inputs per target, seed ${SEED}\n`);
for (const target of TARGETS) {
  const start = performance.now();
  const details = fc.check(property(target), { numRuns: RUNS, seed: SEED });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    findings++;
    const error =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    process.stdout.write(
      `${target.name}: FAILED after ${details.numRuns} inputs (${seconds} s): ${error}\n` +
        `  counterexample: ${fc.stringify(details.counterexample)}\n` +
        `  replay: --seed ${details.seed} (path ${details.counterexamplePath})\n`,
    );
  } else {
    process.stdout.write(`${target.name}: ${details.numRuns} inputs, no finding (${seconds} s)\n`);
  }
}
const total = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`fuzz: ${findings} finding(s) in ${total} s\n`);
process.exitCode = findings === 0 ? 0 : 1;
