import type { BlocKind, CalendarDate } from "../model/bloc.js";
import { formatDate, readDate } from "../validate/cell-values.js";
import { isExampleText } from "../validate/example-marker.js";
import { normalizeCode, normalizeName } from "../validate/normalize-name.js";
import { meetingWindow } from "../validate/meeting-window.js";
import { readClockTime } from "../validate/read-clock-time.js";
import { suggestUnit } from "../validate/suggest-unit.js";
import { exampleMeetingDate, examplePlan } from "./example-content.js";
import type { ExampleField, InitContent, InitInfo, InitUnit } from "./init-content.js";

/** The bloc's facts as given to `init` on the command line (all optional, as typed). */
export interface InitFacts {
  name?: string;
  /** `khoi`/`Khối` or `cum`/`Cụm`; inferred from `name` when not given. */
  kind?: string;
  year?: string;
  council?: string;
  authority?: string;
  place?: string;
  /** The meeting date, `dd/mm/yyyy`. */
  date?: string;
  /** The meeting time, `14 giờ 00` or `14:00`. */
  time?: string;
  venue?: string;
  /** Code or name of a unit. */
  chair?: string;
  deputy?: string;
  signer?: string;
  signerTitle?: string;
  secretary?: string;
  /** `hanh-chinh`/`hành chính` or `dang`/`Đảng`. */
  format?: string;
}

/** The options of `init` that set each fact (for messages). */
const OPTION: Record<keyof InitFacts, string> = {
  name: "--name",
  kind: "--kind",
  year: "--year",
  council: "--council",
  authority: "--authority",
  place: "--place",
  date: "--date",
  time: "--time",
  venue: "--venue",
  chair: "--chair",
  deputy: "--deputy",
  signer: "--signer",
  signerTitle: "--signer-title",
  secretary: "--secretary",
  format: "--format",
};

const KINDS: Record<string, BlocKind> = {
  khoi: "khoi",
  "khoi thi dua": "khoi",
  cum: "cum",
  "cum thi dua": "cum",
};
const FORMATS: Record<string, string> = {
  "hanh chinh": "hành chính",
  "hanh-chinh": "hành chính",
  administrative: "hành chính",
  dang: "Đảng",
  party: "Đảng",
};

/**
 * The content `init` writes with the bloc's facts in place of the example's, and the facts' problems
 * (Vietnamese, one per option; nothing is written when there is any). A fact given stops being an
 * example; the example values left are still marked. The chair and deputy are looked up among the
 * units (by code or name, with a suggestion for a typo); without `--chair` they are the first two
 * units, marked as examples. The example date and plan follow the year given.
 */
