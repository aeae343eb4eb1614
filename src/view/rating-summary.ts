import { RATINGS, type Unit } from "../model/bloc.js";
import { RATING_WORDS } from "./rating-words.js";
import { padCount } from "./text/pad-count.js";

/**
 * The count of units per rating in prose, highest rating first, as the seeds write it:
 * `03 đơn vị hoàn thành xuất sắc nhiệm vụ tiêu biểu; 02 đơn vị hoàn thành xuất sắc nhiệm vụ`.
 * Ratings no unit has are left out; null when no unit has a rating.
 */
export function ratingSummary(units: readonly Unit[]): { parts: string[]; sentence: string } | null {
  const parts: string[] = [];
  for (const rating of RATINGS) {
    const count = units.filter((u) => u.rating === rating).length;
    if (count > 0) parts.push(`${padCount(count)} đơn vị ${RATING_WORDS[rating]}`);
  }
  return parts.length === 0 ? null : { parts, sentence: parts.join("; ") };
}
