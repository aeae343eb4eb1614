import type { Bloc } from "../model/bloc.js";
import { formatDateNoPrefix } from "./text/vietnamese-date.js";

/** The default `Căn cứ` lines of the Tờ trình (documents.md), with `{Tên khối}`, `{Ngày họp}`, `N`. */
const DEFAULT_LEGAL_BASES = [
  "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022",
  "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
  "Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm {Năm} của {Tên khối} ngày {Ngày họp}",
];

/**
 * The `Căn cứ` lines: the bloc's own list (`legalBases` / `Căn cứ`) or the defaults, with the
 * placeholders `{Tên khối}`, `{Ngày họp}` and `{Năm}` filled in. A leading `Căn cứ` and the final
 * `;`/`.`/`,` are removed, so the template decides the punctuation.
 */
export function legalBases(bloc: Bloc): string[] {
  const lines = bloc.rules.legalBases ?? DEFAULT_LEGAL_BASES;
  return lines
    .map((line) =>
      line
        .replace(/\{\s*Tên khối\s*\}/giu, bloc.info.name)
        .replace(/\{\s*Ngày họp\s*\}/giu, formatDateNoPrefix(bloc.info.meetingDate))
        .replace(/\{\s*Năm\s*\}/giu, String(bloc.info.year))
        .trim()
        .replace(/^căn cứ\s+/iu, "")
        .replace(/[\s;.,]+$/u, ""),
    )
    .filter((line) => line.length > 0);
}
