import type { RulesInput } from "../validate/rules/rules-input-schema.js";

/** One row of `Quy tắc`: the key of rules.md's settings table, its default value, and what it does. */
export interface RuleRow {
  key: string;
  /** The default, written as the sheet would hold it; null when the default is "none" (cell left empty). */
  value: string | number | null;
  meaning: string;
  /** A drop-down list for the value cell. */
  list?: readonly string[];
  /** Number format for the value cell. */
  numFmt?: string;
}

/**
 * Every sheet key of rules.md with its default. An empty value means "not set", which is the default:
 * writing the defaults out lets a secretary see every knob without changing any result.
 */
export const RULE_ROWS: readonly RuleRow[] = [
  {
    key: "Tiêu chí phụ",
    value: null,
    meaning:
      "Cách xếp các đơn vị bằng điểm, theo thứ tự, cách nhau bằng dấu phẩy: điểm trừ, điểm thưởng, tiêu chí:<mã>, tỷ lệ nữ, số phiếu. Mặc định: không có (bằng điểm thì đồng hạng).",
  },
  {
    key: "Điểm thưởng tối đa",
    value: null,
    meaning: "Số điểm thưởng tối đa được tính. Mặc định: không giới hạn.",
  },
  {
    key: "Xếp loại",
    value: null,
    meaning:
      "Xếp loại theo % điểm chuẩn tối đa, ví dụ: 90: Xuất sắc; 80: Tốt; 65: Khá; 0: Trung bình. Mặc định: không xếp loại.",
  },
  {
    key: "Số Cờ thi đua",
    value: 1,
    meaning: "Số đơn vị được đề nghị Cờ thi đua. Mặc định: 1 (đơn vị dẫn đầu).",
  },
  {
    key: "Điểm tối thiểu Cờ thi đua (%)",
    value: null,
    meaning:
      "Tổng điểm tối thiểu để được đề nghị Cờ thi đua, tính theo % điểm chuẩn tối đa. Mặc định: không có.",
  },
  {
    key: "Đề nghị Cờ thi đua của Chính phủ",
    value: "không",
    meaning: "có: đề nghị thêm Cờ thi đua của Chính phủ cho đơn vị dẫn đầu. Mặc định: không.",
    list: ["có", "không"],
  },
  {
    key: "Số Bằng khen",
    value: null,
    meaning: "Số đơn vị được đề nghị Bằng khen. Để trống: tất cả các đơn vị còn lại đủ điều kiện.",
  },
  {
    key: "Điểm tối thiểu Bằng khen (%)",
    value: null,
    meaning:
      "Tổng điểm tối thiểu để được đề nghị Bằng khen, tính theo % điểm chuẩn tối đa. Mặc định: không có.",
  },
  {
    key: "Tỷ lệ phiếu tối thiểu",
    value: 0.5,
    meaning:
      "Khi có cột Số phiếu: đơn vị cần số phiếu nhiều hơn tỷ lệ này của số đơn vị thành viên. Mặc định: 50% (quá nửa).",
    numFmt: "0%",
  },
  {
    key: "Tên Cờ thi đua",
    value: null,
    meaning: "Tên hình thức Cờ thi đua trong văn bản. Mặc định: Cờ thi đua của {Cấp khen}.",
  },
  {
    key: "Tên Cờ thi đua của Chính phủ",
    value: null,
    meaning: "Tên hình thức Cờ thi đua của Chính phủ trong văn bản. Mặc định: Cờ thi đua của Chính phủ.",
  },
  {
    key: "Tên Bằng khen",
    value: null,
    meaning: "Tên hình thức Bằng khen trong văn bản. Mặc định: Bằng khen của Chủ tịch {Cấp khen}.",
  },
  {
    key: "Căn cứ",
    value: null,
    meaning:
      "Các căn cứ pháp lý ghi đầu tờ trình, mỗi dòng một căn cứ: căn cứ đầu ghi ở cột B dòng này, các căn cứ sau ghi ở cột B các dòng ngay dưới (để trống cột A). Mặc định: các căn cứ có sẵn.",
  },
];

/** The Vietnamese words of the tie-breakers, as the sheet's `Tiêu chí phụ` takes them. */
const TIE_BREAKER_WORDS: Record<string, string> = {
  deduction: "điểm trừ",
  bonus: "điểm thưởng",
  women: "tỷ lệ nữ",
  votes: "số phiếu",
};

/** `92.5` as the sheet shows a number inside text: `92,5`. */
const decimalText = (n: number): string => String(n).replace(".", ",");

/** Each sheet key's value for a bloc's rules (`init --from`), as `parse-rules-sheet.ts` reads it back. */
function valuesOf(rules: RulesInput): Record<string, string | number | null> {
  const tieBreakers = (rules.tieBreakers ?? []).map((t) =>
    t.startsWith("criterion:") ? `tiêu chí:${t.slice("criterion:".length)}` : (TIE_BREAKER_WORDS[t] ?? t),
  );
  const count = rules.certificate?.count;
  return {
    "Tiêu chí phụ": tieBreakers.length === 0 ? null : tieBreakers.join(", "),
    "Điểm thưởng tối đa": rules.bonusCap ?? null,
    "Xếp loại":
      (rules.classes ?? []).length === 0
        ? null
        : (rules.classes ?? []).map((c) => `${decimalText(c.min)}: ${c.label}`).join("; "),
    "Số Cờ thi đua": rules.flag?.count ?? 1,
    "Điểm tối thiểu Cờ thi đua (%)": rules.flag?.minPercent ?? null,
    "Đề nghị Cờ thi đua của Chính phủ": rules.governmentFlag === true ? "có" : "không",
    "Số Bằng khen": count === undefined || count === "all" ? null : count,
    "Điểm tối thiểu Bằng khen (%)": rules.certificate?.minPercent ?? null,
    "Tỷ lệ phiếu tối thiểu": rules.voteThreshold ?? 0.5,
    "Tên Cờ thi đua": rules.awards?.flag?.name ?? null,
    "Tên Cờ thi đua của Chính phủ": rules.awards?.governmentFlag?.name ?? null,
    "Tên Bằng khen": rules.awards?.certificate?.name ?? null,
    "Căn cứ": rules.legalBases?.[0] ?? null,
  };
}

/**
 * The rows of `Quy tắc`: the defaults, or with `rules` (last year's, for `init --from`) those values,
 * every legal basis past the first on a row of its own under `Căn cứ` (its key cell left empty, as
 * the sheet reads a list).
 */
export function ruleRows(rules?: RulesInput): RuleRow[] {
  if (rules === undefined) return [...RULE_ROWS];
  const values = valuesOf(rules);
  const rows = RULE_ROWS.map((row) => ({
    ...row,
    value: row.key in values ? (values[row.key] ?? null) : row.value,
  }));
  for (const line of rules.legalBases?.slice(1) ?? []) rows.push({ key: "", value: line, meaning: "" });
  return rows;
}
