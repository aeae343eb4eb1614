import type {
  BlocInfo,
  BlocKind,
  CalendarDate,
  ClockTime,
  DocumentFormat,
  RotationMethod,
} from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { INFO_LABELS, headKeys } from "../model/workbook-labels.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { isEmpty, readDate, readText } from "./cell-values.js";
import { exampleExcerpt, isExampleText } from "./example-marker.js";
import type { KeySpec } from "./key-values.js";
import { matchKey, readKeyValues } from "./key-values.js";
import { normalizeName } from "./normalize-name.js";
import { checkMeetingDate } from "./meeting-window.js";
import { readClockTime } from "./read-clock-time.js";
import { readYear } from "./read-year.js";

type InfoKey =
  | "name"
  | "kind"
  | "year"
  | "council"
  | "authority"
  | "place"
  | "meetingDate"
  | "meetingTime"
  | "endTime"
  | "venue"
  | "chair"
  | "deputy"
  | "rotation"
  | "nextChair"
  | "nextDeputy"
  | "signer"
  | "signerTitle"
  | "secretary"
  | "absent"
  | "format";

/** The keys of `Thông tin` (workbook.md), with the `Cụm …` forms and English aliases. */
const INFO_KEYS: readonly KeySpec<InfoKey>[] = [
  { key: "name", names: [INFO_LABELS.name, "Tên cụm", "Name"] },
  { key: "kind", names: [INFO_LABELS.kind, "Kind"] },
  { key: "year", names: [INFO_LABELS.year, "Year"] },
  { key: "council", names: [INFO_LABELS.council, "Council"] },
  { key: "authority", names: [INFO_LABELS.authority, "Authority"] },
  { key: "place", names: [INFO_LABELS.place, "Place"] },
  { key: "meetingDate", names: [INFO_LABELS.meetingDate, "Meeting date"] },
  { key: "meetingTime", names: [INFO_LABELS.meetingTime, "Meeting time"] },
  { key: "endTime", names: [INFO_LABELS.endTime, "End time"] },
  { key: "venue", names: [INFO_LABELS.venue, "Venue"] },
  { key: "chair", names: [headKeys("Khối").chair, headKeys("Cụm").chair, "Chair"] },
  { key: "deputy", names: [headKeys("Khối").deputy, headKeys("Cụm").deputy, "Deputy"] },
  { key: "rotation", names: [INFO_LABELS.rotation, "Rotation"] },
  { key: "nextChair", names: [headKeys("Khối").nextChair, headKeys("Cụm").nextChair, "Next chair"] },
  { key: "nextDeputy", names: [headKeys("Khối").nextDeputy, headKeys("Cụm").nextDeputy, "Next deputy"] },
  { key: "signer", names: [INFO_LABELS.signer, "Signer"] },
  { key: "signerTitle", names: [INFO_LABELS.signerTitle, "Signer title"] },
  { key: "secretary", names: [INFO_LABELS.secretary, "Thư ký", "Secretary"] },
  { key: "absent", names: [INFO_LABELS.absent, "Vắng mặt", "Absent"] },
  { key: "format", names: [INFO_LABELS.format, "Format"] },
];

/** A reference to a unit by code or name, resolved once the units are known. */
export interface UnitRef {
  text: string;
  location: Location;
}

/** `Thông tin` read and checked, with unit references still as typed. */
export type InfoDraft = Omit<BlocInfo, "chair" | "deputy" | "nextChair" | "nextDeputy" | "absent"> & {
  chair: UnitRef;
  deputy: UnitRef | null;
  nextChair: UnitRef | null;
  nextDeputy: UnitRef | null;
  /** The `Đơn vị vắng mặt` cell split at `;` (a piece may still hold several units joined by `,`). */
  absent: UnitRef[];
};

const KINDS: Record<string, BlocKind> = {
  khoi: "khoi",
  "khoi thi dua": "khoi",
  cum: "cum",
  "cum thi dua": "cum",
};
const ROTATIONS: Record<string, RotationMethod> = {
  "vong tron": "round-robin",
  "luan phien vong tron": "round-robin",
  "round-robin": "round-robin",
  "theo xep hang": "by-rank",
  "xep hang": "by-rank",
  "by-rank": "by-rank",
  "chi dinh": "assigned",
  assigned: "assigned",
};
const FORMATS: Record<string, DocumentFormat> = {
  "hanh chinh": "administrative",
  administrative: "administrative",
  dang: "party",
  party: "party",
};

/** Default `Cấp khen` (workbook.md). */
export const DEFAULT_AUTHORITY = "Ủy ban nhân dân tỉnh";

