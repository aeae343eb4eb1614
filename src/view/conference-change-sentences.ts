import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import { conferenceChanges } from "../propose/conference-changes.js";
import { awardName } from "../propose/award-names.js";
import { joinNames } from "./join-names.js";
import { padCount } from "./text/pad-count.js";

/**
 * The minutes' record of what the conference's vote changed against the ranking (rules.md "the
 * warnings and the minutes say so"), from the same `conferenceChanges` as the warnings.
 */
export function conferenceChangeSentences(bloc: Bloc, result: BlocResult): string[] {
  const nameOf = (code: string): string => result.units.find((u) => u.code === code)?.name ?? code;
  const award = (kind: Parameters<typeof awardName>[0]): string =>
    awardName(kind, bloc, [...result.proposals, ...result.computedProposals]);
  const words = bloc.info.kind === "cum" ? "Cụm" : "Khối";
  const { dropped, exceeded } = conferenceChanges(result.proposals, result.computedProposals, bloc.rules);
  return [
    ...dropped.map((d) => {
      const names = joinNames(d.units.map(nameOf));
      const which = d.units.length === 1 ? "đơn vị này" : "các đơn vị này";
      return `Theo kết quả chấm điểm, xếp hạng, ${names} thuộc diện đề nghị tặng ${award(d.award)}; Hội nghị biểu quyết không đề nghị tặng ${award(d.award)} cho ${which}`;
    }),
    ...exceeded.map((e) => {
      const bound =
        e.limit === 0
          ? `trong khi quy định của ${words} không đề nghị hình thức khen thưởng này`
          : `nhiều hơn số lượng ${padCount(e.limit)} đơn vị theo quy định của ${words}`;
      return `Hội nghị đề nghị tặng ${award(e.award)} cho ${padCount(e.units.length)} đơn vị (${joinNames(e.units.map(nameOf))}), ${bound}`;
    }),
  ];
}
