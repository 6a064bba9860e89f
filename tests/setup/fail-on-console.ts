import { afterEach, vi } from "vitest";

// A library must not talk on the console behind its user's back; any call fails the test.
const methods = ["log", "info", "warn", "error", "debug"] as const;
for (const method of methods) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`unexpected console.${method}: ${args.map(String).join(" ")}`);
  });
}
afterEach(() => undefined);
