import { describe, expect, it } from "vitest";
import type { Unit } from "../../src/model/bloc.js";
import { closestUnit, matchUnit, withoutCopyMarks } from "../../src/validate/units/match-unit.js";

const unit = (code: string, name: string, index: number): Unit => ({
  code,
  name,
  index,
  rotationOrder: null,
  noRotation: false,
  rating: null,
  discipline: null,
  womenRatio: null,
  votes: null,
  awardOverride: null,
  note: null,
  location: { file: "khoi.xlsx", sheet: "Đơn vị", row: index + 2 },
});

const UNITS = [
  unit("STC", "Sở Tài chính", 0),
  unit("SNV", "Sở Nội vụ", 1),
  unit("STNMT", "Sở Tài nguyên và Môi trường", 2),
  unit("VPUB", "Văn phòng Ủy ban nhân dân tỉnh", 3),
  unit("TTr", "Thanh tra tỉnh", 4),
  unit("TP", "Sở Tư pháp", 5),
];

describe("recognising a unit in a sheet's or file's name", () => {
  it.each([
    ["STC", "STC", "code"],
    ["stc", "STC", "code"],
    ["Sở Tài chính", "STC", "name"],
    ["SO TAI CHINH", "STC", "name"],
    ["Bang tu cham diem 2024 - So Tai chinh", "STC", "nameInText"],
    ["Bảng tự chấm - Sở Nội vụ", "SNV", "nameInText"],
    ["Sở TC", "STC", "abbreviation"],
    ["VP UBND", "VPUB", "abbreviation"],
    ["Sở TN&MT", "STNMT", "abbreviation"],
    ["Thanh tra", "TTr", "abbreviation"],
    ["SNV (2)", "SNV", "code"],
    ["Tự chấm 2024 TTr", "TTr", "codeInText"],
  ])("%j → %s (%s)", (text, code, how) => {
    expect(matchUnit(text, UNITS)).toMatchObject({ kind: "one", unit: { code }, how });
  });

  it.each(["Sheet1", "Biểu 01", "Tự chấm 2024", "Hướng dẫn", "Sở"])("%j names none", (text) => {
    expect(matchUnit(text, UNITS).kind).toBe("none");
  });

  it("reports two units named the same way instead of picking one", () => {
    const twins = [unit("CA1", "Công an huyện A", 0), unit("CA2", "Công an huyện B", 1)];
    expect(matchUnit("CA", twins)).toMatchObject({ kind: "none" });
    expect(matchUnit("Công an huyện", twins).kind).not.toBe("one");
  });

  it("takes NFD text as typed on a Mac", () => {
    expect(matchUnit("Sở Tài chính".normalize("NFD"), UNITS)).toMatchObject({
      kind: "one",
      unit: { code: "STC" },
    });
  });

  it("drops a copy's or a year's mark", () => {
    expect(withoutCopyMarks("SNV (2)")).toBe("SNV");
    expect(withoutCopyMarks("Sở Nội vụ - 2024")).toBe("Sở Nội vụ");
  });

  it("suggests the closest name for a typo", () => {
    expect(closestUnit("So Tai chinh tinh", UNITS)?.code).toBe("STC");
    expect(closestUnit("Bảng tổng hợp", UNITS)).toBeNull();
  });
});
