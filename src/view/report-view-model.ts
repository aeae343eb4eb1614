import type { UnitRef, ViewModel } from "./view-model.js";

/*
 * What an achievement report's template sees beside the bloc's view model (view-model.ts): the
 * unit's own values, as `report`. Like the rest, every key is always present (null when empty).
 */
/** A row of section III of an achievement report: a title or commendation received before. */
export interface HistoryRowView {
  /** `2022`, or empty on a blank row. */
  year: string;
  award: string;
  /** Number, date and issuer of the decision, or empty. */
  decision: string;
  /** True for a row left blank for the unit to fill in (nothing recorded in `Khen thưởng`). */
  isBlank: boolean;
}

/** A row of an achievement report's points table: a criteria group (or a criterion), or a sum. */
export interface ReportScoreRowView {
  /** Roman numeral of a group, the criterion code, or empty on a sum row. */
  stt: string;
  label: string;
  /** Maximum points, or empty (bonus and deduction have none that adds up). */
  max: string;
  points: string;
  /** True for the sums under the groups: printed bold. */
  strong: boolean;
}

/**
 * One unit's achievement report (báo cáo thành tích, Nghị định 98/2023/NĐ-CP Phụ lục I, Mẫu số 02):
 * the template sees the bloc's whole view model plus this, as `report`.
 */
export interface AchievementReportView {
  unit: UnitRef & {
    nameUpper: string;
    /** `Cấp trên trực tiếp` of the unit, else the bloc's `Cấp khen`. */
    superior: string;
    superiorUpper: string;
    /** `Khối trưởng`/`Khối phó` of this year, or null. */
    role: string | null;
  };
  /** Full names of the awards proposed for the unit, in the order of the ladder. */
  awards: string[];
  /** The same joined for the title: `Cờ thi đua của Ủy ban nhân dân tỉnh và Cờ thi đua của Chính phủ`. */
  awardsText: string;
  /** True when the conference decided the unit's awards (`Đề nghị khen thưởng`). */
  byConference: boolean;
  /** `Số:        /BC-……` (Party format `Số      -BC/……`): the unit's own number and symbol are the clerk's. */
  number: string;
  /** `Hà Nội, ngày     tháng     năm 2024`: the day is the unit's to write when it signs. */
  placeAndDate: string;
  standard: string;
  bonus: string;
  deduction: string;
  total: string;
  /** Maximum standard points of the bloc's scoring table. */
  standardMax: string;
  rank: number;
  /** `thứ nhất`. */
  rankWords: string;
  sharedRank: boolean;
  /** Member units, zero-padded (`05`). */
  unitCount: string;
  /** `Khối chấm`, `Tự chấm`…: which points counted. */
  scoreSource: string;
  class: string | null;
  rating: string | null;
  votes: number | null;
  votesPercent: string | null;
  /** The points per criteria group (per criterion when the table has no groups), then the sums. */
  scoreRows: ReportScoreRowView[];
  /** Section III: emulation titles received before (danh hiệu thi đua). */
  titles: HistoryRowView[];
  /** Section III: commendations received before (hình thức khen thưởng). */
  honours: HistoryRowView[];
  /** True when `Khen thưởng` records anything for this unit. */
  historyRecorded: boolean;
  /** The head who signs: the bloc's `Người ký` when the unit is the chair (who signs for it), else null. */
  signerName: string | null;
  signerTitle: string | null;
}

/** What an achievement report's template sees: the bloc's view model and the unit's report. */
export interface ReportViewModel extends ViewModel {
  report: AchievementReportView;
}
