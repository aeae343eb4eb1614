import type { Rating } from "../model/bloc.js";

/** The year ratings in prose, highest first (rules.md). */
export const RATING_WORDS: Record<Rating, string> = {
  "htxs-tieu-bieu": "hoàn thành xuất sắc nhiệm vụ tiêu biểu",
  htxs: "hoàn thành xuất sắc nhiệm vụ",
  htt: "hoàn thành tốt nhiệm vụ",
  ht: "hoàn thành nhiệm vụ",
  kht: "không hoàn thành nhiệm vụ",
};

/** `Hoàn thành xuất sắc nhiệm vụ`: a rating as a table cell. */
export function ratingLabel(rating: Rating): string {
  const words = RATING_WORDS[rating];
  return words.charAt(0).toLocaleUpperCase("vi") + words.slice(1);
}
