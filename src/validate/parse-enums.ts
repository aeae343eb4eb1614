import type { AwardKind, Rating } from "../model/bloc.js";
import { normalizeName } from "./normalize-name.js";

const RATING_NAMES: Record<string, Rating> = {
  "hoan thanh xuat sac nhiem vu tieu bieu": "htxs-tieu-bieu",
  "htxsnv tieu bieu": "htxs-tieu-bieu",
  "htxs tieu bieu": "htxs-tieu-bieu",
  "hoan thanh xuat sac nhiem vu": "htxs",
  htxsnv: "htxs",
  htxs: "htxs",
  "hoan thanh tot nhiem vu": "htt",
  httnv: "htt",
  htt: "htt",
  "hoan thanh nhiem vu": "ht",
  htnv: "ht",
  ht: "ht",
  "khong hoan thanh nhiem vu": "kht",
  khtnv: "kht",
  kht: "kht",
};

/** A year rating by its full name or abbreviation (rules.md), or null when unknown. */
export function parseRating(text: string): Rating | null {
  return RATING_NAMES[normalizeName(text).replace(/[.;]$/, "")] ?? null;
}

/**
 * One award named in `Đề nghị khen thưởng`: `Cờ thi đua` (also with `của UBND …`), `Cờ thi đua của
 * Chính phủ`, `Bằng khen` (also `Bằng khen của Chủ tịch …`). Returns null when not an award.
 */
export function parseAward(text: string): AwardKind | null {
  const key = normalizeName(text);
  if (key.startsWith("co thi dua")) return key.includes("chinh phu") ? "governmentFlag" : "flag";
  if (key.startsWith("bang khen")) return "certificate";
  return null;
}

/** True for `Không` (no award). */
export function isNoAward(text: string): boolean {
  const key = normalizeName(text);
  return key === "khong" || key === "none" || key === "-";
}
