import { defineConfig } from "tsup";

/** One entry per public subpath; keep in step with `exports` in package.json. */
export const entries = {
  index: "src/index.ts",
};

export default defineConfig([
  {
    entry: entries,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
    treeshake: true,
  },
]);
