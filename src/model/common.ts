/**
 * Building blocks shared by the record schemas: ids, dates, texts, regions and sources.
 *
 * @module
 */
import * as z from "zod";

/** Longest id, unit name or label ducha accepts; longer values are data errors, not ids. */
export const MAX_NAME_LENGTH = 1_000;
/** Longest free text (a problem's wording, a progress note) ducha accepts. */
export const MAX_TEXT_LENGTH = 100_000;

/**
 * A calendar date written `YYYY-MM-DD` that exists (2023-02-30 does not).
 *
 * @example
 * ```ts
 * import { IsoDateString } from "ducha/model";
 * IsoDateString.safeParse("2023-02-30").success; //=> false
 * ```
 * @category Model
 */
export const IsoDateString = z.iso.date();

/**
 * A short name: a unit, a person, a label.
 *
 * @example
 * ```ts
 * import { Name } from "ducha/model";
 * Name.parse("市生态环境局"); //=> "市生态环境局"
 * ```
 * @category Model
 */
export const Name = z.string().trim().min(1).max(MAX_NAME_LENGTH);

/**
 * A free text (a problem as the feedback words it, a target, a progress note).
 *
 * @example
 * ```ts
 * import { Text } from "ducha/model";
 * Text.parse("岱海流域生态环境退化严重问题"); //=> "岱海流域生态环境退化严重问题"
 * ```
 * @category Model
 */
export const Text = z.string().max(MAX_TEXT_LENGTH);

const id = <B extends string>() => z.string().trim().min(1).max(MAX_NAME_LENGTH).brand<B>();

/**
 * Id of an inspection round.
 *
 * @example
 * ```ts
 * import { RoundId } from "ducha/model";
 * const id = RoundId.parse("r2-nm");
 * ```
 * @category Model
 */
export const RoundId = id<"RoundId">();
/** @category Model */
export type RoundId = z.infer<typeof RoundId>;

/**
 * Id of a feedback problem.
 *
 * @example
 * ```ts
 * import { ProblemId } from "ducha/model";
 * const id = ProblemId.parse("p1");
 * ```
 * @category Model
 */
export const ProblemId = id<"ProblemId">();
/** @category Model */
export type ProblemId = z.infer<typeof ProblemId>;

/**
 * Id of a rectification task.
 *
 * @example
 * ```ts
 * import { TaskId } from "ducha/model";
 * const id = TaskId.parse("t1");
 * ```
 * @category Model
 */
export const TaskId = id<"TaskId">();
/** @category Model */
export type TaskId = z.infer<typeof TaskId>;

/**
 * Id of a petition case.
 *
 * @example
 * ```ts
 * import { PetitionId } from "ducha/model";
 * const id = PetitionId.parse("X2022-001");
 * ```
 * @category Model
 */
export const PetitionId = id<"PetitionId">();
/** @category Model */
export type PetitionId = z.infer<typeof PetitionId>;

/**
 * Id of an accountability record.
 *
 * @example
 * ```ts
 * import { AccountabilityId } from "ducha/model";
 * const id = AccountabilityId.parse("a1");
 * ```
 * @category Model
 */
export const AccountabilityId = id<"AccountabilityId">();
/** @category Model */
export type AccountabilityId = z.infer<typeof AccountabilityId>;

/**
 * A region by name and, optionally, its 6-digit administrative division code (GB/T 2260), so
 * roll-ups can group by province (first 2 digits) and city (first 4).
 *
 * @example
 * ```ts
 * import { Region } from "ducha/model";
 * Region.parse({ name: "乌兰察布市", code: "150900" }); //=> { name: "乌兰察布市", code: "150900" }
 * ```
 * @category Model
 */
export const Region = z.looseObject({
  name: Name,
  code: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
/** @category Model */
export type Region = z.infer<typeof Region>;

/**
 * Where a fact comes from: a published document.
 *
 * @example
 * ```ts
 * import { Source } from "ducha/model";
 * Source.parse({ title: "吉林省公开第二轮中央生态环境保护督察整改情况", publishedDate: "2023-05-10" });
 * ```
 * @category Model
 */
export const Source = z.looseObject({
  title: Text.optional(),
  url: z
    .string()
    .max(MAX_NAME_LENGTH * 4)
    .optional(),
  publisher: Name.optional(),
  publishedDate: IsoDateString.optional(),
});
/** @category Model */
export type Source = z.infer<typeof Source>;

/**
 * A non-negative whole count (tasks, cases, people).
 *
 * @example
 * ```ts
 * import { Count } from "ducha/model";
 * Count.safeParse(-1).success; //=> false
 * ```
 * @category Model
 */
export const Count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * A date range, both ends included.
 *
 * @example
 * ```ts
 * import { DateRange } from "ducha/model";
 * DateRange.parse({ start: "2022-03-25", end: "2022-04-25" });
 * ```
 * @category Model
 */
export const DateRange = z.looseObject({ start: IsoDateString, end: IsoDateString });
/** @category Model */
export type DateRange = z.infer<typeof DateRange>;
