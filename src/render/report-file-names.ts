import type { Bloc } from "../model/bloc.js";
import { slugify } from "../output/slug.js";

/**
 * Each unit's part of its achievement report's file name, `bao-cao-thanh-tich-<part>.docx`: the slug
 * of its name (`ban-quan-ly-cac-khu-cong-nghiep-va-che-xuat-ha-noi`), ASCII like every output name
 * (cli.md). Two units whose names give the same slug get their code's slug after it, and should
 * that still clash, their row number, so that no report overwrites another.
 */
export function reportFileNames(bloc: Bloc): Map<string, string> {
  const slugs = bloc.units.map((u) => slugify(u.name));
  const parts = bloc.units.map((u, i) => {
    const slug = slugs[i] ?? "";
    return slugs.filter((s) => s === slug).length > 1 ? `${slug}-${slugify(u.code)}` : slug;
  });
  return new Map(
    bloc.units.map((u, i) => {
      const part = parts[i] ?? "";
      return [u.code, parts.filter((p) => p === part).length > 1 ? `${part}-${i + 1}` : part];
    }),
  );
}
