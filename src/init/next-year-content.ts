import type { JsonResult } from "../output/json-schemas.js";
import { RESULT_JSON } from "../output/result-file.js";
import { readRulesJson } from "../validate/rules/parse-rules-file.js";
import { defaultValues } from "../validate/rules/rule-settings.js";
import { blocWords } from "../view/bloc-words.js";
import { exampleMeetingDate } from "./example-content.js";
import type { ExampleField, InitContent, InitInfo } from "./init-content.js";

const ROTATION_TEXT = {
  "round-robin": "vòng tròn",
  "by-rank": "theo xếp hạng",
  assigned: "chỉ định",
} as const;
const FORMAT_TEXT = { administrative: "hành chính", party: "Đảng" } as const;

/** Next year's workbook content and what `init` tells the secretary about it. */
export interface NextYear {
  content: InitContent;
  /** What was carried over and what is left to fill in (Vietnamese, for display). */
  notes: string[];
  /** What needs the secretary's decision: a chair or deputy a tie left undecided (Vietnamese). */
  warnings: string[];
}

/**
 * Next year's workbook from this year's result (`thidua init --from`): the year after; the same
 * units (codes, names, `Đơn vị` order, rotation marks), criteria and rules; as chair and deputy the
 * ones this year's conference elected (the rotation's next chair and deputy). What nobody knows yet
 * stays to fill in: the meeting date is the example's, marked `(ví dụ)`; a chair or deputy a tie left
 * undecided is one of the tied units, marked, with a warning; the venue and the signer, which go with
 * the chair unit, are empty unless the chair stays; votes, ratings and scores are empty.
 */
export function nextYearContent(last: JsonResult): NextYear {
  const { structure } = last;
  const year = last.bloc.year + 1;
  const words = blocWords(last.bloc.kind);
  const examples: ExampleField[] = ["meetingDate"];
  const notes: string[] = [];
  const warnings: string[] = [];
  const nameOf = (code: string): string => structure.units.find((u) => u.code === code)?.name ?? code;
  /** The elected unit, or a tied candidate marked as the example's when the tie left it undecided. */
  const elected = (role: "chair" | "deputy", code: string | null, taken: string | null): string => {
    if (code !== null) return code;
    // A tie for the chair leaves the deputy undecided too: its candidates are the same units.
    const tie = last.ties.find((t) => t.award === role) ?? last.ties.find((t) => t.award === "chair");
    const tied = tie?.units ?? [];
    const candidates = tied.length > 0 ? tied : structure.units.map((u) => u.code);
    const candidate = candidates.find((c) => c !== taken) ?? "";
    examples.push(role);
    const word = role === "chair" ? words.chair : words.deputy;
    warnings.push(
      `${word} năm ${year} chưa xác định: ${tied.length > 0 ? `${tied.map(nameOf).join(", ")} bằng điểm, cần hội nghị bình xét` : "năm trước chưa bầu"}. Ô ${word} ở trang Thông tin ghi tạm "(ví dụ) ${candidate}": thay bằng đơn vị hội nghị đã bầu.`,
    );
    return candidate;
  };
  const chair = elected("chair", last.rotation.next.chair, null);
  const deputy = elected("deputy", last.rotation.next.deputy, chair);
  // The conference is usually held at the chair unit, whose head signs: both go with the chair.
  const sameChair = chair === last.rotation.current.chair;
  const info: InitInfo = {
    name: last.bloc.name,
    kind: last.bloc.kind,
    year,
    council: structure.info.council,
    authority: structure.info.authority,
    place: structure.info.place,
    meetingDate: exampleMeetingDate(year),
    meetingTime: "",
    venue: sameChair ? (structure.info.venue ?? "") : "",
    chair,
    deputy,
    rotation: ROTATION_TEXT[last.rotation.method],
    signer: sameChair ? (structure.info.signer ?? "") : "",
    signerTitle: sameChair ? (structure.info.signerTitle ?? "") : "",
    secretary: "",
    format: FORMAT_TEXT[structure.info.format],
  };
  const content: InitContent = {
    info,
    units: structure.units.map((u) => ({
      code: u.code,
      name: u.name,
      rotationOrder: u.rotationOrder,
      noRotation: u.noRotation,
    })),
    criteria: structure.criteria.map((c) => ({ ...c })),
    plan: [],
    examples,
    // Checked when ket-qua.json was read (read-result-file.ts), or written by rulesToJson just now.
    rules: { ...defaultValues(), ...readRulesJson(structure.rules, RESULT_JSON).values },
  };

  notes.push(
    `Năm ${year} tiếp nối năm ${last.bloc.year}: ${structure.units.length} đơn vị, ${structure.criteria.length} tiêu chí và quy tắc như năm ${last.bloc.year}; ${words.chair}: ${examples.includes("chair") ? "chưa xác định" : nameOf(chair)}; ${words.deputy}: ${examples.includes("deputy") ? "chưa xác định" : nameOf(deputy)}.`,
  );
  const toFill = [
    `Ngày họp (ô ghi "(ví dụ)")`,
    ...(sameChair ? [] : ["Địa điểm", "Người ký", "Chức vụ người ký"]),
    ...(last.rotation.method === "assigned" ? [`${words.chair} năm sau`, `${words.deputy} năm sau`] : []),
  ];
  notes.push(
    `Còn phải điền ở trang Thông tin: ${toFill.join(", ")}; điểm chấm của các đơn vị; xếp loại, số phiếu nếu có.`,
  );
  // A criterion's text often names its year ("… được giao năm 2023"): kept as written, pointed out.
  const dated = structure.criteria.filter((c) => c.content.includes(String(last.bloc.year)));
  if (dated.length > 0)
    notes.push(
      `Nội dung tiêu chí ${dated.map((c) => c.code).join(", ")} có ghi năm ${last.bloc.year}: xem lại ở trang Tiêu chí (và bảng tự chấm).`,
    );
  return { content, notes, warnings };
}
