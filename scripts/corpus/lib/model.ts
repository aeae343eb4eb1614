/**
 * The shapes the corpus is written in: a bloc (its `Thông tin` facts and its units), a criteria tree
 * as the province publishes it, and each unit's points. The expectations are computed from these
 * (lib/expect.ts), never from what the layouts print, so a layout can carry decoys (last year's sheet,
 * a copied form) without touching the truth.
 */
import type ExcelJS from "exceljs";
import type { FormSheet } from "./form-sheet.js";

/** What a criterion's points are: the `Loại` a published table gives by its section headings. */
export type Section = "standard" | "bonus" | "deduction";

/** A scored row of the published table. */
export interface Leaf {
  /** As printed in the `TT` column: `1`, `a`, or a full decimal code such as `1.2`. */
  tt: string;
  text: string;
  max: number;
  /** Explanation rows printed under it (`- Hoàn thành 100%: 20 điểm`); they carry no points. */
  notes?: readonly string[];
  /**
   * A bonus or deduction row standing as the last row of an ordinary group (`4. Điểm thưởng: …`)
   * instead of in a section of its own; it is not part of its group's printed points.
   */
  section?: Section;
}

/** A heading row (`I`, `A.`, `PHẦN I`) carrying its group's points. */
export interface Group {
  tt: string;
  title: string;
  /** Bonus and deduction sections type every row under them; standard by default. */
  section?: Section;
  children: readonly Node[];
  /** Points printed on the group row when they are not the sum of its rows' maxima (bonus caps). */
  points?: number;
}

export type Node = Leaf | Group;

export function isGroup(node: Node): node is Group {
  return "children" in node;
}

export interface Unit {
  code: string;
  /** The full name of `Đơn vị` › `Tên đơn vị`. */
  name: string;
  rating?: string;
  discipline?: string;
  rotationOrder?: number;
  noRotation?: boolean;
  note?: string;
}

export interface Bloc {
  name: string;
  kind: "Khối" | "Cụm";
  year: number;
  council: string;
  authority?: string;
  place: string;
  /** `dd/mm/yyyy`, written as a real date. */
  meeting: string;
  venue?: string;
  chair: string;
  deputy: string;
  signer?: string;
  signerTitle?: string;
  format?: "hành chính" | "Đảng";
  units: readonly Unit[];
}

/** Points by unit code, then criterion key (lib/tree.ts `leafKey`). */
export type Points = Record<string, Record<string, number>>;

/** The truth of one bloc-year: what each unit scored itself and what the bloc agreed. */
export interface Scores {
  self: Points;
  /** The bloc's agreed points; a row given here counts instead of the self score. */
  agreed?: Points;
  /** A per-criterion bonus column beside the self score: each value is that row's bonus. */
  rowBonus?: Points;
}

/** One place a careful reader must name when it refuses a set. */
export interface ExpectedError {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  why: string;
}

/** A workbook of the set, built with exceljs, written to `path` (relative to the set folder). */
export interface OutFile {
  path: string;
  book: ExcelJS.Workbook;
}

/** A unit's form written to its own file, with where its cells landed (for a refusal's cell). */
export interface FormFile extends OutFile {
  sheet: FormSheet;
}

/** What a set definition builds: its files (bloc workbook first) and, for a refusal, the errors. */
export interface Built {
  files: OutFile[];
  errors?: ExpectedError[];
  /** When the command line is not simply every file in order. */
  args?: string[];
}

export interface CorpusSet {
  /** `NN-short-name`, the folder name. */
  id: string;
  title: string;
  layout: readonly string[];
  bloc: Bloc;
  tree: readonly Group[];
  scores: Scores;
  /** A set about ties says so; any other set must rank without ties. */
  ties?: boolean;
  build(): Built;
}
