import type { Rules } from "../../model/rules.js";
import type { JsonValue, ValueKind } from "./rule-value-kinds.js";
import {
  classes,
  count,
  countOrAll,
  lines,
  percent,
  points,
  ratio,
  text,
  tieBreakers,
  yesNo,
} from "./rule-value-kinds.js";

/** One setting of the rules (rules.md "Settings reference"). */
export interface RuleSetting<T> {
  /**
   * The names of its key in the `Quy tắc` sheet, matched as workbook.md matches headers (a trailing
   * `(%)` is optional); the first is the one `init` writes. The JSON key is accepted there too.
   */
  sheetKeys: readonly [string, ...string[]];
  /** Its type: how the value is read from a rules file and from the sheet, and written by `init`. */
  kind: ValueKind<T>;
  /** The value with no `Quy tắc` sheet and no `--rules` file; null for none (`init` leaves it empty). */
  default: T;
  /** What it does, for the secretary: `init` writes it beside the key. */
  meaning: string;
}

/**
 * Every setting a bloc may change, by its JSON key (dotted: `"flag.count"` or `{"flag": {"count"}}`
 * in a rules file). The single definition of the rules' contract: the rules file's validator and its
 * list of known keys (parse-rules-file.ts), the sheet's reader (parse-rules-sheet.ts), the rows `init`
 * writes (init/rule-rows.ts) and the defaults (`DEFAULT_RULES`) are all read from this table.
 */
export const RULE_SETTINGS = {
  tieBreakers: {
    sheetKeys: ["Tiêu chí phụ"],
    kind: tieBreakers,
    default: [],
    meaning:
      "Cách xếp các đơn vị bằng điểm, theo thứ tự, cách nhau bằng dấu phẩy: điểm trừ, điểm thưởng, tiêu chí:<mã>, tỷ lệ nữ, số phiếu. Mặc định: không có (bằng điểm thì đồng hạng).",
  },
  bonusCap: {
    sheetKeys: ["Điểm thưởng tối đa"],
    kind: points,
    default: null,
    meaning: "Số điểm thưởng tối đa được tính. Mặc định: không giới hạn.",
  },
  classes: {
    sheetKeys: ["Xếp loại"],
    kind: classes,
    default: [],
    meaning:
      "Xếp loại theo % điểm chuẩn tối đa, ví dụ: 90: Xuất sắc; 80: Tốt; 65: Khá; 0: Trung bình. Mặc định: không xếp loại.",
  },
  "flag.count": {
    sheetKeys: ["Số Cờ thi đua"],
    kind: count,
    default: 1,
    meaning: "Số đơn vị được đề nghị Cờ thi đua. Mặc định: 1 (đơn vị dẫn đầu).",
  },
  "flag.minPercent": {
    sheetKeys: ["Điểm tối thiểu Cờ thi đua (%)"],
    kind: percent,
    default: null,
    meaning:
      "Tổng điểm tối thiểu để được đề nghị Cờ thi đua, tính theo % điểm chuẩn tối đa. Mặc định: không có.",
  },
  governmentFlag: {
    sheetKeys: ["Đề nghị Cờ thi đua của Chính phủ"],
    kind: yesNo,
    default: false,
    meaning: "có: đề nghị thêm Cờ thi đua của Chính phủ cho đơn vị dẫn đầu. Mặc định: không.",
  },
  "certificate.count": {
    sheetKeys: ["Số Bằng khen"],
    kind: countOrAll,
    // null: every eligible unit left after the flags.
    default: null,
    meaning: "Số đơn vị được đề nghị Bằng khen. Để trống: tất cả các đơn vị còn lại đủ điều kiện.",
  },
  "certificate.minPercent": {
    sheetKeys: ["Điểm tối thiểu Bằng khen (%)"],
    kind: percent,
    default: null,
    meaning:
      "Tổng điểm tối thiểu để được đề nghị Bằng khen, tính theo % điểm chuẩn tối đa. Mặc định: không có.",
  },
  voteThreshold: {
    sheetKeys: ["Tỷ lệ phiếu tối thiểu"],
    kind: ratio,
    default: 0.5,
    meaning:
      "Khi có cột Số phiếu: đơn vị cần số phiếu nhiều hơn tỷ lệ này của số đơn vị thành viên. Mặc định: 50% (quá nửa).",
  },
  "awards.flag.name": {
    sheetKeys: ["Tên Cờ thi đua"],
    kind: text,
    default: null,
    meaning: "Tên hình thức Cờ thi đua trong văn bản. Mặc định: Cờ thi đua của {Cấp khen}.",
  },
  "awards.governmentFlag.name": {
    sheetKeys: ["Tên Cờ thi đua của Chính phủ"],
    kind: text,
    default: null,
    meaning: "Tên hình thức Cờ thi đua của Chính phủ trong văn bản. Mặc định: Cờ thi đua của Chính phủ.",
  },
  "awards.certificate.name": {
    sheetKeys: ["Tên Bằng khen"],
    kind: text,
    default: null,
    meaning: "Tên hình thức Bằng khen trong văn bản. Mặc định: Bằng khen của Chủ tịch {Cấp khen}.",
  },
  legalBases: {
    sheetKeys: ["Căn cứ"],
    kind: lines,
    // null: the legal bases of documents.md, chosen by the meeting date.
    default: null,
    meaning:
      "Các căn cứ pháp lý ghi đầu tờ trình, mỗi dòng một căn cứ: căn cứ đầu ghi ở cột B dòng này, các căn cứ sau ghi ở cột B các dòng ngay dưới (để trống cột A). Mặc định: các căn cứ có sẵn.",
  },
} satisfies Record<string, RuleSetting<unknown>>;

