import { describe, expect, it } from "vitest";
import { matchers, toBeValidLedger } from "../../src/testing/index.js";
import type { ValidateOptions } from "../../src/validation/index.js";
import { baseLedger } from "../validation/fixtures.js";

expect.extend(matchers);

interface LedgerMatchers<R = unknown> {
  toBeValidLedger(options?: ValidateOptions): R;
}

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must match vitest's own declaration
  interface Assertion<T = any> extends LedgerMatchers<T> {}
}

describe("toBeValidLedger", () => {
  it("passes a valid ledger and fails an invalid one through expect.extend", () => {
    expect(baseLedger()).toBeValidLedger();
    const broken = baseLedger();
    broken.petitionTallies[0]!.closed = 900;
    expect(broken).not.toBeValidLedger();
    expect(() => expect(broken).toBeValidLedger()).toThrow(
      /已办结900件.*\n.*closed 900 \+ staged 0 \+ handling 3 = 903/,
    );
    expect(() => expect(baseLedger()).not.toBeValidLedger()).toThrow(
      "expected the ledger not to be valid",
    );
  });

  it("follows the { pass, message } protocol on its own and takes options", () => {
    const ledger = baseLedger();
    ledger.tasks.splice(1, 1);
    ledger.tasks[0]!.leadUnits = [];
    expect(toBeValidLedger(ledger).pass).toBe(true);
    const result = toBeValidLedger(ledger, { asOf: "2018-01-01" });
    expect(result.pass).toBe(true);
    const failing = toBeValidLedger({ format: "ducha/ledger@2" });
    expect(failing.pass).toBe(false);
    expect(failing.message()).toContain("[unsupported_format]");
  });
});
