import { DuchaError } from "../../src/errors.js";

/** The DuchaError a call throws, to compare its code, messages and details; fails otherwise. */
export function thrown(call: () => unknown): DuchaError {
  try {
    call();
  } catch (error) {
    if (error instanceof DuchaError) return error;
    throw error;
  }
  throw new Error("did not throw");
}
