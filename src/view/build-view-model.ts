import type { Bloc } from "../model/bloc.js";
import { formatPoints } from "../model/points.js";
import type { BlocResult, UnitResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import { blocWords } from "./bloc-words.js";
import { cleanStrings } from "./clean-strings.js";
import { conferenceChangeSentences } from "./conference-change-sentences.js";
import { joinNames } from "./join-names.js";
import { legalBases } from "./legal-bases.js";
import { leadershipView } from "./leadership-view.js";
import { proposalViews } from "./proposal-views.js";
import { ratingSummary } from "./rating-summary.js";
import { buildScoreMatrix } from "./score-matrix.js";
import { scoreSourceText } from "./score-source-text.js";
import { formatClockTime } from "./text/clock-time.js";
import { padCount } from "./text/pad-count.js";
import { upperVietnamese } from "./text/upper-vietnamese.js";
import { formatShortDate, formatVietnameseDate } from "./text/vietnamese-date.js";
import { tieViews } from "./tie-views.js";
import { unitViews } from "./unit-views.js";
import type { MemberView, ViewModel } from "./view-model.js";

/**
 * The one plain object the templates see, built from the validated bloc and its computed result, and
 * with `--prev` last year's standing.
 */
export function buildViewModel(bloc: Bloc, result: BlocResult, prev: PrevYear | null = null): ViewModel {
  const { info } = bloc;
  const words = blocWords(info.kind);
  const isParty = info.format === "party";
  const unitsByCode = new Map<string, UnitResult>(result.units.map((u) => [u.code, u]));
  const leadership = leadershipView(bloc, result);
  const ties = tieViews(bloc, result, words);
  const byConference = result.proposals.some((p) => p.decidedBy === "conference");
  const units = unitViews(bloc.units, result, words, prev);
  const meetingDate = formatVietnameseDate(info.meetingDate);
  // Nghị định 30/2020 writes `Số:     /BC-KTĐ`; Hướng dẫn 36-HD/VPTW writes `Số 05-BC/KTĐ`. The number
  // is left blank: the clerk assigns it when the document is registered.
  const reference = (symbol: string): string =>
    isParty ? `số      -${symbol}/${words.abbreviation}` : `số        /${symbol}-${words.abbreviation}`;
  const number = (symbol: string): string =>
    isParty ? `Số      -${symbol}/${words.abbreviation}` : `Số:        /${symbol}-${words.abbreviation}`;
  const memberLine = `Các đơn vị thành viên ${info.name}`;
  const members: MemberView[] = bloc.units.map((u, i) => ({
    code: u.code,
    name: u.name,
    stt: i + 1,
    role: u.code === info.chair ? words.chair : u.code === info.deputy ? words.deputy : null,
  }));
  const present = members.filter((m) => !info.absent.includes(m.code));
  const absent = members.filter((m) => info.absent.includes(m.code));

  const view: ViewModel = {
    bloc: {
      name: info.name,
      nameUpper: upperVietnamese(info.name),
      kind: info.kind,
      council: info.council,
      authority: info.authority,
      place: info.place,
      venue: info.venue,
      words,
    },
    year: info.year,
    nextYear: info.year + 1,
    prev: prev === null ? null : { year: prev.year },
    dates: {
      meeting: meetingDate,
      meetingShort: formatShortDate(info.meetingDate),
      placeAndDate: `${info.place}, ${meetingDate}`,
    },
    format: {
      kind: info.format,
      isParty,
      onBehalf: isParty ? "T/M" : "TM.",
      signingFor: isParty ? "K/T" : "KT.",
    },
    numbers: { report: number("BC"), proposal: number("TTr"), minutes: number("BB") },
    references: { report: reference("BC"), proposal: reference("TTr"), minutes: reference("BB") },
    members,
    memberCount: bloc.units.length,
    memberCountPadded: padCount(bloc.units.length),
    units,
    hasClasses: result.units.some((u) => u.class !== null),
    hasRatings: bloc.units.some((u) => u.rating !== null),
    hasVotes: bloc.units.some((u) => u.votes !== null),
    hasNotes: bloc.units.some((u) => u.note !== null),
    ratings: ratingSummary(bloc.units),
    scoreSourceText: scoreSourceText(result.units, words),
    standardMax: formatPoints(result.standardMax),
    proposals: proposalViews(result.proposals, unitsByCode),
    proposedUnits: units
      .filter((u) => u.awards.length > 0)
      .map((u, i) => ({
        code: u.code,
        name: u.name,
        stt: i + 1,
        total: u.total,
        rank: u.rank,
        awards: u.awards.join("; "),
      })),
    proposalsByConference: byConference,
    computedProposals: byConference ? proposalViews(result.computedProposals, unitsByCode) : null,
    conferenceChanges: conferenceChangeSentences(bloc, result),
    ties,
    awardTies: ties.filter((t) => t.award !== "chair" && t.award !== "deputy"),
    leadershipTies: ties.filter((t) => t.award === "chair" || t.award === "deputy"),
    leadership,
    plan: bloc.plan === null || bloc.plan.length === 0 ? null : [...bloc.plan],
    legalBases: legalBases(bloc),
    signature: {
      onBehalfLine: `${isParty ? "T/M" : "TM."} ${upperVietnamese(info.name)}`,
      capacity: words.chairUpper,
      chairUnit: leadership.chair.name,
      signerTitle: info.signerTitle,
      signerName: info.signer,
    },
    meeting: {
      time: info.meetingTime === null ? null : formatClockTime(info.meetingTime),
      endTime: info.endTime === null ? null : formatClockTime(info.endTime),
      attending: padCount(present.length),
      total: padCount(members.length),
      // Numbered again: the minutes list who came.
      present: present.map((m, i) => ({ ...m, stt: i + 1 })),
      absent,
      absentNames: absent.length === 0 ? null : joinNames(absent.map((m) => m.name)),
      chairPerson: info.signer,
      chairPersonTitle: info.signerTitle,
      secretary: info.secretary,
    },
    recipients: {
      report: [`${info.council} (để báo cáo)`, memberLine],
      proposal: ["Như trên", memberLine],
    },
    matrix: buildScoreMatrix(bloc, result),
  };
  return cleanStrings(view);
}
