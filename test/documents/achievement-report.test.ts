import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Bloc } from "../../src/model/bloc.js";
import type { BlocResult } from "../../src/model/result.js";
import { renderDocuments, type RenderedDocument } from "../../src/render/render-documents.js";
import { reportFileNames } from "../../src/render/report-file-names.js";
import { shippedTemplatesDir } from "../../src/render/package-root.js";
import { isEmulationTitle } from "../../src/view/award-history-view.js";
import { cumFixture, partyFixture, TRICKY_NAME } from "../helpers/document-fixture.js";
import { documentText, paragraphs, part, tables } from "./docx-reader.js";

/*
 * The achievement reports (báo cáo thành tích, Nghị định 98/2023/NĐ-CP Phụ lục I Mẫu số 02): one per
 * unit proposed for a flag by default, per certificate unit on request, each carrying the unit's name
 * under its superior, the award and year, its result in the bloc and its earlier distinctions.
 */

const BQL_REPORT = "bao-cao-thanh-tich-ban-quan-ly-cac-khu-cong-nghiep-va-che-xuat-ha-noi.docx";
const DUKCQ_REPORT = "bao-cao-thanh-tich-dang-uy-khoi-cac-co-quan-thanh-pho.docx";

const reports = (docs: readonly RenderedDocument[]) =>
  docs.filter((d) => d.fileName.startsWith("bao-cao-thanh-tich-")).map((d) => d.fileName);
const xmlOf = (docs: readonly RenderedDocument[], fileName: string): string => {
  const doc = docs.find((d) => d.fileName === fileName);
  if (!doc) throw new Error(`${fileName} was not rendered`);
  return part(doc.data, "word/document.xml");
};
/** The achievement reports of a bloc alone: `thanh-tich` (flags) or with the certificates'. */
const renderReports = (bloc: Bloc, result: BlocResult, certificates = false) =>
  renderDocuments(bloc, result, {
    only: certificates ? ["thanh-tich", "thanh-tich-bang-khen"] : ["thanh-tich"],
  });

describe("which units get a report", () => {
  it("writes one for each unit proposed for a flag, once though it is proposed for both flags", async () => {
    const { bloc, result } = cumFixture();
    expect(reports(await renderDocuments(bloc, result))).toEqual([BQL_REPORT]);
  });

  it("writes the certificate units' reports only when asked, each unit once", async () => {
    const { bloc, result } = cumFixture();
    expect(reports(await renderDocuments(bloc, result, { only: ["thanh-tich-bang-khen"] }))).toEqual([
      DUKCQ_REPORT,
    ]);
    // A unit the conference gave both a flag and a certificate still gets one report, naming both.
    const both = result.proposals.find((p) => p.award === "certificate");
    both?.units.push("BQL");
    const docs = await renderReports(bloc, result, true);
    expect(reports(docs)).toEqual([BQL_REPORT, DUKCQ_REPORT]);
    expect(documentText(xmlOf(docs, BQL_REPORT))).toContain(
      "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân Thành phố, Cờ thi đua của Chính phủ và Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố năm 2023",
    );
  });

  it("writes none when no unit is proposed for a flag (a tie the conference must settle)", async () => {
    const { bloc, result } = cumFixture();
    result.proposals = result.proposals.filter((p) => p.award === "certificate");
    expect(reports(await renderDocuments(bloc, result))).toEqual([]);
  });
});

