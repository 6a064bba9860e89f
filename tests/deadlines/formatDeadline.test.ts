import fc from "fast-check";

type Fields = Omit<Deadline, "text">;

import { describe, expect, it } from "vitest";
import { endOfMonth } from "../../src/dates.js";
import {
  type Deadline,
  formatDeadline,
  parseDeadline,
  type Recurrence,
} from "../../src/deadlines/index.js";
import { DuchaError } from "../../src/errors.js";

const deadline = (fields: Omit<Deadline, "text">): Deadline => ({ ...fields, text: "" });

describe("formatDeadline", () => {
  it.each([
    [{ kind: "date", due: "2018-06-30", longTermAfter: false }, "2018年6月底前", "by 30 June 2018"],
    [
      { kind: "date", due: "2025-12-31", longTermAfter: true },
      "2025年底前，并长期坚持",
      "by the end of 2025, then ongoing",
    ],
    [
      { kind: "date", due: "2022-12-20", longTermAfter: false },
      "2022年12月20日前",
      "by 20 December 2022",
    ],
    [{ kind: "immediate", longTermAfter: true }, "立行立改、长期坚持", "immediately, then ongoing"],
    [{ kind: "immediate", longTermAfter: false }, "立行立改", "immediately"],
    [
      { kind: "immediate", due: "2018-06-30", longTermAfter: true },
      "立行立改，2018年6月底前，并长期坚持",
      "immediately, by 30 June 2018, then ongoing",
    ],
    [
      { kind: "range", start: "2023-01-01", due: "2025-12-31", longTermAfter: false },
      "2023-2025年",
      "2023 to 2025",
    ],
    [
      { kind: "range", start: "2019-05-06", due: "2019-06-14", longTermAfter: false },
      "2019年5月6日至6月14日",
      "6 May 2019 to 14 June 2019",
    ],
    [
      { kind: "range", start: "2024-09-29", due: "2024-10-09", longTermAfter: true },
      "2024年9月29日至10月9日，并长期坚持",
      "29 September 2024 to 9 October 2024, then ongoing",
    ],
    [
      { kind: "range", start: "2024-12-29", due: "2025-01-09", longTermAfter: false },
      "2024年12月29日至2025年1月9日",
      "29 December 2024 to 9 January 2025",
    ],
    [{ kind: "recurring", recurrence: "quarterly", longTermAfter: false }, "每季度", "quarterly"],
    [{ kind: "long_term", longTermAfter: false }, "长期坚持", "ongoing"],
    [
      { kind: "long_term", start: "2020-01-01", longTermAfter: false },
      "2020年以后长期坚持",
      "ongoing from 2020",
    ],
    [
      { kind: "long_term", start: "2020-03-01", longTermAfter: false },
      "2020年3月以后长期坚持",
      "ongoing from March 2020",
    ],
    [
      { kind: "long_term", start: "2020-03-05", longTermAfter: false },
      "2020年3月5日以后长期坚持",
      "ongoing from 5 March 2020",
    ],
    [
      { kind: "date", due: "2023-12-31", longTermAfter: false, percentTarget: 90 },
      "2023年底前，整改完成率达到90%以上",
      "by the end of 2023, with a completion rate of at least 90%",
    ],
  ] as const)("writes %o", (fields, zh, en) => {
    const value = deadline(fields as Omit<Deadline, "text">);
    expect(formatDeadline(value, "zh-CN")).toBe(zh);
    expect(formatDeadline(value)).toBe(zh);
    expect(formatDeadline(value, "en")).toBe(en);
    const back = parseDeadline(zh);
    expect(back.ok && { ...back.value, text: "" }).toEqual(value);
  });

  it("throws when the deadline lacks what its kind needs", () => {
    const bad = [
      deadline({ kind: "date", longTermAfter: false }),
      deadline({ kind: "range", due: "2025-12-31", longTermAfter: false }),
      deadline({ kind: "recurring", longTermAfter: false }),
    ];
    for (const value of bad) {
      expect(() => formatDeadline(value, "zh-CN")).toThrow(
        expect.objectContaining({ code: "invalid_argument" }),
      );
    }
    expect(() =>
      formatDeadline(deadline({ kind: "long_term", longTermAfter: false }), "fr" as "en"),
    ).toThrow(DuchaError);
  });

  it("is read back to the same deadline by parseDeadline (zh-CN)", () => {
    const year = fc.integer({ min: 2000, max: 2099 });
    const monthEnd = fc
      .tuple(year, fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => endOfMonth(y, m));
    const anyDay = fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2099, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const due = fc.oneof(
      monthEnd,
      year.map((y) => `${y}-12-31`),
      anyDay,
    );
    const after = fc.boolean();
    const percent = fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined });
    const withPercent = (d: Omit<Deadline, "text">, p: number | undefined) =>
      p === undefined ? d : { ...d, percentTarget: p };
    const arbitrary: fc.Arbitrary<Fields> = fc.oneof<fc.Arbitrary<Fields>[]>(
      fc
        .tuple(due, after, percent)
        .map(([d, a, p]) => withPercent({ kind: "date", due: d, longTermAfter: a }, p)),
      fc.tuple(year, fc.integer({ min: 1, max: 10 }), after).map(([y, span, a]) => ({
        kind: "range",
        start: `${y}-01-01`,
        due: `${y + span}-12-31`,
        longTermAfter: a,
      })),
      fc
        .tuple(anyDay, anyDay, after)
        .filter(([s, d]) => s <= d)
        .map(([s, d, a]) => ({ kind: "range", start: s, due: d, longTermAfter: a })),
      fc
        .tuple(fc.option(due, { nil: undefined }), after)
        .map(([d, a]) =>
          d === undefined
            ? { kind: "immediate", longTermAfter: a }
            : { kind: "immediate", due: d, longTermAfter: a },
        ),
      fc
        .option(anyDay, { nil: undefined })
        .map((s) =>
          s === undefined
            ? { kind: "long_term", longTermAfter: false }
            : { kind: "long_term", start: s, longTermAfter: false },
        ),
      fc
        .constantFrom<Recurrence>("yearly", "quarterly", "monthly", "weekly")
        .map((r) => ({ kind: "recurring", recurrence: r, longTermAfter: false })),
    );
    fc.assert(
      fc.property(arbitrary, (fields) => {
        const value = deadline(fields);
        const text = formatDeadline(value, "zh-CN");
        const back = parseDeadline(text);
        expect(back.ok, text).toBe(true);
        if (back.ok) expect({ ...back.value, text: "" }).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
