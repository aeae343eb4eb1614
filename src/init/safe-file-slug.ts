import { stripDiacritics } from "./strip-diacritics.js";

/** Names Windows refuses as file names, whatever the extension (CON.xlsx is still CON). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_SLUG_LENGTH = 60;

/**
 * An ASCII file-name slug (`DUK-CQ` → `duk-cq`): lower-case letters, digits and single dashes only,
 * so no path separator, dot or reserved device name survives (`../../x` → `x`, `CON` → `con-dv`).
 * An empty result falls back to `fallback`.
 */
export function safeFileSlug(text: string, fallback = "don-vi"): string {
  let slug = stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  if (slug === "") slug = fallback;
  if (WINDOWS_RESERVED.test(slug)) slug = `${slug}-dv`;
  return slug;
}

/** Slugs for several texts, made unique with `-2`, `-3`… (`A.B` and `A-B` both slug to `a-b`). */
export function uniqueFileSlugs(texts: readonly string[], fallback = "don-vi"): string[] {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = safeFileSlug(text, fallback);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
