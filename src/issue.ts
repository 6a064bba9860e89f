import type { Bilingual, Lang } from "./lang.js";

/**
 * How serious an {@link Issue} is: `error` makes a result not ok, `warning` and `info` do not.
 *
 * @example
 * ```ts
 * import type { Severity } from "ducha";
 * const severity: Severity = "warning";
 * ```
 * @category Core
 */
export type Severity = "error" | "warning" | "info";

/**
 * A location inside the input: object keys and array indexes, outermost first, e.g.
 * `["tasks", 12, "deadline", "due"]`.
 *
 * @example
 * ```ts
 * import type { IssuePath } from "ducha";
 * const path: IssuePath = ["tasks", 12, "deadline", "due"];
 * ```
 * @category Core
 */
export type IssuePath = readonly (string | number)[];

/**
 * A problem found in data: a stable snake_case `code`, a `severity`, the `path` to the value and a
 * message in zh-CN and en. `params` carries the facts the message was built from.
 *
 * @example
 * ```ts
 * import { parseLedger } from "ducha";
 * const result = parseLedger({ format: "ducha/ledger@1", tasks: [{ id: 1 }] });
 * if (!result.ok) result.issues[0]?.path; //=> ["tasks", 0, "id"]
 * ```
 * @category Core
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly message: Bilingual;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * The outcome of an operation on data: `ok: true` with a value (and possibly warnings), or
 * `ok: false` with the issues that stopped it. Never thrown.
 *
 * @example
 * ```ts
 * import { parseDeadline } from "ducha";
 * const result = parseDeadline("2018年6月底前");
 * if (result.ok) result.value.due; //=> "2018-06-30"
 * ```
 * @category Core
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A message template: a severity and a function per language from the issue's params to text.
 *
 * @example
 * ```ts
 * import { defineIssues } from "ducha";
 * const issues = defineIssues({
 *   too_late: {
 *     severity: "error",
 *     "zh-CN": (p: { date: string }) => `日期${p.date}晚于截止日期`,
 *     en: (p: { date: string }) => `${p.date} is after the deadline`,
 *   },
 * });
 * ```
 * @category Core
 */
export interface IssueTemplate<P> {
  readonly severity: Severity;
  readonly "zh-CN": (params: P) => string;
  readonly en: (params: P) => string;
}

/**
 * An issue template of any params shape, as catalogues hold them.
 *
 * @example
 * ```ts
 * import type { AnyIssueTemplate } from "ducha";
 * const templates: Record<string, AnyIssueTemplate> = {};
 * ```
 * @category Core
 */
// biome-ignore lint/suspicious/noExplicitAny: a catalogue holds templates of many param shapes
export type AnyIssueTemplate = IssueTemplate<any>;

/**
 * Declares a catalogue of issue templates keyed by code; the identity function, there for the
 * types.
 *
 * @example
 * ```ts
 * import { defineIssues, issueFrom } from "ducha";
 * const catalogue = defineIssues({
 *   empty_text: { severity: "error", "zh-CN": () => "文本为空", en: () => "the text is empty" },
 * });
 * issueFrom(catalogue, "empty_text", ["title"], {}).message.en; //=> "the text is empty"
 * ```
 * @category Core
 */
export function defineIssues<const T extends Record<string, AnyIssueTemplate>>(catalogue: T): T {
  return catalogue;
}

/**
 * The params an issue template's messages are built from.
 *
 * @example
 * ```ts
 * import type { IssueParams, IssueTemplate } from "ducha";
 * type P = IssueParams<IssueTemplate<{ date: string }>>; // { date: string }
 * ```
 * @category Core
 */
export type IssueParams<T> = T extends IssueTemplate<infer P> ? P : never;

/**
 * Builds an {@link Issue} from a catalogue entry, its path and params.
 *
 * @example
 * ```ts
 * import { defineIssues, issueFrom } from "ducha";
 * const catalogue = defineIssues({
 *   empty_text: { severity: "error", "zh-CN": () => "文本为空", en: () => "the text is empty" },
 * });
 * issueFrom(catalogue, "empty_text", ["title"], {}).code; //=> "empty_text"
 * ```
 * @category Core
 */
export function issueFrom<T extends Record<string, AnyIssueTemplate>, C extends keyof T & string>(
  catalogue: T,
  code: C,
  path: IssuePath,
  params: IssueParams<T[C]>,
  severity?: Severity,
): Issue {
  const template = catalogue[code] as T[C];
  const hasParams = params !== null && typeof params === "object" && Object.keys(params).length > 0;
  return {
    code,
    severity: severity ?? template.severity,
    path: [...path],
    message: { "zh-CN": template["zh-CN"](params), en: template.en(params) },
    ...(hasParams ? { params: params as Readonly<Record<string, unknown>> } : {}),
  };
}

/**
 * True when no issue in the list is an error.
 *
 * @example
 * ```ts
 * import { hasNoErrors } from "ducha";
 * hasNoErrors([]); //=> true
 * ```
 * @category Core
 */
export function hasNoErrors(issues: readonly Issue[]): boolean {
  return issues.every((issue) => issue.severity !== "error");
}

/**
 * Writes an issue as one line: `path: message [code]`, in the language asked for.
 *
 * @example
 * ```ts
 * import { formatIssue, type Issue } from "ducha";
 * const issue: Issue = {
 *   code: "invalid_date", severity: "error", path: ["tasks", 0, "completedDate"],
 *   message: { "zh-CN": "日期无效", en: "invalid date" },
 * };
 * formatIssue(issue, "en"); //=> "error tasks[0].completedDate: invalid date [invalid_date]"
 * ```
 * @category Core
 */
export function formatIssue(issue: Issue, lang: Lang = "zh-CN"): string {
  return `${issue.severity} ${formatPath(issue.path)}: ${issue.message[lang]} [${issue.code}]`;
}

/**
 * Writes a path the way JavaScript would address it: `tasks[12].deadline.due`; `(root)` when
 * empty.
 *
 * @example
 * ```ts
 * import { formatPath } from "ducha";
 * formatPath(["tasks", 12, "deadline", "due"]); //=> "tasks[12].deadline.due"
 * ```
 * @category Core
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
