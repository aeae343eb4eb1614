import type { Location } from "./diagnostic.js";
import type { Rules } from "./rules.js";
import type { Hundredths } from "./points.js";

/** A calendar date with no time zone: a meeting date is a day, not an instant. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A time of day, as the minutes record it (`14 giờ 00`). */
export interface ClockTime {
  hour: number;
  minute: number;
}

export type BlocKind = "khoi" | "cum";
export type RotationMethod = "round-robin" | "by-rank" | "assigned";
/** `administrative` = Nghị định 30/2020/NĐ-CP; `party` = Hướng dẫn 36-HD/VPTW. */
export type DocumentFormat = "administrative" | "party";

/** Year ratings, highest first (rules.md); the order is the comparison. */
export const RATINGS = ["htxs-tieu-bieu", "htxs", "htt", "ht", "kht"] as const;
export type Rating = (typeof RATINGS)[number];

export type AwardKind = "flag" | "governmentFlag" | "certificate";

/** The `Thông tin` sheet, validated. Unit references are resolved to unit codes. */
export interface BlocInfo {
  name: string;
  kind: BlocKind;
  year: number;
  council: string;
  /** `Cấp khen`; default `Ủy ban nhân dân tỉnh`. */
  authority: string;
  place: string;
  meetingDate: CalendarDate;
  /** `Giờ họp`: when the conference opens; the minutes print dots for it when not given. */
  meetingTime: ClockTime | null;
  /** `Giờ kết thúc`: when it closes (the minutes' closing line). */
  endTime: ClockTime | null;
  venue: string | null;
  /** Code of this year's chair unit. */
  chair: string;
  /** Code of this year's deputy unit, if any. */
  deputy: string | null;
  rotation: RotationMethod;
  /** With `assigned` rotation: codes of next year's chair and deputy. */
  nextChair: string | null;
  nextDeputy: string | null;
  signer: string | null;
  signerTitle: string | null;
  /** `Thư ký hội nghị`: the person who takes the minutes and signs them on the left. */
  secretary: string | null;
  /** `Đơn vị vắng mặt`: codes of the member units absent from the conference (none when empty). */
  absent: string[];
  format: DocumentFormat;
}

/** A member unit from the `Đơn vị` sheet. */
export interface Unit {
  code: string;
  name: string;
  /** Position in the `Đơn vị` table, 0-based: the default rotation order. */
  index: number;
  rotationOrder: number | null;
  noRotation: boolean;
  rating: Rating | null;
  /** Text of the `Kỷ luật` cell; any text makes the unit ineligible for awards. */
  discipline: string | null;
  /** Share of women, 0..1. */
  womenRatio: number | null;
  votes: number | null;
  /** The conference's decision (`Đề nghị khen thưởng`): null when empty, [] for `Không`. */
  awardOverride: AwardKind[] | null;
  note: string | null;
  /**
   * `Cấp trên trực tiếp`: the body the unit reports to, printed above it on its achievement report and
   * confirming it (absent or null: the bloc's `Cấp khen`). Optional so that blocs built in code need not say.
   */
  superior?: string | null;
  /** Where the unit's row is, for diagnostics. */
  location: Location;
}

export type CriterionType = "standard" | "bonus" | "deduction";

/** A row of the `Tiêu chí` sheet. */
export interface Criterion {
  code: string;
  content: string;
  max: Hundredths;
  type: CriterionType;
  group: string | null;
  /**
   * The row's numbering path when it differs from its code (`II.1` for a row coded `1` under `II`):
   * units' forms that number their rows the same way are matched by it.
   */
  path?: string;
  location: Location;
}

/** The points that count for one unit on one criterion. */
export interface Score {
  points: Hundredths;
  /** `bloc` when from `Khối chấm`, `self` when from `Tự chấm` (or a matrix, which holds agreed points: `bloc`). */
  source: "self" | "bloc";
  /** The self-assessed points when a bloc score overrides them. */
  selfPoints: Hundredths | null;
  /**
   * Points added or taken off beside the row's own points, in a form with a per-criterion `Điểm
   * thưởng` / `Điểm trừ` column: counted into the unit's bonus and deduction.
   */
  extra?: { bonus: Hundredths; deduction: Hundredths };
  location: Location;
}

/** Scores by unit code, then criterion code. A missing bonus/deduction entry counts 0. */
export type ScoreTable = Record<string, Record<string, Score>>;

/**
 * A distinction a unit received before (sheet `Khen thưởng`): section III of its achievement report
 * (báo cáo thành tích, Nghị định 98/2023/NĐ-CP Phụ lục I, Mẫu số 02) lists them.
 */
export interface AwardRecord {
  /** Unit code. */
  unit: string;
  year: number;
  /** As typed: `Cờ thi đua của Ủy ban nhân dân tỉnh`, `Bằng khen của Thủ tướng Chính phủ`… */
  award: string;
  /** `Quyết định số 123/QĐ-UBND ngày 10/02/2023 của Ủy ban nhân dân tỉnh`, or null. */
  decision: string | null;
  location: Location;
}

/** A bloc-year, validated and ready to compute: everything the pure stages need. */
export interface Bloc {
  /** The bloc workbook's path as given by the user (for messages). */
  file: string;
  info: BlocInfo;
  units: Unit[];
  criteria: Criterion[];
  scores: ScoreTable;
  /** Paragraphs of the `Phương hướng` sheet, or null when the sheet is absent or empty. */
  plan: string[] | null;
  rules: Rules;
  /** Ranks the secretary typed in a master table (`Xếp hạng`), checked against the computed ones. */
  declaredRanks?: { unit: string; rank: number; location: Location }[];
  /** Earlier distinctions of the units (`Khen thưởng`), in sheet order; absent or empty when not given. */
  history?: AwardRecord[];
}
