import type { AwardKind, BlocKind, DocumentFormat, RotationMethod } from "../model/bloc.js";
import type { BlocWords } from "./bloc-words.js";

/*
 * The one plain object the templates see (style.md §6). Everything a document prints is computed
 * here or before: templates only choose words and layout, they never rank, count or format numbers.
 * Every key is always present (null when there is no value) because the templates run in strict
 * mode, where a missing key is an error: `{{#if bloc.venue}}` works, a typo such as `{{bloc.venu}}`
 * is reported with its line and column. Points are strings with a decimal comma (`95,50`).
 */

/** A unit named in a sentence. */
export interface UnitRef {
  code: string;
  name: string;
}

/** A member in `Đơn vị` order (section I of the report). */
export interface MemberView extends UnitRef {
  /** 1-based position in the `Đơn vị` table. */
  stt: number;
  /** `Cụm trưởng`, `Cụm phó` or null. */
  role: string | null;
}

/** One unit's standing, in ranking order. */
export interface UnitView extends UnitRef {
  /** 1-based row number in ranking order. */
  stt: number;
  standard: string;
  /** Bonus points counted (after `bonusCap`). */
  bonus: string;
  /** Bonus points earned (before `bonusCap`). */
  bonusEarned: string;
  /** True when `bonusCap` cut the bonus: the report shows both numbers. */
  bonusCapped: boolean;
  deduction: string;
  total: string;
  /** Standard competition rank (1, 1, 3). */
  rank: number;
  /** `thứ nhất`, `thứ hai`… */
  rankWords: string;
  /** True when another unit has the same rank. */
  sharedRank: boolean;
  /** Classification label (`Xuất sắc`), or null when no classes are set. */
  class: string | null;
  /** The unit's own rating in words (`Hoàn thành xuất sắc nhiệm vụ`), or null. */
  rating: string | null;
  /** `Khối chấm`, `Tự chấm` or `Khối chấm, tự chấm` (for a cụm: `Cụm chấm`…). */
  scoreSource: string;
  votes: number | null;
  /** Votes as a percent of the member units (`80%`), or null when not entered. */
  votesPercent: string | null;
  note: string | null;
  /** Names of the awards proposed for the unit (the standing proposals). */
  awards: string[];
  /** The awards joined with `; `, or null. */
  awardsText: string | null;
  isChair: boolean;
  isDeputy: boolean;
  /** Last year's total (`93,00`) and rank with `--prev`; null without it, or for a unit new this year. */
  prev: { total: string; rank: number } | null;
}

/** A unit proposed for an award. */
export interface ProposedUnitView extends UnitRef {
  total: string;
  rank: number;
  rankWords: string;
  /** True when the conference decided this unit's awards (`Đề nghị khen thưởng` filled in). */
  byConference: boolean;
}

/** The units proposed for one award. */
export interface ProposalView {
  award: AwardKind;
  /** The award's full name (`Cờ thi đua của Ủy ban nhân dân Thành phố`). */
  name: string;
  /** `Cờ thi đua`, `Cờ thi đua của Chính phủ` or `Bằng khen`: the short name for table cells. */
  shortName: string;
  units: ProposedUnitView[];
  /** Names joined with `, `. */
  unitNames: string;
  count: number;
  /** Zero-padded count (`02`). */
  countPadded: string;
  isEmpty: boolean;
  /** True when the conference decided for at least one of the units. */
  byConference: boolean;
}

/** Units tied at a boundary: the conference must vote (`cần bình xét`). */
export interface TieView {
  award: AwardKind | "chair" | "deputy";
  /** What is undecided: an award's name, or `Cụm trưởng năm 2025`. */
  subject: string;
  units: UnitRef[];
  unitNames: string;
  rank: number;
  /** `Đơn vị A, Đơn vị B cùng xếp hạng 2, cần bình xét đề nghị Bằng khen của …` */
  sentence: string;
}

/** This year's and next year's chair and deputy. */
export interface LeadershipView {
  method: RotationMethod;
  /** `luân phiên theo hình thức vòng tròn`, `theo kết quả xếp hạng` or `do Hội nghị bầu`. */
  methodText: string;
  chair: UnitRef;
  deputy: UnitRef | null;
  nextChair: UnitRef | null;
  nextDeputy: UnitRef | null;
  /** The next chair's name, or `chưa xác định (cần bình xét)`. */
  nextChairText: string;
  nextDeputyText: string;
}

/** A row of the score matrix (`bang-diem`). */
export interface MatrixRowView {
  kind: "group" | "criterion" | "subtotal" | "standard" | "bonus" | "deduction" | "total" | "rank";
  /** True for a group heading row: one cell spanning the table. */
  isGroup: boolean;
  /** True for summary rows, printed bold. */
  strong: boolean;
  /** Criterion code, or a Roman/letter label for summary rows; may be empty. */
  code: string;
  label: string;
  /** Maximum points, or empty. */
  max: string;
  /** One cell per unit, in ranking order. */
  cells: string[];
}

