import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { CellValue, RawSheet } from "../../read/raw-workbook.js";
import { displayText, formulaProblem, parseNumberText } from "../cell-values.js";
import type { KeySpec } from "../key-values.js";
import { matchKey, readKeyValues } from "../key-values.js";
import { normalizeName } from "../normalize-name.js";

type SheetKey =
  | "tieBreakers"
  | "bonusCap"
  | "classes"
  | "flag.count"
  | "flag.minPercent"
  | "governmentFlag"
  | "certificate.count"
  | "certificate.minPercent"
  | "voteThreshold"
  | "awards.flag.name"
  | "awards.governmentFlag.name"
  | "awards.certificate.name"
  | "legalBases";

/** The Vietnamese keys of `Quy tắc` (rules.md); the JSON keys are accepted too. */
const SHEET_KEYS: readonly KeySpec<SheetKey>[] = [
  { key: "tieBreakers", names: ["Tiêu chí phụ", "tieBreakers"] },
  { key: "bonusCap", names: ["Điểm thưởng tối đa", "bonusCap"] },
  { key: "classes", names: ["Xếp loại", "classes"] },
  { key: "flag.count", names: ["Số Cờ thi đua", "flag.count"] },
  { key: "flag.minPercent", names: ["Điểm tối thiểu Cờ thi đua", "flag.minPercent"] },
  { key: "governmentFlag", names: ["Đề nghị Cờ thi đua của Chính phủ", "governmentFlag"] },
  { key: "certificate.count", names: ["Số Bằng khen", "certificate.count"] },
  { key: "certificate.minPercent", names: ["Điểm tối thiểu Bằng khen", "certificate.minPercent"] },
  { key: "voteThreshold", names: ["Tỷ lệ phiếu tối thiểu", "voteThreshold"] },
  { key: "awards.flag.name", names: ["Tên Cờ thi đua", "awards.flag.name"] },
  {
    key: "awards.governmentFlag.name",
    names: ["Tên Cờ thi đua của Chính phủ", "awards.governmentFlag.name"],
  },
  { key: "awards.certificate.name", names: ["Tên Bằng khen", "awards.certificate.name"] },
  { key: "legalBases", names: ["Căn cứ", "legalBases"] },
];

const YES = new Set(["co", "x", "true", "1", "yes", "dung"]);
const NO = new Set(["khong", "false", "0", "no", "sai"]);

type Parsed = { ok: true; value: unknown } | { ok: false; expected: string };

function number(text: string): Parsed {
  const n = parseNumberText(text.replace(/%$/, ""));
  return n === null ? { ok: false, expected: "một số" } : { ok: true, value: n };
}

function parseValue(key: SheetKey, cell: CellValue, text: string): Parsed {
  switch (key) {
    case "tieBreakers":
      return {
        ok: true,
        value: text
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      };
    case "classes": {
      const bands = [];
      for (const part of text
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== "")) {
        const m = /^([\d.,]+)\s*%?\s*[:=]\s*(.+)$/.exec(part);
        const min = m ? parseNumberText(m[1] ?? "") : null;
        if (!m || min === null) return { ok: false, expected: 'danh sách dạng "90: Xuất sắc; 80: Tốt"' };
        bands.push({ min, label: (m[2] ?? "").trim() });
      }
      return { ok: true, value: bands };
    }
    case "governmentFlag": {
      const k = cell.kind === "boolean" ? String(cell.value) : normalizeName(text);
      if (YES.has(k)) return { ok: true, value: true };
      if (NO.has(k)) return { ok: true, value: false };
      return { ok: false, expected: "có hoặc không" };
    }
    case "certificate.count":
      return ["tat ca", "all"].includes(normalizeName(text)) ? { ok: true, value: "all" } : number(text);
    case "voteThreshold": {
      const n = parseNumberText(text.replace(/%$/, ""));
      if (n === null) return { ok: false, expected: "một tỷ lệ như 0,5 hoặc 50%" };
      return { ok: true, value: text.trim().endsWith("%") ? n / 100 : n };
    }
    case "bonusCap":
    case "flag.count":
    case "flag.minPercent":
    case "certificate.minPercent":
      return number(text);
    case "awards.flag.name":
    case "awards.governmentFlag.name":
    case "awards.certificate.name":
      return { ok: true, value: text };
    case "legalBases":
      return { ok: true, value: [text] };
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] ?? path] = value;
}

/**
 * Reads the `Quy tắc` sheet into the shape of a rules JSON file, with the cell of each key kept for
 * messages. `Căn cứ` takes one line per row: rows under it with an empty key continue the list.
 */
export function parseRulesSheet(
  sheet: RawSheet,
  file: string,
): { input: Record<string, unknown>; locations: Map<string, Location>; diagnostics: Diagnostic[] } {
  const input: Record<string, unknown> = {};
  const locations = new Map<string, Location>();
  const diagnostics: Diagnostic[] = [];
  const legalBases: string[] = [];
  let previous: SheetKey | undefined;
  for (const row of readKeyValues(sheet, file)) {
    const key =
      row.key === "" && previous === "legalBases" ? "legalBases" : matchKey(SHEET_KEYS, row.normalizedKey);
    previous = key;
    if (key === undefined) {
      // A title row (a key with no value) is layout, not a setting.
      if (row.value.kind === "empty") continue;
      diagnostics.push(
        diagnostic(
          "unknownRulesKey",
          "error",
          { ...row.location, cell: `A${row.row}` },
          { key: row.key, known: SHEET_KEYS.map((s) => s.names[0]).join(", ") },
        ),
      );
      continue;
    }
    const problem = formulaProblem(row.value, row.location);
    if (problem) {
      diagnostics.push(problem);
      continue;
    }
    const text = displayText(row.value);
    if (text === "") continue;
    const parsed = parseValue(key, row.value, text);
    if (!parsed.ok) {
      diagnostics.push(
        diagnostic("invalidRulesValue", "error", row.location, {
          key: row.key,
          expected: parsed.expected,
          found: text,
        }),
      );
      continue;
    }
    locations.set(key, row.location);
    if (key === "legalBases") legalBases.push(text);
    else setPath(input, key, parsed.value);
  }
  if (legalBases.length > 0) input.legalBases = legalBases;
  return { input, locations, diagnostics };
}
