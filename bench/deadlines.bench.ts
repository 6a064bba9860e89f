/**
 * Throughput of parseDeadline over the deadline forms of real plans. Not part of the test run:
 * `npx tsx bench/deadlines.bench.ts`.
 */
import { Bench } from "tinybench";
import { parseDeadline } from "../src/deadlines/index.js";
import { DEADLINE_ANCHOR, DEADLINE_FORMS } from "./forms.js";

const FORMS = DEADLINE_FORMS;
const options = { anchor: DEADLINE_ANCHOR };

const bench = new Bench({ time: 1000 });
bench.add(`parseDeadline × ${FORMS.length} forms`, () => {
  for (const form of FORMS) parseDeadline(form, options);
});
await bench.run();
const task = bench.tasks[0];
const opsPerSecond = task?.result?.state === "completed" ? task.result.throughput.mean : 0;
process.stdout.write(`${Math.round(opsPerSecond * FORMS.length).toLocaleString("en")} strings/s\n`);