describe("the report of the unit leading the bloc", () => {
  it("puts the unit under its superior (the bloc's Cấp khen by default) and the award and year in the title", async () => {
    const { bloc, result } = cumFixture();
    const text = paragraphs(xmlOf(await renderReports(bloc, result), BQL_REPORT));
    expect(text.slice(0, 3)).toEqual([
      "ỦY BAN NHÂN DÂN THÀNH PHỐ",
      "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ CHẾ XUẤT HÀ NỘI",
      "",
    ]);
    expect(text).toContain("Hà Nội, ngày     tháng     năm 2024");
    expect(text).toContain("BÁO CÁO THÀNH TÍCH");
    expect(text).toContain(
      "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân Thành phố và Cờ thi đua của Chính phủ năm 2023",
    );
    expect(text).toContain("Tên tập thể đề nghị: Ban Quản lý các khu công nghiệp và chế xuất Hà Nội");
  });

  it("takes the unit's own superior from Cấp trên trực tiếp, on top and in the confirmation", async () => {
    const { bloc, result } = cumFixture();
    const bql = bloc.units.find((u) => u.code === "BQL");
    if (bql) bql.superior = "Ủy ban nhân dân Thành phố Hà Nội";
    const text = paragraphs(xmlOf(await renderReports(bloc, result), BQL_REPORT));
    expect(text[0]).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
    expect(text).toContain("XÁC NHẬN, ĐỀ NGHỊ CỦA");
    expect(text.filter((p) => p === "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")).toHaveLength(2);
  });

  it("prefills section II with its total of the maximum, rank of the members, rating and votes", async () => {
    const { bloc, result } = cumFixture();
    const text = documentText(xmlOf(await renderReports(bloc, result), BQL_REPORT));
    const bql = result.units.find((u) => u.code === "BQL");
    expect(bql?.rank).toBe(1);
    expect(text).toContain(
      "Năm 2023, Ban Quản lý các khu công nghiệp và chế xuất Hà Nội đạt tổng số 97,50 điểm (tổng điểm chuẩn tối đa 100,00 điểm), xếp thứ nhất trong tổng số 05 đơn vị của Cụm thi đua số 02",
    );
    expect(text).toContain("Kết quả đánh giá, xếp loại năm 2023: Hoàn thành xuất sắc nhiệm vụ tiêu biểu.");
    expect(text).toContain(
      "được 5/05 phiếu (100%) bình xét, suy tôn và được Hội nghị thống nhất đề nghị tặng",
    );
  });

  it("gives the points per criteria group in a table, then the sums", async () => {
    const { bloc, result } = cumFixture();
    const [, points] = tables(xmlOf(await renderReports(bloc, result), BQL_REPORT));
    expect(points).toEqual([
      ["STT", "Nội dung", "Điểm tối đa", "Điểm đạt"],
      ["I", "Thực hiện nhiệm vụ chính trị", "50,00", "48,50"],
      ["II", "Công tác thi đua, khen thưởng", "50,00", "47,00"],
      ["", "Cộng điểm chuẩn", "100,00", "95,50"],
      ["", "Điểm thưởng", "", "2,00"],
      ["", "Điểm trừ", "", "0,00"],
      ["", "Tổng điểm", "", "97,50"],
    ]);
  });

  it("lists the criteria themselves when the scoring table has no groups", async () => {
    const { bloc, result } = cumFixture();
    for (const c of bloc.criteria) c.group = null;
    const [, points] = tables(xmlOf(await renderReports(bloc, result), BQL_REPORT));
    expect(points?.slice(1, 3)).toEqual([
      ["1.1", "Hoàn thành các chỉ tiêu, nhiệm vụ chính trị được giao", "30,00", "29,50"],
      ["1.2", "Thực hiện cải cách hành chính, chuyển đổi số", "20,00", "19,00"],
    ]);
  });

  it("marks what only the unit can write, and is signed by its head (the bloc's signer for the chair)", async () => {
    const { bloc, result } = cumFixture();
    const xml = xmlOf(await renderReports(bloc, result), BQL_REPORT);
    const marked = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => p.includes('<w:highlight w:val="yellow"/>'))
      .map((p) => documentText(p));
    expect(marked.some((t) => t.startsWith("[Đơn vị ghi: địa điểm trụ sở chính"))).toBe(true);
    expect(marked.some((t) => t.startsWith("[Đơn vị ghi chức năng, nhiệm vụ được giao"))).toBe(true);
    expect(marked.some((t) => t.startsWith('[Trang "Khen thưởng" của tệp Excel chưa ghi'))).toBe(true);
    const text = paragraphs(xml);
    expect(text).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    // The confirmation on the left has no name; the head on the right is the chair's signer.
    const head = text.indexOf("THỦ TRƯỞNG ĐƠN VỊ");
    expect(text.slice(0, head)).not.toContain(bloc.info.signer);
    expect(text.slice(head)).toContain(bloc.info.signer);
  });
});

describe("section III, the distinctions received before", () => {
  it("prints three blank rows in each table when nothing is recorded", async () => {
    const { bloc, result } = cumFixture();
    const [, , titles, honours] = tables(xmlOf(await renderReports(bloc, result), BQL_REPORT));
    expect(titles?.[0]?.slice(0, 2)).toEqual(["Năm", "Danh hiệu thi đua"]);
    expect(honours?.[0]?.slice(0, 2)).toEqual(["Năm", "Hình thức khen thưởng"]);
    expect(titles?.slice(1)).toEqual([
      ["\n", "", ""],
      ["\n", "", ""],
      ["\n", "", ""],
    ]);
    expect(honours).toHaveLength(4);
  });

  it("prints the unit's records oldest first, titles apart from commendations, others' left out", async () => {
    const { bloc, result } = cumFixture();
    const at = { file: "fixture.xlsx", sheet: "Khen thưởng", row: 2 };
    bloc.history = [
      {
        unit: "BQL",
        year: 2022,
        award: "Bằng khen của Thủ tướng Chính phủ",
        decision: "QĐ số 1/QĐ-TTg",
        location: at,
      },
      {
        unit: "DUK-CQ",
        year: 2022,
        award: "Cờ thi đua của Ủy ban nhân dân Thành phố",
        decision: null,
        location: at,
      },
      { unit: "BQL", year: 2022, award: "Tập thể lao động xuất sắc", decision: null, location: at },
      {
        unit: "BQL",
        year: 2021,
        award: "Cờ thi đua của Ủy ban nhân dân Thành phố",
        decision: "QĐ số 2",
        location: at,
      },
    ];
    const xml = xmlOf(await renderReports(bloc, result), BQL_REPORT);
    const [, , titles, honours] = tables(xml);
    expect(titles?.slice(1)).toEqual([
      ["2021", "Cờ thi đua của Ủy ban nhân dân Thành phố", "QĐ số 2"],
      ["2022", "Tập thể lao động xuất sắc", ""],
    ]);
    expect(honours?.slice(1)).toEqual([["2022", "Bằng khen của Thủ tướng Chính phủ", "QĐ số 1/QĐ-TTg"]]);
    expect(documentText(xml)).not.toContain('Trang "Khen thưởng"');
  });

  it.each([
    ["Cờ thi đua của Chính phủ", true],
    ["Tập thể Lao động xuất sắc", true],
    ["Đơn vị Quyết thắng", true],
    ["Tập thể lao động tiên tiến", true],
    ["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", false],
    ["Huân chương Lao động hạng Ba", false],
    ["Giấy khen", false],
  ])("classes %s as an emulation title: %s", (award, title) => {
    expect(isEmulationTitle(award)).toBe(title);
  });
});