/** The full matrix: criteria (grouped, with max) × units, then totals and rank. */
export interface MatrixView {
  /** Units in ranking order: the columns. */
  columns: Array<UnitRef & { stt: number }>;
  rows: MatrixRowView[];
  /** Number of columns: code, criterion, max, then one per unit. */
  columnCount: number;
  /**
   * The same matrix cut into tables of at most 10 units each (14 units → 7 + 7), so that the numbers
   * of a 1 000-point scale still fit landscape A4 beside a readable criteria column.
   */
  parts: MatrixPartView[];
}

/** One table of the matrix: a run of unit columns, with every row's cells for those units. */
export interface MatrixPartView {
  /** 1-based. */
  number: number;
  isFirst: boolean;
  columns: Array<UnitRef & { stt: number }>;
  rows: MatrixRowView[];
  columnCount: number;
}

/** The whole view model. */
export interface ViewModel {
  bloc: {
    name: string;
    nameUpper: string;
    kind: BlocKind;
    /** The council that receives the proposals (`Cấp trên`). */
    council: string;
    /** Who awards (`Cấp khen`). */
    authority: string;
    place: string;
    venue: string | null;
    words: BlocWords;
  };
  year: number;
  nextYear: number;
  /** With `--prev`: the year whose result `units[].prev` shows; else null (no last-year columns). */
  prev: { year: number } | null;
  dates: {
    /** `ngày 16 tháng 01 năm 2024`. */
    meeting: string;
    /** `16/01/2024`. */
    meetingShort: string;
    /** `Hà Nội, ngày 16 tháng 01 năm 2024`: the place-and-date line. */
    placeAndDate: string;
  };
  format: {
    kind: DocumentFormat;
    isParty: boolean;
    /** `TM.` (Nghị định 30/2020) or `T/M` (Hướng dẫn 36-HD/VPTW). */
    onBehalf: string;
    /** `KT.` or `K/T`. */
    signingFor: string;
  };
  /** Document numbers with the number left blank for the clerk: `Số:      /BC-CTĐ`. */
  numbers: { report: string; proposal: string; minutes: string };
  /** The same numbers as cited in a sentence: `số        /TTr-CTĐ`. */
  references: { report: string; proposal: string; minutes: string };
  members: MemberView[];
  memberCount: number;
  /** `05`. */
  memberCountPadded: string;
  /** Units in ranking order. */
  units: UnitView[];
  hasClasses: boolean;
  hasRatings: boolean;
  hasVotes: boolean;
  hasNotes: boolean;
  /** Count per rating (`03 đơn vị hoàn thành xuất sắc nhiệm vụ tiêu biểu`), or null when no rating is given. */
  ratings: { parts: string[]; sentence: string } | null;
  /** Which points counted, as a sentence. */
  scoreSourceText: string;
  /** Maximum standard points. */
  standardMax: string;
  proposals: ProposalView[];
  /** Units proposed for at least one award, in ranking order, numbered for the list table. */
  proposedUnits: Array<UnitRef & { stt: number; total: string; rank: number; awards: string }>;
  /** True when the conference decided for at least one unit. */
  proposalsByConference: boolean;
  /** The computed ladder when the conference decided (for information), else null. */
  computedProposals: ProposalView[] | null;
  /**
   * What the conference's decisions changed against the ranking, one sentence each (rules.md: the
   * minutes say so): a unit the ranking proposed that the vote left without the award, an award given
   * to more units than its count. Empty when nothing changed.
   */
  conferenceChanges: string[];
  ties: TieView[];
  /** Ties on awards only (not on chair/deputy). */
  awardTies: TieView[];
  /** Ties on next year's chair or deputy (by-rank rotation). */
  leadershipTies: TieView[];
  leadership: LeadershipView;
  /** Paragraphs of `Phương hướng`, or null: the report then prints a marked placeholder. */
  plan: string[] | null;
  /** `Căn cứ` lines without the word `Căn cứ` and without final punctuation. */
  legalBases: string[];
  signature: {
    /** `TM. CỤM THI ĐUA SỐ 02` or `T/M CỤM THI ĐUA SỐ 02`. */
    onBehalfLine: string;
    /** `CỤM TRƯỞNG`. */
    capacity: string;
    chairUnit: string;
    signerTitle: string | null;
    signerName: string | null;
  };
  meeting: {
    /** `Giờ họp` (`14 giờ 00`), or null: the minutes print dots to fill in by hand. */
    time: string | null;
    /** `Giờ kết thúc`, or null. */
    endTime: string | null;
    /** Members present (all but `Đơn vị vắng mặt`), zero-padded: `04`. */
    attending: string;
    total: string;
    /** Members present, in `Đơn vị` order, with their role. */
    present: MemberView[];
    /** Members absent, in `Đơn vị` order; empty when everybody came. */
    absent: MemberView[];
    /** Their names joined (`A và B`), or null when everybody came. */
    absentNames: string | null;
    chairPerson: string | null;
    chairPersonTitle: string | null;
    /** `Thư ký hội nghị`, or null: the minutes print dots. */
    secretary: string | null;
  };
  recipients: { report: string[]; proposal: string[] };
  matrix: MatrixView;
}
