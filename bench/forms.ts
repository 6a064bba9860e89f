/**
 * The deadline forms of the deadline issue and docs/deadlines.md, as plans write them: the
 * parseDeadline workload. Each is read once per round, so common and rare forms weigh alike.
 */
export const DEADLINE_FORMS: readonly string[] = [
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
  "立行立改",
  "立行立改、长期坚持",
  "长期坚持",
  "2025年底前，并长期坚持",
  "每年",
  "每季度",
  "持续推进",
  "2023年12月底前，整改完成率达到90%以上",
  "二〇一八年十二月底前",
  "２０１８年６月底前",
  "立行立改、長期堅持",
  "应于今年底前完成",
];

/** The anchor the forms relative to a plan's year are read against (docs/deadlines.md). */
export const DEADLINE_ANCHOR = "2017-06-15";