describe("formats and names", () => {
  it("follows Hướng dẫn 36-HD/VPTW for a Party bloc", async () => {
    const { bloc, result } = partyFixture();
    const docs = await renderReports(bloc, result);
    const [fileName] = reports(docs);
    const text = paragraphs(xmlOf(docs, fileName ?? ""));
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("*");
    expect(text).toContain("Số      -BC/……");
  });

  it("prints a unit's name as typed in its own report", async () => {
    const { bloc, result } = cumFixture();
    const flag = result.proposals.find((p) => p.award === "flag");
    if (flag) flag.units = ["AB"];
    const docs = await renderReports(bloc, result);
    // In ranking order: BQL keeps the Government's flag.
    expect(reports(docs)).toEqual([BQL_REPORT, "bao-cao-thanh-tich-cong-ty-a-b-mien-nam-so-1.docx"]);
    const xml = xmlOf(docs, "bao-cao-thanh-tich-cong-ty-a-b-mien-nam-so-1.docx");
    expect(documentText(xml)).toContain(`Tên tập thể đề nghị: ${TRICKY_NAME}`);
    expect(paragraphs(xml)).toContain('CÔNG TY A & B <MIỀN NAM> "SỐ 1"');
    expect(xml).not.toContain("&amp;amp;");
  });

  it("keeps two units whose names give the same slug apart by their codes", () => {
    const { bloc } = cumFixture();
    const [first, second] = bloc.units;
    if (first && second) second.name = `${first.name.toUpperCase()}!`;
    const names = reportFileNames(bloc);
    expect(names.get("BQL")).toBe("ban-quan-ly-cac-khu-cong-nghiep-va-che-xuat-ha-noi-bql");
    expect(names.get("DUK-CQ")).toBe("ban-quan-ly-cac-khu-cong-nghiep-va-che-xuat-ha-noi-duk-cq");
    expect(names.get("LHP")).toBe("truong-dao-tao-can-bo-le-hong-phong");
  });
});

describe("a changed copy of the template", () => {
  let dir = "";
  afterEach(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });
  const copy = (edit: (source: string) => string) => {
    dir = mkdtempSync(join(tmpdir(), "thidua-report-"));
    mkdirSync(join(dir, "partials"));
    const source = readFileSync(join(shippedTemplatesDir(), "bao-cao-thanh-tich.hbs"), "utf8");
    writeFileSync(join(dir, "bao-cao-thanh-tich.hbs"), edit(source));
  };

  it("is used with --templates", async () => {
    copy((s) => s.replace("<title>BÁO CÁO THÀNH TÍCH</title>", "<title>BÁO CÁO THÀNH TÍCH TẬP THỂ</title>"));
    const { bloc, result } = cumFixture();
    const docs = await renderDocuments(bloc, result, { templatesDir: dir, only: ["thanh-tich"] });
    expect(paragraphs(xmlOf(docs, BQL_REPORT))).toContain("BÁO CÁO THÀNH TÍCH TẬP THỂ");
  });

  it("is strict: a misspelt value is an error at its line and column, and nothing is rendered", async () => {
    copy((s) => s.replace("Tên tập thể đề nghị: <b>{{report.unit.name}}</b>", "{{report.unit.nam}}"));
    const { bloc, result } = cumFixture();
    const line = readFileSync(join(dir, "bao-cao-thanh-tich.hbs"), "utf8")
      .split("\n")
      .findIndex((l) => l.includes("report.unit.nam}}"));
    await expect(renderDocuments(bloc, result, { templatesDir: dir, only: ["thanh-tich"] })).rejects.toThrow(
      `${join(dir, "bao-cao-thanh-tich.hbs")}:${line + 1}:`,
    );
  });
});
