import type { UnitResult } from "../model/result.js";
import type { BlocWords } from "./bloc-words.js";

/** Which points counted (documents.md, section II of the report): the bloc's, the units' own, or both. */
export function scoreSourceText(units: readonly UnitResult[], words: BlocWords): string {
  const sources = new Set(units.map((u) => u.scoreSource));
  if (sources.size === 1 && sources.has("bloc")) {
    return `Điểm tính xếp hạng là điểm do ${words.bloc} chấm.`;
  }
  if (sources.size === 1 && sources.has("self")) {
    return "Điểm tính xếp hạng là điểm các đơn vị tự chấm.";
  }
  return `Điểm tính xếp hạng là điểm do ${words.bloc} chấm; tiêu chí chưa được ${words.shortLower} chấm tính theo điểm đơn vị tự chấm.`;
}
