// What validateLedger promises at its edges: the shape of its result, the ledger's own asOf when
// records are broken, and the wording of its misuse errors.
import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { VALIDATION_RULES, validateLedger } from "../../src/validation/index.js";
import { baseLedger, located } from "./fixtures.js";

describe("validateLedger edges", () => {
  it("reads meta.asOf even when a record is broken, so later dates are still reported", () => {
    const ledger = baseLedger(); // meta.asOf 2024-06-30
    ledger.tasks[0]!.status = "done"; // a schema error: the typed ledger cannot be built
    ledger.tasks[1]!.completedDate = "2024-08-01";
    const result = validateLedger(ledger);
    expect(located(result.issues)).toContainEqual(["date_after_as_of", "tasks.1.completedDate"]);
    expect(result.issues.find((i) => i.code === "date_after_as_of")?.params).toEqual({
      field: "completedDate",
      date: "2024-08-01",
      asOf: "2024-06-30",
    });
  });

  it("has a value exactly when every record parsed, and ok exactly when there is no error", () => {
    const broken = baseLedger();
    broken.tasks[0]!.status = "done";
    const refused = validateLedger(broken);
    expect([refused.ok, "value" in refused]).toEqual([false, false]);

    const crossRecord = baseLedger();
    crossRecord.tasks[1]!.problemIds = ["p404"];
    const typed = validateLedger(crossRecord);
    expect([typed.ok, "value" in typed]).toEqual([false, true]);

    const clean = validateLedger(baseLedger());
    expect([clean.ok, "value" in clean]).toEqual([true, true]);
  });

  it("names the unknown rule and every known one when rules.skip is wrong", () => {
    const known = VALIDATION_RULES.map((rule) => rule.name).join(", ");
    try {
      validateLedger(baseLedger(), { rules: { skip: ["unique_id"] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DuchaError);
      const e = error as DuchaError;
      expect([e.code, e.details, e.messages]).toEqual([
        "invalid_argument",
        { name: "unique_id" },
        {
          "zh-CN": `未知的校验规则"unique_id"，可选：${known}`,
          en: `unknown validation rule "unique_id"; known rules: ${known}`,
        },
      ]);
    }
  });

  it("calls a bad asOf option asOf in its error", () => {
    expect(() => validateLedger(baseLedger(), { asOf: "2024-06-31" })).toThrow(
      'asOf must be a real date written YYYY-MM-DD, got "2024-06-31"',
    );
  });
});
