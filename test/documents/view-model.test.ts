import { describe, expect, it } from "vitest";
import { buildViewModel } from "../../src/view/build-view-model.js";
import { cumFixture, partyFixture, TRICKY_NAME } from "../helpers/document-fixture.js";

describe("buildViewModel", () => {
  const cum = cumFixture();
  const view = buildViewModel(cum.bloc, cum.result);

  it("uses the Cụm words and the bloc's abbreviation", () => {
    expect(view.bloc.words).toMatchObject({
      bloc: "Cụm thi đua",
      chair: "Cụm trưởng",
      deputy: "Cụm phó",
      chairUpper: "CỤM TRƯỞNG",
    });
    expect(view.numbers).toEqual({
      report: "Số:        /BC-CTĐ",
      proposal: "Số:        /TTr-CTĐ",
      minutes: "Số:        /BB-CTĐ",
    });
    expect(view.dates.placeAndDate).toBe("Hà Nội, ngày 16 tháng 01 năm 2024");
    expect(view.signature).toMatchObject({
      onBehalfLine: "TM. CỤM THI ĐUA SỐ 02",
      capacity: "CỤM TRƯỞNG",
      signerName: "Lê Quang Long",
    });
  });

  it("lists units in ranking order with formatted points and ranks", () => {
    expect(view.units.map((u) => [u.code, u.total, u.rank, u.rankWords])).toEqual([
      ["BQL", "97,50", 1, "thứ nhất"],
      ["DUK-CQ", "95,25", 2, "thứ hai"],
      ["AB", "93,00", 3, "thứ ba"],
      ["TK", "93,00", 3, "thứ ba"],
      ["LHP", "88,40", 5, "thứ năm"],
    ]);
    expect(view.units[2]).toMatchObject({ name: TRICKY_NAME, sharedRank: true, votesPercent: "60%" });
    expect(view.memberCountPadded).toBe("05");
  });

  it("counts the ratings in prose, highest first", () => {
    expect(view.ratings?.sentence).toBe(
      "01 đơn vị hoàn thành xuất sắc nhiệm vụ tiêu biểu; 03 đơn vị hoàn thành xuất sắc nhiệm vụ; 01 đơn vị hoàn thành tốt nhiệm vụ",
    );
  });

  it("names proposals, ties needing a vote and the rotation", () => {
    expect(view.proposals.map((p) => [p.award, p.unitNames])).toEqual([
      ["flag", "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội"],
      ["governmentFlag", "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội"],
      ["certificate", "Đảng ủy khối các cơ quan Thành phố"],
    ]);
    expect(view.awardTies[0]?.sentence).toBe(
      `${TRICKY_NAME} và Đơn vị {{tenKhoi}} {{#each x}}<p> cùng xếp hạng 3, cần bình xét đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố`,
    );
    expect(view.leadership).toMatchObject({
      nextChairText: "Đảng ủy khối các cơ quan Thành phố",
      nextDeputyText: "Trường Đào tạo cán bộ Lê Hồng Phong",
    });
    expect(view.proposedUnits.map((u) => [u.stt, u.code])).toEqual([
      [1, "BQL"],
      [2, "DUK-CQ"],
    ]);
  });

  it("fills the default legal bases with the bloc and the meeting date", () => {
    expect(view.legalBases).toHaveLength(3);
    expect(view.legalBases[2]).toBe(
      "Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 02 ngày 16 tháng 01 năm 2024",
    );
  });

  it("builds the matrix: groups with subtotals, bonus, deduction, total and rank rows", () => {
    const rows = view.matrix.rows.map((r) => [r.kind, r.code, r.max, r.cells.join(" ")]);
    expect(rows[0]).toEqual(["group", "", "50,00", ""]);
    expect(rows.find((r) => r[0] === "subtotal")).toEqual([
      "subtotal",
      "",
      "50,00",
      "48,50 47,75 46,00 47,00 44,40",
    ]);
    expect(rows.find((r) => r[0] === "standard")).toEqual([
      "standard",
      "A",
      "100,00",
      "95,50 94,25 94,00 93,00 88,40",
    ]);
    expect(rows.at(-1)).toEqual(["rank", "", "", "1 2 3 3 5"]);
    expect(view.matrix.columnCount).toBe(8);
  });

  it("uses the Party format, the bloc's own legal bases and an undecided rotation", () => {
    const party = partyFixture();
    const pv = buildViewModel(party.bloc, party.result);
    expect(pv.format).toMatchObject({ isParty: true, onBehalf: "T/M", signingFor: "K/T" });
    expect(pv.numbers.report).toBe("Số      -BC/KTĐ");
    expect(pv.signature.onBehalfLine).toBe("T/M KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG");
    expect(pv.legalBases).toEqual([
      "Quy chế thi đua của Khối ban hành ngày 10/3/2024",
      "Biên bản Hội nghị của Khối thi đua các cơ quan Đảng ngày 07 tháng 3 năm 2025",
    ]);
    expect(pv.plan).toBeNull();
    expect(pv.leadership.nextChair).toBeNull();
    expect(pv.leadershipTies[0]?.sentence).toBe(
      "Ban Tuyên giáo Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy cùng xếp hạng 2, cần bình xét bầu Khối trưởng năm 2025",
    );
    expect(pv.proposalsByConference).toBe(true);
    expect(pv.computedProposals?.map((p) => p.unitNames)).toHaveLength(2);
  });

  it("strips characters XML cannot hold from the input", () => {
    const bad = cumFixture();
    const first = bad.bloc.units[0];
    if (first) first.name = "Đơn vị\u0001 có\u0008 ký tự lạ";
    for (const u of bad.result.units) if (u.code === "BQL") u.name = "Đơn vị\u0001 có\u0008 ký tự lạ";
    const v = buildViewModel(bad.bloc, bad.result);
    expect(v.units[0]?.name).toBe("Đơn vị có ký tự lạ");
  });
});
