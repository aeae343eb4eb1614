import type { BlocKind, CalendarDate, CriterionType } from "../model/bloc.js";
import type { RuleValues } from "../validate/rules/rule-settings.js";

/** A member unit as `init` writes it into `Đơn vị` and names its score sheet. */
export interface InitUnit {
  /** Short ASCII code: the score sheet's name and the per-unit file's slug. */
  code: string;
  name: string;
  /** `Thứ tự luân phiên` (`init --from`: last year's), or empty. */
  rotationOrder?: number | null;
  /** `Không luân phiên` is marked (`init --from`: as last year). */
  noRotation?: boolean;
}

/** A criterion row of `Tiêu chí`. `max` is in points (10.5), as typed in the sheet. */
export interface InitCriterion {
  code: string;
  content: string;
  max: number;
  type: CriterionType;
  group: string | null;
}

/** The values of `Thông tin`, as the secretary would type them (the example's, or given to `init`). */
export interface InitInfo {
  name: string;
  kind: BlocKind;
  year: number;
  council: string;
  authority: string;
  place: string;
  meetingDate: CalendarDate;
  /** `Giờ họp` as typed (`14 giờ 00`), or "" to leave the cell empty. */
  meetingTime: string;
  venue: string;
  chair: string;
  deputy: string;
  /** The `Luân phiên` cell as typed: `vòng tròn`, `theo xếp hạng` or `chỉ định`. */
  rotation: string;
  signer: string;
  signerTitle: string;
  /** `Thư ký hội nghị`, or "" to leave the cell empty. */
  secretary: string;
  /** The `Thể thức` cell as typed: `hành chính` or `Đảng`. */
  format: string;
}

/**
 * The values that are the example's, not the bloc's: `init` writes them marked `(ví dụ)` and
 * `validate` refuses them until replaced (example-marker.ts). `units` marks the example units' names,
 * `plan` the example paragraphs of `Phương hướng`.
 */
export type ExampleField =
  | "name"
  | "year"
  | "council"
  | "authority"
  | "place"
  | "meetingDate"
  | "venue"
  | "chair"
  | "deputy"
  | "signer"
  | "signerTitle"
  | "units"
  | "plan";

/** Everything the generated workbooks show: the example, or the secretary's facts, units and criteria. */
export interface InitContent {
  info: InitInfo;
  units: InitUnit[];
  criteria: InitCriterion[];
  /** Paragraphs of `Phương hướng`. */
  plan: string[];
  /** Which values are still the example's. */
  examples: readonly ExampleField[];
  /** The `Quy tắc` values (`init --from`: last year's rules); absent, the defaults of rules.md. */
  rules?: RuleValues;
}