/** A setting's JSON key. */
export type RuleKey = keyof typeof RULE_SETTINGS;

/** The value of each setting, as its kind reads it (or its default). */
export type RuleValues = {
  -readonly [K in RuleKey]: (typeof RULE_SETTINGS)[K] extends { kind: ValueKind<infer T>; default: infer D }
    ? T | D
    : never;
};

/** A setting with its key, its value's type forgotten: its own kind reads and writes its values. */
export type KeyedSetting = RuleSetting<RuleValues[RuleKey]> & { key: RuleKey };

/** The settings in the table's order (rules.md's). */
export const RULE_SETTING_LIST: readonly KeyedSetting[] = (Object.keys(RULE_SETTINGS) as RuleKey[]).map(
  (key) => ({ key, ...RULE_SETTINGS[key] }),
);

/** Sets a setting's value, as its own kind read it. */
export function setValue(values: Partial<RuleValues>, key: RuleKey, value: RuleValues[RuleKey]): void {
  // A value read by the setting's kind has the setting's type; TypeScript cannot follow the key to it.
  (values as Record<RuleKey, unknown>)[key] = value;
}

/** The defaults of every setting, copied: the caller may change them. */
export function defaultValues(): RuleValues {
  return Object.fromEntries(RULE_SETTING_LIST.map((s) => [s.key, structuredClone(s.default)])) as RuleValues;
}

/** The model's rules from the value of every setting: where each setting lands in `Rules`. */
export function rulesFrom(values: RuleValues): Rules {
  return {
    tieBreakers: values.tieBreakers,
    bonusCap: values.bonusCap,
    classes: [...values.classes].sort((a, b) => b.min - a.min),
    flag: {
      count: values["flag.count"],
      minPercent: values["flag.minPercent"],
      name: values["awards.flag.name"],
    },
    governmentFlag: { enabled: values.governmentFlag, name: values["awards.governmentFlag.name"] },
    certificate: {
      count: values["certificate.count"],
      minPercent: values["certificate.minPercent"],
      name: values["awards.certificate.name"],
    },
    voteThreshold: values.voteThreshold,
    legalBases: values.legalBases,
  };
}

/** The rules a bloc gets with no `Quy tắc` sheet and no `--rules` file. */
export const DEFAULT_RULES: Rules = rulesFrom(defaultValues());

/** The value of every setting in a bloc's rules: `rulesFrom` read backwards. */
export function valuesFrom(rules: Rules): RuleValues {
  return {
    tieBreakers: rules.tieBreakers,
    bonusCap: rules.bonusCap,
    classes: rules.classes,
    "flag.count": rules.flag.count,
    "flag.minPercent": rules.flag.minPercent,
    governmentFlag: rules.governmentFlag.enabled,
    "certificate.count": rules.certificate.count,
    "certificate.minPercent": rules.certificate.minPercent,
    voteThreshold: rules.voteThreshold,
    "awards.flag.name": rules.flag.name,
    "awards.governmentFlag.name": rules.governmentFlag.name,
    "awards.certificate.name": rules.certificate.name,
    legalBases: rules.legalBases,
  };
}

/**
 * A bloc's rules as a `--rules` file writes them, by dotted key (`ket-qua.json` keeps them so that
 * `init --from` starts next year with them). A setting whose value is none (null) is left out: it
 * reads back as its default, none.
 */
export function rulesToJson(rules: Rules): Record<string, JsonValue> {
  const values = valuesFrom(rules);
  const json: Record<string, JsonValue> = {};
  for (const setting of RULE_SETTING_LIST) {
    const value = values[setting.key];
    if (value !== null) json[setting.key] = setting.kind.toJson(value);
  }
  return json;
}
