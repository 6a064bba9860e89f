import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { cli, ROOT } from "./helpers.js";

describe("ducha schema", () => {
  it("prints the ledger JSON Schema that ships as schema/ledger.json", async () => {
    const { code, stdout, stderr } = await cli(["schema"]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    const committed = JSON.parse(readFileSync(join(ROOT, "schema/ledger.json"), "utf8"));
    expect(JSON.parse(stdout)).toEqual(committed);
    expect(JSON.parse((await cli(["schema", "--json"])).stdout)).toEqual(committed);
  });
});
