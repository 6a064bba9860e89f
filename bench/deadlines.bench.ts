/**
 * Throughput of parseDeadline over the deadline forms of real plans. Not part of the test run:
 * `npx tsx bench/deadlines.bench.ts`.
 */
import { Bench } from "tinybench";
import { parseDeadline } from "../src/deadlines/index.js";

const FORMS = [
  "2018年6月底前",
  "2020年底前",
  "2020年年底前",
  "到2025年底",
  "2022年12月31日前",
  "今年底前",
  "9月底前",
  "2023-2025年",
  "2019年5月6日至6月14日",
  "2019年6月中旬至12月31日",
  "立行立改、长期坚持",
  "长期坚持",
  "2025年底前，并长期坚持",
  "每季度",
  "2023年12月底前，整改完成率达到90%以上",
  "二〇一八年十二月底前",
  "２０１８年６月底前",
  "立行立改、長期堅持",
  "应于今年底前完成",
  "在30个工作日内",
];
const options = { anchor: "2017-06-15" };

const bench = new Bench({ time: 1000 });
bench.add(`parseDeadline × ${FORMS.length} forms`, () => {
  for (const form of FORMS) parseDeadline(form, options);
});
await bench.run();
const task = bench.tasks[0];
const opsPerSecond = task?.result?.state === "completed" ? task.result.throughput.mean : 0;
process.stdout.write(`${Math.round(opsPerSecond * FORMS.length).toLocaleString("en")} strings/s\n`);
