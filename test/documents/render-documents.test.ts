import { beforeAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { renderDocuments, type RenderedDocument } from "../../src/render/render-documents.js";
import {
  cumFixture,
  MUSTACHE_NAME,
  partyFixture,
  TRICKY_NAME,
  wideFixture,
} from "../helpers/document-fixture.js";
import { makeBloc } from "../helpers/make-bloc.js";
import { attributesOf, documentText, paragraphs, part, tableXml, tables } from "./docx-reader.js";

const byName = (docs: RenderedDocument[], fileName: string): Buffer => {
  const doc = docs.find((d) => d.fileName === fileName);
  if (!doc) throw new Error(`${fileName} was not rendered`);
  return doc.data;
};

describe("the documents of a Cụm (administrative format)", () => {
  let docs: RenderedDocument[];
  const xml = (fileName: string) => part(byName(docs, fileName), "word/document.xml");
  beforeAll(async () => {
    const { bloc, result } = cumFixture();
    docs = await renderDocuments(bloc, result);
  });

  it("renders the four documents and the flag unit's achievement report under their file names", () => {
    expect(docs.map((d) => d.fileName)).toEqual([
      "bao-cao-tong-ket.docx",
      "to-trinh-khen-thuong.docx",
      "bien-ban-hop.docx",
      "bang-diem.docx",
      "bao-cao-thanh-tich-ban-quan-ly-cac-khu-cong-nghiep-va-che-xuat-ha-noi.docx",
    ]);
  });

  it("has the header block, number and dated line of NĐ 30/2020", () => {
    const text = paragraphs(xml("bao-cao-tong-ket.docx"));
    expect(text.slice(0, 5)).toEqual([
      "CỤM THI ĐUA SỐ 02",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
    ]);
    expect(text).toContain("Số:        /BC-CTĐ");
    expect(text).toContain("Hà Nội, ngày 16 tháng 01 năm 2024");
    expect(paragraphs(xml("to-trinh-khen-thuong.docx"))).toContain("Số:        /TTr-CTĐ");
    expect(paragraphs(xml("bien-ban-hop.docx"))).toContain("Số:        /BB-CTĐ");
  });

  it("writes the report's title, subject and sections I–V", () => {
    const text = paragraphs(xml("bao-cao-tong-ket.docx"));
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain(
      "Tổng kết công tác thi đua, khen thưởng năm 2023\nvà phương hướng, nhiệm vụ năm 2024 của Cụm thi đua số 02",
    );
    const headings = text.filter((t) => /^[IV]+\. /.test(t));
    expect(headings).toEqual([
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "II. KẾT QUẢ THỰC HIỆN",
      "III. KẾT QUẢ BÌNH XÉT, SUY TÔN",
      "IV. LUÂN PHIÊN CỤM TRƯỞNG, CỤM PHÓ NĂM 2024",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
    ]);
    expect(text).toContain("Cụm thi đua số 02 gồm 05 đơn vị:");
    expect(text).toContain("1. Ban Quản lý các khu công nghiệp và chế xuất Hà Nội (Cụm trưởng năm 2023);");
    expect(text).toContain(`5. ${MUSTACHE_NAME}.`);
    expect(text).toContain(
      "Kết quả đánh giá, xếp loại năm 2023: 01 đơn vị hoàn thành xuất sắc nhiệm vụ tiêu biểu; 03 đơn vị hoàn thành xuất sắc nhiệm vụ; 01 đơn vị hoàn thành tốt nhiệm vụ.",
    );
    expect(text).toContain("1. Tổ chức ký kết giao ước thi đua năm 2024 ngay từ đầu năm.");
  });

  it("prints the ranking table with names, scores and ranks", () => {
    const [, scoreTable] = tables(xml("bao-cao-tong-ket.docx"));
    expect(scoreTable?.[0]).toEqual([
      "STT",
      "Tên đơn vị",
      "Điểm chuẩn",
      "Điểm thưởng",
      "Điểm trừ",
      "Tổng điểm",
      "Xếp hạng",
    ]);
    expect(scoreTable?.slice(1)).toEqual([
      ["1", "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội", "95,50", "2,00", "0,00", "97,50", "1"],
      ["2", "Đảng ủy khối các cơ quan Thành phố", "94,25", "1,00", "0,00", "95,25", "2"],
      ["3", TRICKY_NAME, "94,00", "0,00", "1,00", "93,00", "3"],
      ["4", MUSTACHE_NAME, "93,00", "0,00", "0,00", "93,00", "3"],
      ["5", "Trường Đào tạo cán bộ Lê Hồng Phong", "88,40", "0,00", "0,00", "88,40", "5"],
    ]);
  });

  it("states the proposals, the tie that needs a vote and the rotation", () => {
    const text = documentText(xml("bao-cao-tong-ket.docx"));
    // A list: each item ends with ";", the last with ".".
    expect(text).toContain(
      "- Cờ thi đua của Ủy ban nhân dân Thành phố: Ban Quản lý các khu công nghiệp và chế xuất Hà Nội (97,50 điểm, xếp thứ nhất);",
    );
    expect(text).toContain(
      "- Cờ thi đua của Chính phủ: Ban Quản lý các khu công nghiệp và chế xuất Hà Nội (97,50 điểm, xếp thứ nhất);",
    );
    expect(text).toContain(
      "- Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố: Đảng ủy khối các cơ quan Thành phố (95,25 điểm, xếp thứ hai).",
    );
    expect(text).toContain(
      `Cần bình xét: ${TRICKY_NAME} và ${MUSTACHE_NAME} cùng xếp hạng 3, cần bình xét đề nghị Bằng khen`,
    );
    expect(text).toContain(
      "Cụm trưởng năm 2024: Đảng ủy khối các cơ quan Thành phố; Cụm phó năm 2024: Trường Đào tạo cán bộ Lê Hồng Phong.",
    );
  });

  it("ends with Nơi nhận beside the signature", () => {
    const signature = tables(xml("bao-cao-tong-ket.docx")).at(-1);
    expect(signature?.[0]?.[0]).toBe(
      "Nơi nhận:\n- Hội đồng Thi đua - Khen thưởng Thành phố Hà Nội (để báo cáo);\n- Các đơn vị thành viên Cụm thi đua số 02;\n- Lưu: VT.",
    );
    expect(signature?.[0]?.[1]?.split("\n")).toEqual([
      "TM. CỤM THI ĐUA SỐ 02",
      "CỤM TRƯỞNG",
      "Trưởng Ban",
      "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
      ...["", "", "", ""], // space to sign
      "Lê Quang Long",
    ]);
  });

  it("writes the tờ trình: Kính gửi, Căn cứ, proposals, list table", () => {
    const text = paragraphs(xml("to-trinh-khen-thuong.docx"));
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Về việc đề nghị tặng Cờ thi đua và Bằng khen năm 2023");
    expect(text).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng Thành phố Hà Nội.");
    // Met on 16/01/2024: Luật 06/2022/QH15 and Nghị định 98/2023/NĐ-CP, in force from 01/01/2024.
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;");
    expect(
      text.some((t) => t.startsWith("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023")),
    ).toBe(true);
    expect(text.some((t) => t.includes("152/2025"))).toBe(false);
    expect(text).toContain(
      "Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 02 ngày 16 tháng 01 năm 2024,",
    );
    expect(text).toContain("1. Đề nghị tặng Cờ thi đua của Ủy ban nhân dân Thành phố (01 đơn vị)");
    expect(text).toContain("- Đảng ủy khối các cơ quan Thành phố: tổng điểm 95,25, xếp thứ hai trong Cụm.");
    const list = tables(xml("to-trinh-khen-thuong.docx")).at(-1);
    expect(list?.slice(1)).toEqual([
      [
        "1",
        "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
        "97,50",
        "1",
        "Cờ thi đua của Ủy ban nhân dân Thành phố; Cờ thi đua của Chính phủ",
      ],
      [
        "2",
        "Đảng ủy khối các cơ quan Thành phố",
        "95,25",
        "2",
        "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố",
      ],
    ]);
  });

  it("writes the minutes with votes and two signatures", () => {
    const text = documentText(xml("bien-ban-hop.docx"));
    expect(text).toContain("Có mặt 05/05 đơn vị thành viên:");
    expect(text).toContain(
      "Chủ trì Hội nghị: đồng chí Lê Quang Long - Trưởng Ban, Ban Quản lý các khu công nghiệp và chế xuất Hà Nội (Cụm trưởng năm 2023).",
    );
    const votes = tables(xml("bien-ban-hop.docx")).find((t) => t[0]?.includes("Số phiếu"));
    expect(votes?.slice(1).map((r) => r.slice(1))).toEqual([
      ["Ban Quản lý các khu công nghiệp và chế xuất Hà Nội", "5/5", "100%"],
      ["Đảng ủy khối các cơ quan Thành phố", "4/5", "80%"],
      [TRICKY_NAME, "3/5", "60%"],
      [MUSTACHE_NAME, "3/5", "60%"],
      ["Trường Đào tạo cán bộ Lê Hồng Phong", "3/5", "60%"],
    ]);
    const signatures = tables(xml("bien-ban-hop.docx")).at(-1)?.[0];
    expect(signatures?.[0]).toMatch(/^THƯ KÝ\n/);
    expect(signatures?.[1]).toMatch(/^CHỦ TRÌ\n[\s\S]*Lê Quang Long$/);
  });

  it("leaves dotted lines in the minutes for what Thông tin does not give: times and secretary", () => {
    const text = paragraphs(xml("bien-ban-hop.docx"));
    expect(text.some((t) => t.startsWith("Vào hồi ...... giờ ...... phút, ngày 16 tháng 01 năm 2024,"))).toBe(
      true,
    );
    expect(text.some((t) => /^Thư ký Hội nghị: đồng chí \.{10,}$/.test(t))).toBe(true);
    expect(
      text.some((t) => t.startsWith("Hội nghị kết thúc vào hồi ...... giờ ...... phút cùng ngày.")),
    ).toBe(true);
  });

  it("keeps the closing line and the two paragraphs before it with the signature", () => {
    for (const name of ["bao-cao-tong-ket.docx", "to-trinh-khen-thuong.docx", "bien-ban-hop.docx"]) {
      const body = xml(name);
      const signature = body.indexOf("<w:tbl>", body.lastIndexOf("/.</w:t>"));
      const before = [...body.slice(0, signature).matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].slice(-4);
      // The spacer before the signature block, the closing line, and the two paragraphs before it.
      expect(before.map((m) => (m[1] ?? "").includes("<w:keepNext/>"))).toEqual([true, true, true, true]);
    }
  });

  it("writes the matrix appendix, portrait when it fits", () => {
    const doc = xml("bang-diem.docx");
    expect(paragraphs(doc)).toContain("BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2023");
    const matrix = tables(doc)[0];
    expect(matrix?.[1]).toEqual(["", "", "", "BQL", "DUK-CQ", "AB", "TK", "LHP"]); // three cells merged from above
    expect(matrix?.find((r) => r[1] === "TỔNG ĐIỂM")).toEqual([
      "",
      "TỔNG ĐIỂM",
      "",
      "97,50",
      "95,25",
      "93,00",
      "93,00",
      "88,40",
    ]);
    expect(matrix?.find((r) => r[1] === "XẾP HẠNG")?.slice(3)).toEqual(["1", "2", "3", "3", "5"]);
    expect(attributesOf(doc, "w:pgSz")).toMatchObject({ "w:w": "11906", "w:h": "16838" });
  });

  it("sets A4, the margins and Times New Roman in all four slots", () => {
    for (const doc of docs) {
      const body = part(doc.data, "word/document.xml");
      expect(attributesOf(body, "w:pgMar")).toMatchObject({
        "w:top": "1134",
        "w:bottom": "1134",
        "w:left": "1701",
        "w:right": "850",
      });
      const styles = part(doc.data, "word/styles.xml");
      expect(styles).toMatch(
        /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
      );
      const fonts = [...body.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
      expect(fonts.length).toBeGreaterThan(10);
      expect(new Set(fonts)).toEqual(
        new Set([
          'w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"',
        ]),
      );
    }
  });

  it("numbers pages from page 2 in the top margin", () => {
    const doc = byName(docs, "bao-cao-tong-ket.docx");
    const body = part(doc, "word/document.xml");
    expect(body).toContain("<w:titlePg/>");
    const rels = part(doc, "word/_rels/document.xml.rels");
    const header = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(body)?.[1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return part(doc, `word/${target}`);
    };
    expect(header("default")).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:sz w:val="26"\/>[\s\S]*PAGE/);
    expect(header("first")).not.toContain("PAGE");
  });

  it("gives every table explicit widths, repeated bold header rows and rows that never split", () => {
    for (const doc of docs) {
      const body = part(doc.data, "word/document.xml");
      for (const table of tableXml(body)) {
        expect(table).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/);
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(grid.every((w) => w > 0)).toBe(true);
        const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? "");
        for (const cell of cells) {
          expect(cell).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/);
          expect(cell).toMatch(/<w:p[ >/]/);
        }
        const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? "");
        for (const row of rows) expect(row).toContain("<w:cantSplit/>");
      }
      const data = tableXml(body).filter((t) => t.includes("<w:tblHeader/>"));
      for (const table of data) expect(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0]).toContain("<w:b/>");
    }
    const report = part(byName(docs, "bao-cao-tong-ket.docx"), "word/document.xml");
    expect(tableXml(report).filter((t) => t.includes("<w:tblHeader/>"))).toHaveLength(1);
  });
});

