// The --max-* flags of the commands that read ledgers, and tables streamed from real files
// through nodeIo().openFile.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nodeIo } from "../../src/cli/nodeIo.js";
import { run } from "../../src/cli/run.js";
import { csvOf, KEEP, tempDir, ULANQAB_HEADER, ULANQAB_ROWS } from "../io/helpers.js";
import { cli, repoFile } from "./helpers.js";

const XLSX = { "tasks.xlsx": repoFile("tests/fixtures/io/libreoffice-tasks.xlsx") };
const keep = KEEP.flatMap((name) => ["--keep-together", name]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("--max-* flags", () => {
  it("lower a limit: the table is refused with the limit's own code (exit 1)", async () => {
    const rows = await cli(["validate", "tasks.xlsx", "--json", "--max-rows", "3"], {
      files: XLSX,
    });
    expect(rows.code).toBe(1);
    const issues = JSON.parse(rows.stdout).issues;
    expect(issues.map((issue: { code: string }) => issue.code)).toEqual(["too_many_rows"]);
    const size = await cli(["report", "tasks.xlsx", "--max-uncompressed-bytes", "1K"], {
      files: XLSX,
    });
    expect(size.code).toBe(1);
    expect(size.stderr).toContain("[archive_too_large]");
    expect(size.stderr).toContain("over the limit of 1024");
    const entries = await cli(["warnings", "tasks.xlsx", "--max-entries", "2"], { files: XLSX });
    expect(entries.stderr).toContain("[archive_too_many_entries]");
    const csv = { "tasks.csv": csvOf([ULANQAB_HEADER, ...ULANQAB_ROWS]) };
    const cell = await cli(["validate", "tasks.csv", "--max-cell-length", "5", ...keep], {
      files: csv,
    });
    expect(cell.stdout).toContain("[cell_too_long]");
  });

  it("take K, M and G for sizes, and whole numbers only for counts (exit 2 otherwise)", async () => {
    // The LibreOffice sample has one error of its own (a signed-off task with no acceptance).
    const plain = await cli(["validate", "tasks.xlsx", "--json", ...keep], { files: XLSX });
    const raised = await cli(
      [
        "validate",
        "tasks.xlsx",
        "--json",
        "--max-uncompressed-bytes",
        "2G",
        "--max-rows",
        "5",
        ...keep,
      ],
      { files: XLSX },
    );
    expect(raised.code).toBe(plain.code);
    expect(JSON.parse(raised.stdout).counts).toEqual(JSON.parse(plain.stdout).counts);
    expect(JSON.parse(raised.stdout).records.tasks.total).toBe(4);
    for (const [flag, value] of [
      ["--max-rows", "2K"],
      ["--max-rows", "0"],
      ["--max-cell-length", "-1"],
      ["--max-entries", "ten"],
      ["--max-uncompressed-bytes", "1.5G"],
    ] as const) {
      const bad = await cli(["validate", "tasks.xlsx", "--json", flag, value], { files: XLSX });
      expect(bad.code).toBe(2);
      expect(JSON.parse(bad.stdout).error.code).toBe("invalid_limit");
      expect(bad.stderr).toContain(`${flag} must be a positive whole number`);
    }
    const audit = await cli(["audit", "tasks.xlsx", "--max-rows", "9"], { files: XLSX });
    expect(audit.code).toBe(2);
  });
});

describe("tables streamed from files (nodeIo)", () => {
  it("validates an .xlsx and a .csv read by position, with the limits applied", async () => {
    const { dir, cleanup } = tempDir();
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const xlsx = join(dir, "tasks.xlsx");
      copyFileSync(join(import.meta.dirname, "../fixtures/io/libreoffice-tasks.xlsx"), xlsx);
      const csv = join(dir, "tasks.csv");
      writeFileSync(csv, `\uFEFF${csvOf([ULANQAB_HEADER, ...ULANQAB_ROWS])}`);
      const written = () => out.mock.calls.map((call) => String(call[0])).join("");
      // The LibreOffice sample has one error of its own (a signed-off task with no acceptance).
      expect(await run(["validate", xlsx, "--json", ...keep], nodeIo())).toBe(1);
      expect(JSON.parse(written()).records.tasks).toEqual({ total: 4, valid: 3, withErrors: 1 });
      out.mockClear();
      // Streamed from the file, the CSV reads as its bytes read in memory.
      const inMemory = await cli(["validate", "tasks.csv", "--json", ...keep], {
        files: { "tasks.csv": readFileSync(csv) },
      });
      expect(await run(["validate", csv, "--json", ...keep], nodeIo())).toBe(inMemory.code);
      expect({ ...JSON.parse(written()), file: "tasks.csv" }).toEqual(JSON.parse(inMemory.stdout));
      out.mockClear();
      expect(await run(["validate", xlsx, "--json", "--max-entries", "4"], nodeIo())).toBe(1);
      expect(JSON.parse(written()).issues[0].code).toBe("archive_too_many_entries");
      out.mockClear();
      expect(await run(["validate", join(dir, "none.xlsx"), "--json"], nodeIo())).toBe(2);
      expect(JSON.parse(written()).error.code).toBe("file_unreadable");
    } finally {
      cleanup();
    }
  });
});
