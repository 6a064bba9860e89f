import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { LEDGER_FORMAT, ledgerJsonSchema } from "../../src/index.js";

const shipped = JSON.parse(
  readFileSync(new URL("../../schema/ledger.json", import.meta.url), "utf8"),
);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(shipped);
}

describe("ledgerJsonSchema", () => {
  it("is the schema shipped as ducha/schema/ledger.json (run `npm run schema` after a model change)", () => {
    expect(shipped).toEqual(ledgerJsonSchema());
  });

  it("lets a system in another language validate ledgers the same way", () => {
    const validate = validator();
    const good = {
      format: LEDGER_FORMAT,
      rounds: [{ id: "r2-jl", kind: "routine", feedbackDate: "2021-12-12", regime: "2019-rules" }],
      petitionTallies: [{ id: "jl", roundId: "r2-jl", transferred: 4704, closed: 4593 }],
      accountability: [
        {
          id: "a",
          kind: "aggregate",
          people: 118,
          byRank: { bureau: 8, division: 51, section_or_below: 59 },
        },
      ],
    };
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...good, rounds: [{ id: "r", feedbackDate: "2023-02-30" }] })).toBe(false);
    expect(validate({ ...good, format: "ducha/ledger@2" })).toBe(false);
    expect(
      validate({ ...good, accountability: [{ id: "a", kind: "aggregate", people: -1 }] }),
    ).toBe(false);
  });
});
