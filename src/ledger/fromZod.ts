import type * as z from "zod";
import { fromDayNumber } from "../dates.js";
import type { Issue, IssuePath } from "../issue.js";
import { issueFrom } from "../issue.js";
import { MAX_TEXT_LENGTH } from "../model/common.js";
import { LEDGER_ISSUES } from "./issues.js";

/** Shows a received value briefly: long strings are cut so a 10 MB text never lands in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    return String(value);
  }
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "string",
  number: "number",
  int: "integer",
  boolean: "boolean",
  array: "array",
  object: "object",
};

const DATE_KEY = /date$|^due$|^start$|^end$|^asOf$/i;
// Excel stores dates as days since 1899-12-30; 1 to 2958465 covers 1900-01-01 to 9999-12-31.
const EXCEL_EPOCH_DAY = -25569;

function excelHint(path: IssuePath, input: unknown): { hint: string; hintEn: string } | undefined {
  const key = path[path.length - 1];
  if (typeof key !== "string" || !DATE_KEY.test(key)) return undefined;
  if (typeof input !== "number" || !Number.isInteger(input) || input < 1 || input > 2958465) {
    return undefined;
  }
  const date = fromDayNumber(EXCEL_EPOCH_DAY + input);
  return {
    hint: `疑似Excel日期序列号，对应${date}`,
    hintEn: `looks like an Excel serial date: ${date}`,
  };
}

/** Converts zod's issues into ducha's bilingual, coded issues with the same paths. */
export function issuesFromZod(
  zodIssues: readonly z.core.$ZodIssue[],
  base: IssuePath = [],
): Issue[] {
  // zod can fail one value twice the same way (`.int()` and `.max(MAX_SAFE_INTEGER)` both reject
  // 1e20): the same code, path and message is reported once.
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const raw of zodIssues) {
    const issue = fromZodIssue(raw, base);
    const key = JSON.stringify([issue.code, issue.path, issue.message.en]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function fromZodIssue(raw: z.core.$ZodIssue, base: IssuePath): Issue {
  const path = [...base, ...raw.path.map((p) => (typeof p === "number" ? p : String(p)))];
  const input = (raw as { input?: unknown }).input;
  const received = describeValue(input);
  switch (raw.code) {
    case "invalid_type": {
      if (input === undefined) {
        return issueFrom(LEDGER_ISSUES, "missing_field", path, {
          field: String(path.at(-1) ?? ""),
        });
      }
      if (raw.expected === "int")
        return issueFrom(LEDGER_ISSUES, "not_an_integer", path, { received });
      const hint = excelHint(path, input);
      return issueFrom(LEDGER_ISSUES, "invalid_type", path, {
        expected: TYPE_NAMES[raw.expected] ?? raw.expected,
        received: `${typeOf(input)} ${received}`,
        ...hint,
      });
    }
    case "invalid_value": {
      if (input === undefined) {
        return issueFrom(LEDGER_ISSUES, "missing_field", path, {
          field: String(path.at(-1) ?? ""),
        });
      }
      if (path.length === 1 && path[0] === "format") {
        return issueFrom(LEDGER_ISSUES, "unsupported_format", path, { received });
      }
      return issueFrom(LEDGER_ISSUES, "invalid_enum", path, { received, options: raw.values });
    }
    case "invalid_union": {
      const discriminator = (raw as { discriminator?: string }).discriminator;
      const options = (raw as { options?: unknown[] }).options ?? [];
      if (discriminator !== undefined) {
        const value = (input as Record<string, unknown> | undefined)?.[discriminator];
        if (value === undefined) {
          return issueFrom(LEDGER_ISSUES, "missing_field", path, { field: discriminator });
        }
        return issueFrom(LEDGER_ISSUES, "invalid_enum", path, {
          received: describeValue(value),
          options,
        });
      }
      return issueFrom(LEDGER_ISSUES, "invalid_value", path, { detail: raw.message });
    }
    case "custom": {
      const params = (raw as { params?: { ducha?: string } }).params;
      if (params?.ducha === "invalid_date")
        return issueFrom(LEDGER_ISSUES, "invalid_date", path, { received });
      return issueFrom(LEDGER_ISSUES, "invalid_value", path, { detail: raw.message });
    }
    case "too_small": {
      if (raw.origin === "string" && Number(raw.minimum) === 1) {
        return issueFrom(LEDGER_ISSUES, "empty_value", path, {});
      }
      return issueFrom(LEDGER_ISSUES, "too_small", path, {
        minimum: String(raw.minimum),
        received,
      });
    }
    case "too_big": {
      if (raw.origin === "string" && typeof input === "string") {
        return issueFrom(LEDGER_ISSUES, "string_too_long", path, {
          length: input.length,
          maximum: Number(raw.maximum ?? MAX_TEXT_LENGTH),
        });
      }
      return issueFrom(LEDGER_ISSUES, "too_big", path, { maximum: String(raw.maximum), received });
    }
    case "invalid_format":
      if (raw.format === "date")
        return issueFrom(LEDGER_ISSUES, "invalid_date", path, { received });
      return issueFrom(LEDGER_ISSUES, "invalid_format", path, {
        received,
        format: raw.format === "regex" ? String((raw as { pattern?: string }).pattern) : raw.format,
      });
    default:
      return issueFrom(LEDGER_ISSUES, "invalid_value", path, { detail: raw.message });
  }
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