describe("the documents of a Khối in the Party format (HD 36-HD/VPTW)", () => {
  let docs: RenderedDocument[];
  beforeAll(async () => {
    const { bloc, result } = partyFixture();
    docs = await renderDocuments(bloc, result);
  });

  it("has the Party header, number and signature prefix", () => {
    const text = paragraphs(part(byName(docs, "bao-cao-tong-ket.docx"), "word/document.xml"));
    expect(text.slice(0, 4)).toEqual(["KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", ""]);
    expect(text).toContain("Số      -BC/KTĐ");
    expect(text).toContain("Bắc Kạn, ngày 07 tháng 3 năm 2025");
    expect(text).toContain("T/M KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG");
    expect(text).toContain("KHỐI TRƯỞNG");
    expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("marks the missing plan, the undecided chair and the class column", () => {
    const body = part(byName(docs, "bao-cao-tong-ket.docx"), "word/document.xml");
    const text = documentText(body);
    expect(text).toMatch(/\[Phần này chưa có nội dung: nhập phương hướng, nhiệm vụ năm 2025/);
    expect(body).toContain('<w:highlight w:val="yellow"/>');
    expect(text).toContain("Khối trưởng năm 2025: chưa xác định (cần bình xét)");
    expect(text).toContain(
      "Cần bình xét: Ban Tuyên giáo Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy cùng xếp hạng 2, cần bình xét bầu Khối trưởng năm 2025.",
    );
    expect(tables(body)[1]?.[0]?.at(-1)).toBe("Xếp loại");
    expect(text).toContain("Theo kết quả xếp hạng (để tham khảo):");
  });

  it("cites the bloc's own legal bases", () => {
    const text = paragraphs(part(byName(docs, "to-trinh-khen-thuong.docx"), "word/document.xml"));
    expect(text).toContain("Căn cứ Quy chế thi đua của Khối ban hành ngày 10/3/2024;");
    expect(text).toContain(
      "Căn cứ Biên bản Hội nghị của Khối thi đua các cơ quan Đảng ngày 07 tháng 3 năm 2025,",
    );
    expect(text.some((t) => t.includes("Luật Thi đua, khen thưởng số 06/2022/QH15"))).toBe(false);
  });
});

describe("a wide matrix", () => {
  it("turns bang-diem landscape at 12 pt when ten units do not fit portrait, rendering only what --only asks", async () => {
    const { bloc, result } = wideFixture(10);
    const docs = await renderDocuments(bloc, result, { only: ["bang-diem"] });
    expect(docs.map((d) => d.fileName)).toEqual(["bang-diem.docx"]);
    const body = part(byName(docs, "bang-diem.docx"), "word/document.xml");
    expect(attributesOf(body, "w:pgSz")).toEqual({ "w:w": "16838", "w:h": "11906", "w:orient": "landscape" });
    const matrix = tableXml(body)[0] ?? "";
    expect(matrix).toContain('<w:sz w:val="24"/>');
    expect(matrix).toContain('<w:textDirection w:val="btLr"/>');
    const grid = [...matrix.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3 + 10);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
  });

  it("splits more than ten units into tables of at most ten, each with the criteria", async () => {
    const { bloc, result } = wideFixture(14);
    const [doc] = await renderDocuments(bloc, result, { only: ["bang-diem"] });
    const body = part(doc?.data ?? Buffer.alloc(0), "word/document.xml");
    const parts = tables(body).filter((t) => t[0]?.[0] === "Mã");
    expect(parts.map((t) => t[1]?.slice(3).length)).toEqual([7, 7]);
    expect(parts.map((t) => t.find((r) => r[1] === "XẾP HẠNG")?.length)).toEqual([10, 10]);
    expect(paragraphs(body)).toContain("(Bảng tổng hợp điểm, phần 2)");
  });
});

describe("the minutes with the meeting's keys of Thông tin", () => {
  it("prints the times, the secretary and who was absent instead of dotted lines", async () => {
    const { bloc, result } = cumFixture();
    bloc.info = {
      ...bloc.info,
      meetingTime: { hour: 14, minute: 0 },
      endTime: { hour: 16, minute: 30 },
      secretary: "Trần Thị Bình",
      absent: ["LHP"],
    };
    const [doc] = await renderDocuments(bloc, result, { only: ["bien-ban"] });
    const body = part(doc?.data ?? Buffer.alloc(0), "word/document.xml");
    const text = paragraphs(body);
    expect(text).toContain(
      "Vào hồi 14 giờ 00 phút, ngày 16 tháng 01 năm 2024, Cụm thi đua số 02 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
    );
    expect(text).toContain("Có mặt 04/05 đơn vị thành viên:");
    expect(text).toContain("1. Ban Quản lý các khu công nghiệp và chế xuất Hà Nội (Cụm trưởng);");
    expect(text).toContain(`4. ${MUSTACHE_NAME}.`);
    expect(text).toContain("Vắng mặt: Trường Đào tạo cán bộ Lê Hồng Phong.");
    expect(text).toContain("Thư ký Hội nghị: đồng chí Trần Thị Bình.");
    expect(text.some((t) => t.startsWith("Hội nghị kết thúc vào hồi 16 giờ 30 phút cùng ngày."))).toBe(true);
    expect(tables(body).at(-1)?.[0]?.[0]).toMatch(/^THƯ KÝ\n[\s\S]*Trần Thị Bình$/);
  });

  it("records what the conference's decisions changed against the ranking", async () => {
    const bloc = makeBloc({
      units: ["A", "B", { code: "C", awardOverride: [] }, { code: "D", awardOverride: ["flag"] }],
      scores: { A: 95, B: 90, C: 85, D: 80 },
      rules: { flag: { count: 0 } },
    });
    const { result } = computeResult(bloc);
    if (result === null) throw new Error("no result");
    const [doc] = await renderDocuments(bloc, result, { only: ["bien-ban"] });
    const text = paragraphs(part(doc?.data ?? Buffer.alloc(0), "word/document.xml"));
    expect(text).toContain("- Cờ thi đua của Ủy ban nhân dân tỉnh: Đơn vị D;");
    expect(text).toContain("- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Đơn vị A và Đơn vị B.");
    expect(text).toContain(
      "Theo kết quả chấm điểm, xếp hạng, Đơn vị C thuộc diện đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; Hội nghị biểu quyết không đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho đơn vị này.",
    );
    expect(text).toContain(
      "Hội nghị đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 01 đơn vị (Đơn vị D), trong khi quy định của Khối không đề nghị hình thức khen thưởng này.",
    );
  });
});
