/** Pieces the blind sets share with each other: replacing one file of a set, a set's unit by code. */
import type { Built, OutFile } from "../../lib/model.js";

/** The set's files with one of them replaced (same path). */
export function replace(built: Built, file: OutFile): OutFile[] {
  if (!built.files.some((f) => f.path === file.path)) throw new Error(`no file ${file.path} to replace`);
  return built.files.map((f) => (f.path === file.path ? file : f));
}

/** `ỦY BAN NHÂN DÂN` over `HUYỆN NAM SÁCH`: a district committee's own banner, from its full name. */
export function districtBanner(name: string): string[] {
  return ["ỦY BAN NHÂN DÂN", name.replace(/^Ủy ban nhân dân /u, "").toLocaleUpperCase("vi")];
}
