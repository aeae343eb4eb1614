import type { Bloc } from "../model/bloc.js";
import type { BlocResult, Tie } from "../model/result.js";
import { awardName } from "../propose/award-names.js";
import type { BlocWords } from "./bloc-words.js";
import { joinNames } from "./join-names.js";
import type { TieView } from "./view-model.js";

/**
 * Ties the conference must settle (rules.md: a tie at a boundary is never broken silently), each
 * with a sentence saying who is tied, at which rank, and for what: `cần bình xét`.
 */
export function tieViews(bloc: Bloc, result: BlocResult, words: BlocWords): TieView[] {
  const nameOf = (code: string): string =>
    result.units.find((u) => u.code === code)?.name ?? bloc.units.find((u) => u.code === code)?.name ?? code;
  return result.ties.map((tie: Tie) => {
    const units = tie.units.map((code) => ({ code, name: nameOf(code) }));
    const unitNames = joinNames(units.map((u) => u.name));
    const nextYear = bloc.info.year + 1;
    const subject =
      tie.award === "chair"
        ? `${words.chair} năm ${nextYear}`
        : tie.award === "deputy"
          ? `${words.deputy} năm ${nextYear}`
          : awardName(tie.award, bloc, [...result.proposals, ...result.computedProposals]);
    const verb = tie.award === "chair" || tie.award === "deputy" ? "bầu" : "đề nghị";
    return {
      award: tie.award,
      subject,
      units,
      unitNames,
      rank: tie.rank,
      sentence: `${unitNames} cùng xếp hạng ${tie.rank}, cần bình xét ${verb} ${subject}`,
    };
  });
}
