#!/usr/bin/env node
// The `ducha` executable: all behaviour lives in run(), which never throws.
import { nodeIo } from "./nodeIo.js";
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), nodeIo());
