import type { BlocKind, CalendarDate, CriterionType } from "../model/bloc.js";

/** A member unit as `init` writes it into `Đơn vị` and names its score sheet. */
export interface InitUnit {
  /** Short ASCII code: the score sheet's name and the per-unit file's slug. */
  code: string;
  name: string;
}

/** A criterion row of `Tiêu chí`. `max` is in points (10.5), as typed in the sheet. */
export interface InitCriterion {
  code: string;
  content: string;
  max: number;
  type: CriterionType;
  group: string | null;
}

/** The example values of `Thông tin`, as the secretary would type them. */
export interface InitInfo {
  name: string;
  kind: BlocKind;
  year: number;
  council: string;
  authority: string;
  place: string;
  meetingDate: CalendarDate;
  venue: string;
  chair: string;
  deputy: string;
  /** The `Luân phiên` cell as typed: `vòng tròn`, `theo xếp hạng` or `chỉ định`. */
  rotation: string;
  signer: string;
  signerTitle: string;
  /** The `Thể thức` cell as typed: `hành chính` or `Đảng`. */
  format: string;
}

/** Everything the generated workbooks show: the example, or the secretary's units and criteria. */
export interface InitContent {
  info: InitInfo;
  units: InitUnit[];
  criteria: InitCriterion[];
  /** Paragraphs of `Phương hướng`. */
  plan: string[];
}