export function applyInitFacts(
  content: InitContent,
  facts: InitFacts,
): { content: InitContent; problems: string[] } {
  const problems: string[] = [];
  const examples = new Set<ExampleField>(content.examples);
  const info: InitInfo = { ...content.info };
  const given = (key: keyof InitFacts): string | null => {
    const value = facts[key]?.normalize("NFC").replace(/\s+/g, " ").trim();
    if (value === undefined) return null;
    if (value === "" || isExampleText(value)) {
      problems.push(`${OPTION[key]}: cần một giá trị, nhưng được "${facts[key] ?? ""}".`);
      return null;
    }
    return value;
  };
  const setText = (
    key: "name" | "council" | "authority" | "place" | "venue" | "signer" | "signerTitle",
  ): void => {
    const value = given(key);
    if (value === null) return;
    info[key] = value;
    examples.delete(key);
  };
  for (const key of ["name", "council", "authority", "place", "venue", "signer", "signerTitle"] as const)
    setText(key);
  info.secretary = given("secretary") ?? info.secretary;

  const kindText = given("kind");
  if (kindText !== null) {
    const kind = KINDS[normalizeName(kindText)];
    if (kind === undefined) problems.push(`--kind: cần "khoi" hoặc "cum", nhưng được "${kindText}".`);
    else info.kind = kind;
  } else if (facts.name !== undefined && !examples.has("name")) {
    // A bloc named `Cụm thi đua …` is a cụm, as the reader infers with no `Loại` (parse-info.ts);
    // a name carried over by `--from` keeps its bloc's own kind.
    info.kind = normalizeName(info.name).startsWith("cum") ? "cum" : "khoi";
  }

  const yearText = given("year");
  if (yearText !== null) {
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= 2000 && year <= 2100))
      problems.push(`--year: cần một năm như 2025, nhưng được "${yearText}".`);
    else {
      info.year = year;
      examples.delete("year");
      info.meetingDate = exampleMeetingDate(year);
    }
  }
  if (examples.has("plan")) content = { ...content, plan: examplePlan(info.year) };

  const dateText = given("date");
  if (dateText !== null) {
    const date = readDate({ kind: "text", value: dateText }, { file: OPTION.date });
    if (!date.ok) problems.push(`--date: cần một ngày dạng dd/mm/yyyy, nhưng được "${dateText}".`);
    else if (!examples.has("year") && !inWindow(date.value, info.year)) {
      const { from, to } = meetingWindow(info.year);
      problems.push(
        `--date: ngày họp ${formatDate(date.value)} không thuộc mùa tổng kết năm ${info.year} (từ ${formatDate(from)} đến ${formatDate(to)}).`,
      );
    } else {
      info.meetingDate = date.value;
      examples.delete("meetingDate");
    }
  }
  const timeText = given("time");
  if (timeText !== null) {
    const time = readClockTime({ kind: "text", value: timeText }, { file: OPTION.time }, "Giờ họp");
    if (time.ok) info.meetingTime = timeText;
    else problems.push(`--time: cần một giờ như "14 giờ 00" hoặc "14:00", nhưng được "${timeText}".`);
  }

  const formatText = given("format");
  if (formatText !== null) {
    const format = FORMATS[normalizeName(formatText)];
    if (format === undefined)
      problems.push(`--format: cần "hanh-chinh" hoặc "dang", nhưng được "${formatText}".`);
    else info.format = format;
  }

  const chair = unitFact("chair", given("chair"), content.units, problems);
  const deputy = unitFact("deputy", given("deputy"), content.units, problems);
  if (chair !== null) {
    info.chair = chair.code;
    examples.delete("chair");
  }
  if (deputy !== null) {
    info.deputy = deputy.code;
    examples.delete("deputy");
  }
  if (chair !== null && deputy !== null && chair.code === deputy.code) {
    problems.push(`--chair và --deputy là cùng một đơn vị "${chair.name}": cần hai đơn vị khác nhau.`);
  }
  // An example chair or deputy must still name a unit of this workbook, and not the other one.
  const others = (code: string): InitUnit[] => content.units.filter((u) => u.code !== code);
  if (examples.has("chair") && deputy !== null && info.chair === deputy.code)
    info.chair = others(deputy.code)[0]?.code ?? "";
  if (examples.has("deputy") && info.deputy === info.chair) info.deputy = others(info.chair)[0]?.code ?? "";

  return { content: { ...content, info, examples: [...examples] }, problems };
}

function inWindow(date: CalendarDate, year: number): boolean {
  const n = (d: CalendarDate): number => d.year * 10_000 + d.month * 100 + d.day;
  const { from, to } = meetingWindow(year);
  return n(from) <= n(date) && n(date) <= n(to);
}

/** A unit named by `--chair`/`--deputy`: its code or its name, as the reader matches them. */
function unitFact(
  key: "chair" | "deputy",
  text: string | null,
  units: readonly InitUnit[],
  problems: string[],
): InitUnit | null {
  if (text === null) return null;
  const unit =
    units.find((u) => normalizeCode(u.code) === normalizeCode(text)) ??
    units.find((u) => normalizeName(u.name) === normalizeName(text));
  if (unit !== undefined) return unit;
  const suggestion = suggestUnit(text, units);
  problems.push(
    `${OPTION[key]}: không có đơn vị "${text}" trong danh sách đơn vị${suggestion === null ? "" : `; có phải "${suggestion.name}" (${suggestion.code}) không?`}`,
  );
  return null;
}
