/**
 * The `ducha` command line as a library: {@link run} takes the arguments and an injected
 * {@link CliIo} and resolves to the exit code, so other tools can embed it and tests can drive
 * it without a process. Not part of the pure core `ducha`: it reads files through Node.
 *
 * @module ducha/cli
 */
export type { ExitCode } from "./exit.js";
export { EXIT } from "./exit.js";
export { commandHelp, usage } from "./help.js";
export type { CliFile, CliIo } from "./io.js";
export { nodeIo } from "./nodeIo.js";
export { run, VERSION } from "./run.js";
