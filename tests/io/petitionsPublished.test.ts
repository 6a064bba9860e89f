import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePetitionsCsv, readPetitionsXlsx } from "../../src/io/index.js";
import { sumOutcomes } from "../../src/outcomes/index.js";

// examples/petitions-published.csv: 58 rows, each from a published page (examples/README.md lists
// the address of every row). The .xlsx is that CSV opened and saved by LibreOffice Calc 7, and
// libreoffice-petitions.csv is the .xlsx saved again as CSV by LibreOffice.
const CSV = readFileSync(new URL("../../examples/petitions-published.csv", import.meta.url));
const XLSX = readFileSync(new URL("../../examples/petitions-published.xlsx", import.meta.url));
const LO_CSV = readFileSync(new URL("../fixtures/io/libreoffice-petitions.csv", import.meta.url));

// The sums of the counts read by hand from each published text
// (tests/fixtures/outcomes/published-outcomes.json); fines in yuan.
const HAND_TOTALS = {
  ordersToRectify: 103837,
  casesFiled: 85737,
  finesYuan: 2992437456.51, // not the 7862万元 Guangdong gives as 拟处罚金额 (proposed)
  seizures: 139,
  closures: 9641,
  criminalCases: 3933,
  administrativeDetentions: 378,
  criminalDetentions: 337,
  detentions: 4237,
  interviews: 41579,
  accountablePeople: 44346,
};

describe("the published petition table", () => {
  it("imports with every row accounted for and the outcomes summed to the hand count", () => {
    const result = parsePetitionsCsv(CSV, { roundId: "published" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { ledger, stats } = result.value;
    expect(stats).toEqual({
      headerRow: 1,
      rowsRead: 58,
      produced: 58,
      rejected: 0,
      empty: 0,
      totals: 0,
      encoding: "utf-8",
    });
    expect(ledger.petitions).toHaveLength(58);
    expect(sumOutcomes(ledger.petitions.map((p) => p.outcomes))).toEqual(HAND_TOTALS);
    // 约110万元, 约14.3亿元, 83次, 约谈3家, 拟处罚金额7862万元… are left as text and reported,
    // never counted.
    const unread = result.issues.filter((i) => i.code === "unread_outcome");
    expect(unread).toHaveLength(10);
    const proposed = unread.find((i) => i.params?.reason === "proposed");
    expect(proposed?.message).toEqual({
      "zh-CN": "“处罚金额7862万元”未读出罚款数字（拟作出，尚未决定），原文保留，不计入合计",
      en: 'no figure of fines read from "处罚金额7862万元" (proposed, not yet decided); the text is kept and not counted',
    });
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const it214 = ledger.petitions.find((p) => p.id === "2145");
    expect(it214).toMatchObject({
      batch: 18,
      region: { name: "青岛市" },
      pollutionTypes: ["air", "noise"],
      verification: "true",
    });
    expect(it214?.status).toBeUndefined();
  });

  it("reads to the same ledger from the CSV, LibreOffice's XLSX and LibreOffice's CSV", async () => {
    const fromCsv = parsePetitionsCsv(CSV, { roundId: "published" });
    const fromXlsx = await readPetitionsXlsx(XLSX, { roundId: "published" });
    const fromLoCsv = parsePetitionsCsv(LO_CSV, { roundId: "published" });
    expect(fromCsv.ok && fromXlsx.ok && fromLoCsv.ok).toBe(true);
    if (!fromCsv.ok || !fromXlsx.ok || !fromLoCsv.ok) return;
    expect(fromXlsx.value.ledger).toEqual(fromCsv.value.ledger);
    expect(fromLoCsv.value.ledger).toEqual(fromCsv.value.ledger);
    // The same counts; only a CSV says which encoding its bytes were in.
    const { encoding, ...counts } = fromCsv.value.stats;
    expect(encoding).toBe("utf-8");
    expect(fromXlsx.value.stats).toEqual(counts);
  });
});
