import type { Bloc, Criterion } from "../model/bloc.js";
import { formatPoints } from "../model/points.js";
import type { BlocResult, UnitResult } from "../model/result.js";
import { AWARDS } from "../propose/apply-override.js";
import { awardHistoryView } from "./award-history-view.js";
import { cleanStrings } from "./clean-strings.js";
import { joinNames } from "./join-names.js";
import { padCount } from "./text/pad-count.js";
import { romanNumeral } from "./text/roman-numeral.js";
import { upperVietnamese } from "./text/upper-vietnamese.js";
import type { AchievementReportView, ReportScoreRowView, ReportViewModel } from "./report-view-model.js";
import type { ViewModel } from "./view-model.js";

/** A group named with its own numbering (`I. Thực hiện nhiệm vụ`): the numeral and the words. */
const NUMBERED_GROUP = /^([IVXLC]+)[.)]\s+(.*)$/;

/**
 * The points table of section II: the unit's standard points per criteria group, with each group's
 * maximum (per criterion when the scoring table has no groups), then the standard total, bonus,
 * deduction and total. Groups come in the order they first appear in `Tiêu chí`, as in the appendix.
 */
function scoreRows(bloc: Bloc, unit: UnitResult, standardMax: string): ReportScoreRowView[] {
  const standard = bloc.criteria.filter((c) => c.type === "standard");
  const groups: string[] = [];
  for (const c of standard) if (!groups.includes(c.group ?? "")) groups.push(c.group ?? "");
  const grouped = groups.length > 1 || (groups[0] ?? "") !== "";
  const sumMax = (cs: readonly Criterion[]) => formatPoints(cs.reduce((s, c) => s + c.max, 0));
  const rows: ReportScoreRowView[] = grouped
    ? groups.map((group, i) => {
        const numbered = NUMBERED_GROUP.exec(group);
        return {
          stt: numbered?.[1] ?? romanNumeral(i + 1),
          label: numbered?.[2] ?? (group || "Tiêu chí khác"),
          max: sumMax(standard.filter((c) => (c.group ?? "") === group)),
          points: formatPoints(unit.groupSubtotals[group] ?? 0),
          strong: false,
        };
      })
    : standard.map((c) => ({
        stt: c.code,
        label: c.content,
        max: formatPoints(c.max),
        points: formatPoints(bloc.scores[unit.code]?.[c.code]?.points ?? 0),
        strong: false,
      }));
  const sum = (label: string, points: number, max = ""): ReportScoreRowView => ({
    stt: "",
    label,
    max,
    points: formatPoints(points),
    strong: true,
  });
  rows.push(sum("Cộng điểm chuẩn", unit.standard, standardMax));
  if (bloc.criteria.some((c) => c.type === "bonus") || unit.bonus !== 0)
    rows.push(sum("Điểm thưởng", unit.bonus));
  if (bloc.criteria.some((c) => c.type === "deduction") || unit.deduction !== 0)
    rows.push(sum("Điểm trừ", unit.deduction));
  rows.push(sum("Tổng điểm", unit.total));
  return rows;
}

/**
 * The units that get an achievement report for the given awards, in ranking order: each unit the
 * standing proposals name for one of them, once.
 */
export function reportUnits(result: BlocResult, awards: readonly string[]): string[] {
  const named = new Set(result.proposals.filter((p) => awards.includes(p.award)).flatMap((p) => p.units));
  return result.units.filter((u) => named.has(u.code)).map((u) => u.code);
}

/**
 * What one unit's achievement report prints, beside the bloc's view model: the unit as the issuing
 * body under its superior, the awards proposed for it, its result in the bloc (points per group,
 * total of the maximum, rank of the member units, rating, votes) and its earlier distinctions.
 */
export function achievementReportView(
  bloc: Bloc,
  result: BlocResult,
  view: ViewModel,
  code: string,
): ReportViewModel {
  const unit = bloc.units.find((u) => u.code === code);
  const standing = result.units.find((u) => u.code === code);
  const shown = view.units.find((u) => u.code === code);
  if (!unit || !standing || !shown) throw new Error(`achievement report for unknown unit "${code}"`);
  const { info } = bloc;
  const proposals = result.proposals.filter((p) => p.units.includes(code));
  // In the order of the ladder (flag, government flag, certificate), whatever order the proposals came in.
  const awards = AWARDS.flatMap((a) => proposals.filter((p) => p.award === a).map((p) => p.name));
  const superior = unit.superior ?? info.authority;
  const isParty = info.format === "party";
  const history = awardHistoryView(bloc.history ?? [], code);
  const isChair = code === info.chair;
  const report: AchievementReportView = {
    unit: {
      code,
      name: unit.name,
      nameUpper: upperVietnamese(unit.name),
      superior,
      superiorUpper: upperVietnamese(superior),
      role: isChair ? view.bloc.words.chair : code === info.deputy ? view.bloc.words.deputy : null,
    },
    awards,
    awardsText: joinNames(awards),
    byConference: proposals.some((p) => p.decidedBy === "conference"),
    // Nghị định 30/2020 `Số:     /BC-…`, Hướng dẫn 36-HD/VPTW `Số      -BC/…`: the unit's own symbol
    // is not in the workbook, so it is left for its clerk with the number.
    number: isParty ? "Số      -BC/……" : "Số:        /BC-……",
    placeAndDate: `${info.place}, ngày     tháng     năm ${info.meetingDate.year}`,
    standard: shown.standard,
    bonus: shown.bonus,
    deduction: shown.deduction,
    total: shown.total,
    standardMax: view.standardMax,
    rank: shown.rank,
    rankWords: shown.rankWords,
    sharedRank: shown.sharedRank,
    unitCount: padCount(bloc.units.length),
    scoreSource: shown.scoreSource,
    class: shown.class,
    rating: shown.rating,
    votes: shown.votes,
    votesPercent: shown.votesPercent,
    scoreRows: scoreRows(bloc, standing, view.standardMax),
    titles: history.titles,
    honours: history.honours,
    historyRecorded: history.recorded,
    signerName: isChair ? info.signer : null,
    signerTitle: isChair ? info.signerTitle : null,
  };
  return { ...view, report: cleanStrings(report) };
}
