import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nodeIo } from "../../src/cli/nodeIo.js";
import { run } from "../../src/cli/run.js";
import { tempDir } from "../io/helpers.js";
import { ROOT } from "./helpers.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("nodeIo", () => {
  it("reads a whole file, reporting progress in bytes up to its size", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "big.txt");
      const content = "督".repeat(100_000); // 300,000 bytes: several stream chunks
      writeFileSync(path, content);
      const seen: [number, number][] = [];
      const bytes = await nodeIo().readFile(path, (done, total) => seen.push([done, total]));
      expect(new TextDecoder().decode(bytes)).toBe(content);
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)).toEqual([300_000, 300_000]);
      expect(
        seen.every(([done, total], i) => total === 300_000 && done > (seen[i - 1]?.[0] ?? 0)),
      ).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("rejects with the system's code for a missing file or a folder", async () => {
    await expect(nodeIo().readFile(join(ROOT, "no-such-file.json"))).rejects.toMatchObject({
      code: "ENOENT",
    });
    await expect(nodeIo().readFile(ROOT)).rejects.toMatchObject({ code: "EISDIR" });
  });

  it("opens a file for reading by position, and rejects a missing file or a folder", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "tasks.csv");
      writeFileSync(path, "序号,整改任务\n");
      const file = await nodeIo().openFile?.(path);
      expect(file?.size).toBe(20);
      expect(new TextDecoder().decode(await file?.read(7, 100))).toBe("整改任务\n");
      expect((await file?.read(20, 5))?.length).toBe(0);
      await file?.close();
      await expect(nodeIo().openFile?.(join(dir, "none.csv"))).rejects.toMatchObject({
        code: "ENOENT",
      });
      await expect(nodeIo().openFile?.(dir)).rejects.toMatchObject({ code: "EISDIR" });
    } finally {
      cleanup();
    }
  });

  it("writes to the process's streams and reads its environment", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const io = nodeIo();
    io.stdout("a\n");
    io.stderr("b\n");
    expect(out).toHaveBeenCalledWith("a\n");
    expect(err).toHaveBeenCalledWith("b\n");
    expect(io.env).toBe(process.env);
    expect(typeof io.isTTY.stdout).toBe("boolean");
    expect(typeof io.isTTY.stderr).toBe("boolean");
  });

  it("runs the command line on real files, as the bin does", async () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await run(
      ["validate", join(ROOT, "examples/ulanqab-2017.json"), "--json"],
      nodeIo(),
    );
    expect(code).toBe(0);
    const written = out.mock.calls.map((call) => String(call[0])).join("");
    expect(JSON.parse(written).records.tasks.total).toBe(18);
  });
});
