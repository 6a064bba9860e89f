import type { Bilingual } from "../lang.js";

/**
 * The enforcement outcomes published for petition cases, one key per figure of the standard
 * bulletin ("责令整改52家，立案处罚18家，罚款236.8万元，约谈37人，问责12人"). Each key is also the
 * field of `EnforcementOutcomes` (ducha/model) that holds its count.
 *
 * @example
 * ```ts
 * import type { OutcomeKey } from "ducha/outcomes";
 * const key: OutcomeKey = "finesYuan";
 * ```
 * @category Outcomes
 */
export type OutcomeKey =
  | "ordersToRectify"
  | "casesFiled"
  | "finesYuan"
  | "seizures"
  | "closures"
  | "criminalCases"
  | "administrativeDetentions"
  | "criminalDetentions"
  | "detentions"
  | "interviews"
  | "accountablePeople";

/**
 * The unit a kind is counted in, as the bulletins write it: 家 (enterprises and other units),
 * 起 (cases), 件 (criminal cases), 人 (people) or 元 (yuan).
 *
 * @example
 * ```ts
 * import type { OutcomeUnit } from "ducha/outcomes";
 * const unit: OutcomeUnit = "家";
 * ```
 * @category Outcomes
 */
export type OutcomeUnit = "家" | "起" | "件" | "人" | "元";

/**
 * One kind of enforcement outcome, as data: its key, labels, the unit of the bulletin, the
 * measure words accepted after its number (`units`), and the cue words that introduce it in the
 * text of 处理和整改情况 / 责任追究情况 (`cues`, simplified; traditional text is simplified before
 * it is read). A cue is matched whole, the longest first, so 立案侦查 is never read as 立案 and
 * 刑事拘留 never as 拘留.
 *
 * @example
 * ```ts
 * import { OUTCOME_KINDS } from "ducha/outcomes";
 * const fines = OUTCOME_KINDS.find((k) => k.key === "finesYuan");
 * fines?.unit; //=> "元"
 * fines?.cues.includes("罚款"); //=> true
 * ```
 * @category Outcomes
 */
export interface OutcomeKind {
  readonly key: OutcomeKey;
  readonly label: Bilingual;
  readonly unit: OutcomeUnit;
  /** Measure words accepted after the number; the first is the bulletin's unit. */
  readonly units: readonly string[];
  readonly cues: readonly string[];
  /**
   * Cues written around their object, as regular-expression sources tried after the plain cues:
   * "责令228家企业立即整改", "责令该公司限期整改". A count inside the match is the figure.
   */
  readonly openCues?: readonly string[];
}

/**
 * Every kind of enforcement outcome ducha reads and counts, in the order of the bulletins.
 * 拘留 without 行政 or 刑事 is `detentions`; in `EnforcementOutcomes` `detentions` is the total of
 * all detentions (行政 + 刑事 + unspecified), and the two split fields refine it when the text says
 * which.
 *
 * @example
 * ```ts
 * import { OUTCOME_KINDS } from "ducha/outcomes";
 * OUTCOME_KINDS.map((k) => k.label["zh-CN"]).slice(0, 3); //=> ["责令整改", "立案处罚", "罚款"]
 * ```
 * @category Outcomes
 */
export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  {
    key: "ordersToRectify",
    label: { "zh-CN": "责令整改", en: "ordered to rectify" },
    unit: "家",
    units: ["家", "家次", "个", "处", "起", "件", "户", "座", "项"],
    cues: [
      "责令限期整改",
      "责令立即整改",
      "责令停产整改",
      "责令停业整改",
      "责令限期改正",
      "责令立即改正",
      "责令整改",
      "责令改正",
      "限期整改",
    ],
    openCues: ["责令[^，,、。；;：:]{1,14}?(?:立即|限期|停产|停业)?(?:整改|改正)"],
  },
  {
    key: "casesFiled",
    label: { "zh-CN": "立案处罚", en: "cases filed for penalties" },
    unit: "家",
    units: ["家", "家次", "起", "件", "个", "宗", "户"],
    cues: ["立案处罚", "立案查处", "立案调查", "行政处罚立案", "行政处罚", "立案"],
  },
  {
    key: "finesYuan",
    label: { "zh-CN": "罚款", en: "fines" },
    unit: "元",
    units: ["元"],
    cues: ["罚款金额", "处罚金额", "罚没金额", "处罚款", "罚款", "罚没款", "罚金", "罚没"],
    // 处罚 alone is a fine only when an amount of yuan follows it ("处罚745万元"); before a count
    // of enterprises it is not one (处罚3家).
    openCues: ["处罚(?=(?:人民币)?\\d[\\d,.]*(?:万|亿)?元)"],
  },
  {
    key: "seizures",
    label: { "zh-CN": "查封扣押", en: "sealed or seized" },
    unit: "家",
    units: ["家", "处", "个", "起", "台", "套", "批", "户"],
    cues: ["查封扣押", "查封、扣押", "查封"],
  },
  {
    key: "closures",
    label: { "zh-CN": "关停取缔", en: "shut down or banned" },
    unit: "家",
    units: ["家", "个", "处", "座", "户"],
    cues: ["关停取缔", "关闭取缔", "取缔关闭", "关停", "取缔"],
  },
  {
    key: "criminalCases",
    label: { "zh-CN": "立案侦查", en: "criminal investigations" },
    unit: "件",
    units: ["件", "起", "宗"],
    cues: ["立案侦查", "刑事立案"],
  },
  {
    key: "administrativeDetentions",
    label: { "zh-CN": "行政拘留", en: "administrative detentions" },
    unit: "人",
    units: ["人", "名"],
    cues: ["行政拘留"],
  },
  {
    key: "criminalDetentions",
    label: { "zh-CN": "刑事拘留", en: "criminal detentions" },
    unit: "人",
    units: ["人", "名"],
    cues: ["刑事拘留"],
  },
  {
    key: "detentions",
    label: { "zh-CN": "拘留", en: "detentions" },
    unit: "人",
    units: ["人", "名"],
    cues: ["行政和刑事拘留", "行政拘留和刑事拘留", "拘留"],
  },
  {
    key: "interviews",
    label: { "zh-CN": "约谈", en: "interviews" },
    unit: "人",
    units: ["人", "名", "人次"],
    cues: ["约谈"],
  },
  {
    key: "accountablePeople",
    label: { "zh-CN": "问责", en: "people held accountable" },
    unit: "人",
    units: ["人", "名", "人次"],
    cues: ["追责问责", "问责", "追责"],
  },
];

/**
 * The kind of each key.
 *
 * @example
 * ```ts
 * import { OUTCOME_KIND } from "ducha/outcomes";
 * OUTCOME_KIND.accountablePeople.label.en; //=> "people held accountable"
 * ```
 * @category Outcomes
 */
export const OUTCOME_KIND: Readonly<Record<OutcomeKey, OutcomeKind>> = Object.fromEntries(
  OUTCOME_KINDS.map((k) => [k.key, k]),
) as Record<OutcomeKey, OutcomeKind>;