/** Reads the `Thông tin` sheet: required keys, enumerations, the year and the meeting date. */
export function parseInfo(
  sheet: RawSheet,
  file: string,
): { info: InfoDraft | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const found = new Map<InfoKey, { value: RawSheet["rows"][number][number]; location: Location }>();
  /** Keys whose value still carries the example mark: reported once, then read as absent. */
  const examples = new Set<InfoKey>();
  for (const row of readKeyValues(sheet, file)) {
    const key = matchKey(INFO_KEYS, row.normalizedKey);
    if (key === undefined) {
      if (row.key !== "")
        diagnostics.push(
          diagnostic("unknownColumn", "note", { ...row.location, cell: `A${row.row}` }, { header: row.key }),
        );
      continue;
    }
    if (found.has(key) || examples.has(key)) continue;
    if (row.value.kind === "text" && isExampleText(row.value.value)) {
      examples.add(key);
      diagnostics.push(
        diagnostic("exampleValue", "error", row.location, {
          field: row.key,
          found: exampleExcerpt(row.value.value),
        }),
      );
      continue;
    }
    found.set(key, { value: row.value, location: row.location });
  }
  const sheetLocation: Location = { file, sheet: sheet.name };
  const required = (
    key: InfoKey,
    label: string,
  ): { value: RawSheet["rows"][number][number]; location: Location } | null => {
    if (examples.has(key)) return null;
    const entry = found.get(key);
    if (!entry || isEmpty(entry.value)) {
      diagnostics.push(
        diagnostic("valueRequired", "error", entry?.location ?? sheetLocation, { field: label }),
      );
      return null;
    }
    return entry;
  };
  const text = (
    entry: { value: RawSheet["rows"][number][number]; location: Location } | null | undefined,
  ): string | null => {
    if (!entry || isEmpty(entry.value)) return null;
    const t = readText(entry.value, entry.location);
    if (!t.ok) {
      diagnostics.push(t.diagnostic);
      return null;
    }
    return t.value;
  };
  const choice = <T>(
    key: InfoKey,
    label: string,
    table: Record<string, T>,
    fallback: T,
    expected: string,
  ): T => {
    const entry = found.get(key);
    const t = text(entry);
    if (t === null || !entry) return fallback;
    const value = table[normalizeName(t)];
    if (value === undefined) {
      diagnostics.push(
        diagnostic("invalidValue", "error", entry.location, { field: label, expected, found: t }),
      );
      return fallback;
    }
    return value;
  };
  const ref = (
    entry: { value: RawSheet["rows"][number][number]; location: Location } | null | undefined,
  ): UnitRef | null => {
    const t = text(entry);
    return t === null || !entry ? null : { text: t, location: entry.location };
  };

  const name = text(required("name", "Tên khối"));
  // A bloc named `Cụm thi đua …` with no `Loại` is a cụm: what its secretary means (workbook.md is silent).
  const inferredKind: BlocKind = name !== null && normalizeName(name).startsWith("cum") ? "cum" : "khoi";
  const kind = choice("kind", "Loại", KINDS, inferredKind, "Khối hoặc Cụm");
  const yearEntry = required("year", "Năm");
  let year: number | null = null;
  if (yearEntry) {
    const y = readYear(yearEntry.value, yearEntry.location);
    if (y.ok) year = y.value;
    else diagnostics.push(y.diagnostic);
  }
  const council = text(required("council", "Cấp trên"));
  const place = text(required("place", "Địa danh"));
  const dateEntry = required("meetingDate", "Ngày họp");
  let meetingDate: CalendarDate | null = null;
  if (dateEntry) {
    const d = readDate(dateEntry.value, dateEntry.location);
    if (d.ok) meetingDate = d.value;
    else diagnostics.push(d.diagnostic);
  }
  if (year !== null && meetingDate !== null && dateEntry) {
    const outside = checkMeetingDate(meetingDate, year, dateEntry.location);
    if (outside !== null) diagnostics.push(outside);
  }
  const time = (key: InfoKey, label: string): ClockTime | null => {
    const entry = found.get(key);
    if (!entry || isEmpty(entry.value)) return null;
    const t = readClockTime(entry.value, entry.location, label);
    if (t.ok) return t.value;
    diagnostics.push(t.diagnostic);
    return null;
  };
  const meetingTime = time("meetingTime", "Giờ họp");
  const endTime = time("endTime", "Giờ kết thúc");
  const absentEntry = found.get("absent");
  const absentText = text(absentEntry);
  const absent: UnitRef[] =
    absentText === null || !absentEntry
      ? []
      : absentText
          .split(/[;\n]/)
          .map((piece) => piece.trim())
          .filter((piece) => piece !== "")
          .map((piece) => ({ text: piece, location: absentEntry.location }));
  const chair = ref(required("chair", kind === "cum" ? "Cụm trưởng" : "Khối trưởng"));
  const rotation = choice(
    "rotation",
    "Luân phiên",
    ROTATIONS,
    "round-robin",
    "vòng tròn, theo xếp hạng hoặc chỉ định",
  );
  const nextChair = ref(found.get("nextChair"));
  const nextDeputy = ref(found.get("nextDeputy"));
  if (rotation === "assigned") {
    const label = kind === "cum" ? "Cụm" : "Khối";
    if (!nextChair)
      diagnostics.push(
        diagnostic("valueRequired", "error", found.get("nextChair")?.location ?? sheetLocation, {
          field: `${label} trưởng năm sau`,
        }),
      );
    if (!nextDeputy)
      diagnostics.push(
        diagnostic("valueRequired", "error", found.get("nextDeputy")?.location ?? sheetLocation, {
          field: `${label} phó năm sau`,
        }),
      );
  }
  const format = choice("format", "Thể thức", FORMATS, "administrative", "hành chính hoặc Đảng");
  const info =
    name !== null &&
    year !== null &&
    council !== null &&
    place !== null &&
    meetingDate !== null &&
    chair !== null
      ? {
          name,
          kind,
          year,
          council,
          authority: text(found.get("authority")) ?? DEFAULT_AUTHORITY,
          place,
          meetingDate,
          meetingTime,
          endTime,
          venue: text(found.get("venue")),
          chair,
          deputy: ref(found.get("deputy")),
          rotation,
          nextChair,
          nextDeputy,
          signer: text(found.get("signer")),
          signerTitle: text(found.get("signerTitle")),
          secretary: text(found.get("secretary")),
          absent,
          format,
        }
      : null;
  return { info, diagnostics };
}
