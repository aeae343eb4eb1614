import type { PackageSheet } from "../package/workbook-package.js";
import { partKey } from "../package/part-names.js";

/** Excel numbers sheets 1, 2, 3… and reuses no id; a million is far past any workbook it writes. */
const MAX_SHEET_ID = 1_000_000;

/**
 * The sheet list is checked before anything trusts it. A sheetId repeated, absent or absurd makes
 * two sheets one (other parts name sheets by it): a damaged or hand-made list. Two sheets on one
 * part multiply the reading. Two sheets whose names differ only in case cannot be told apart by the
 * validator (nor opened by Excel). Says which sheet.
 */
export function checkSheetList(sheets: readonly PackageSheet[]): { reason: string; sheet: string } | null {
  const seenIds = new Set<number>();
  const seenNames = new Map<string, string>();
  const seenParts = new Map<string, string>();
  for (const { name, sheetId, part } of sheets) {
    // Two sheets on one part would read it twice: 900 names on one 90 000-row part made a 27 KB
    // file cost the reader 900 × 90 000 rows, past every limit measured on the parts.
    const key = part === null ? null : partKey(part);
    const sharing = key === null ? undefined : seenParts.get(key);
    if (sharing !== undefined) {
      return {
        reason: `danh sách trang tính bị hỏng ("${sharing}" và "${name}" cùng một nội dung)`,
        sheet: name,
      };
    }
    if (key !== null) seenParts.set(key, name);
    const id = Number(sheetId);
    if (!/^\d+$/.test(sheetId) || id < 1 || id > MAX_SHEET_ID || seenIds.has(id)) {
      return { reason: `danh sách trang tính bị hỏng (số hiệu "${sheetId}")`, sheet: name };
    }
    seenIds.add(id);
    const nameKey = name.normalize("NFC").toLowerCase();
    const other = seenNames.get(nameKey);
    if (other !== undefined)
      return { reason: `hai trang tính "${other}" và "${name}" trùng tên`, sheet: name };
    seenNames.set(nameKey, name);
  }
  return null;
}
