/**
 * Scoring tables of the blind corpus, numbered the ways the first corpus did not: trailing dots
 * (`I.`, `1.`, `1.1.`), letters with the Vietnamese `Đ`, `1)`, running codes `TC1`…`TC15`, bonus and
 * deduction rows at the end of ordinary groups, 25 criteria in five groups, a 1 000-point scale whose
 * bonus section is capped below the sum of its rows. Keys as in lib/tree.ts (`I.1`, `D.2`, `2.3`).
 */
import type { Group } from "../../lib/model.js";

/** Districts, 100 points, trailing dots everywhere: `I.`, `1.`. */
export const CHAM_CUOI: Group[] = [
  {
    tt: "I.",
    title: "PHÁT TRIỂN KINH TẾ - XÃ HỘI",
    children: [
      {
        tt: "1.",
        text: "Tổng giá trị sản xuất trên địa bàn tăng so với cùng kỳ, đạt chỉ tiêu Nghị quyết",
        max: 12,
      },
      { tt: "2.", text: "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán tỉnh giao", max: 12 },
      { tt: "3.", text: "Xây dựng nông thôn mới, nông thôn mới nâng cao, kiểu mẫu", max: 10 },
      { tt: "4.", text: "Giải phóng mặt bằng các dự án trọng điểm đúng tiến độ", max: 8 },
    ],
  },
  {
    tt: "II.",
    title: "VĂN HÓA - XÃ HỘI, QUỐC PHÒNG - AN NINH",
    children: [
      { tt: "1.", text: "Giáo dục, y tế; bảo hiểm y tế toàn dân", max: 8 },
      { tt: "2.", text: "Giảm nghèo, an sinh xã hội, giải quyết việc làm", max: 8 },
      { tt: "3.", text: "Tuyển quân đạt 100% chỉ tiêu; giữ vững an ninh trật tự", max: 10 },
    ],
  },
  {
    tt: "III.",
    title: "XÂY DỰNG CHÍNH QUYỀN VÀ CÔNG TÁC THI ĐUA",
    children: [
      { tt: "1.", text: "Chỉ số cải cách hành chính (PAR INDEX) cấp huyện", max: 10 },
      { tt: "2.", text: "Chuyển đổi số, chính quyền điện tử", max: 8 },
      { tt: "3.", text: "Tổ chức phong trào thi đua, tham gia hoạt động của Cụm", max: 14 },
    ],
  },
  {
    tt: "IV.",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [
      { tt: "1.", text: "Có mô hình, cách làm hay được tỉnh công nhận, nhân rộng", max: 3 },
      { tt: "2.", text: "Dẫn đầu tỉnh về một chỉ tiêu kinh tế - xã hội chủ yếu", max: 2 },
    ],
  },
  {
    tt: "V.",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [
      { tt: "1.", text: "Để xảy ra khiếu kiện đông người, vượt cấp kéo dài", max: 3 },
      { tt: "2.", text: "Chậm gửi báo cáo, số liệu theo yêu cầu", max: 2 },
    ],
  },
];

/** Party bodies, lettered groups with `D.` and `Đ.` sections, criteria `1)`, `2)`. */
export const CHU_CAI: Group[] = [
  {
    tt: "A.",
    title: "THỰC HIỆN CHỨC NĂNG THAM MƯU, GIÚP VIỆC",
    children: [
      {
        tt: "1)",
        text: "Tham mưu ban hành văn bản của Tỉnh ủy, Ban Thường vụ thuộc lĩnh vực phụ trách",
        max: 15,
      },
      { tt: "2)", text: "Hướng dẫn, kiểm tra, đôn đốc thực hiện nghị quyết, chỉ thị", max: 12 },
      { tt: "3)", text: "Sơ kết, tổng kết, nghiên cứu đề xuất chủ trương mới", max: 10 },
      { tt: "4)", text: "Thực hiện chương trình kiểm tra, giám sát năm", max: 8 },
    ],
  },
  {
    tt: "B.",
    title: "XÂY DỰNG CƠ QUAN, CHI BỘ",
    children: [
      { tt: "1)", text: "Chi bộ, đảng bộ cơ quan hoàn thành tốt nhiệm vụ trở lên", max: 10 },
      { tt: "2)", text: "Thực hiện quy chế làm việc, quy chế dân chủ trong cơ quan", max: 8 },
      { tt: "3)", text: "Bồi dưỡng, đánh giá, quy hoạch cán bộ", max: 7 },
    ],
  },
  {
    tt: "C.",
    title: "CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1)", text: "Phát động và tổ chức thực hiện các phong trào thi đua", max: 12 },
      { tt: "2)", text: "Tham gia các hoạt động chung của Khối", max: 10 },
      { tt: "3)", text: "Gửi báo cáo, đăng ký thi đua đúng thời hạn", max: 8 },
    ],
  },
  {
    tt: "D.",
    title: "ĐIỂM CỘNG",
    section: "bonus",
    children: [
      { tt: "1)", text: "Được Ban Thường vụ Tỉnh ủy biểu dương, khen thưởng về thành tích đột xuất", max: 3 },
      { tt: "2)", text: "Có công trình, đề án được cấp trên đánh giá cao", max: 2 },
    ],
  },
  {
    tt: "Đ.",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [
      { tt: "1)", text: "Có cán bộ, đảng viên bị xử lý kỷ luật", max: 3 },
      { tt: "2)", text: "Không hoàn thành nhiệm vụ được giao đúng tiến độ", max: 2 },
    ],
  },
];

/**
 * Economic departments: each ordinary group ends with its own bonus or deduction rows (`Điểm
 * thưởng: …`, `Điểm trừ: …`); the table then closes with a section `IV. ĐIỂM TRỪ CHUNG`.
 */
export const TRONG_NHOM: Group[] = [
  {
    tt: "I",
    title: "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN",
    children: [
      { tt: "1", text: "Hoàn thành các chỉ tiêu kế hoạch ngành năm 2024", max: 15 },
      { tt: "2", text: "Tham mưu cơ chế, chính sách thuộc lĩnh vực quản lý", max: 12 },
      { tt: "3", text: "Thanh tra, kiểm tra, xử lý vi phạm trong lĩnh vực", max: 8 },
      { tt: "4", text: "Giải quyết thủ tục hành chính đúng và trước hạn", max: 10 },
      {
        tt: "5",
        text: "Điểm thưởng: chỉ tiêu ngành vượt kế hoạch trên 10% (tối đa 2 điểm)",
        max: 2,
        section: "bonus",
      },
    ],
  },
  {
    tt: "II",
    title: "CẢI CÁCH HÀNH CHÍNH, XÂY DỰNG CƠ QUAN",
    children: [
      { tt: "1", text: "Chỉ số cải cách hành chính của sở, ngành", max: 10 },
      { tt: "2", text: "Chuyển đổi số, hồ sơ công việc trên môi trường mạng", max: 8 },
      { tt: "3", text: "Kỷ luật, kỷ cương hành chính; văn hóa công vụ", max: 7 },
      {
        tt: "4",
        text: "Điểm trừ: bị UBND tỉnh nhắc nhở về kỷ cương hành chính (mỗi lần trừ 1 điểm, tối đa 2 điểm)",
        max: 2,
        section: "deduction",
      },
    ],
  },
  {
    tt: "III",
    title: "CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Phát động phong trào thi đua thường xuyên, chuyên đề", max: 12 },
      { tt: "2", text: "Khen thưởng và nhân rộng điển hình tiên tiến", max: 10 },
      { tt: "3", text: "Tham gia các hoạt động của Khối", max: 8 },
      {
        tt: "4",
        text: "Điểm thưởng: được Bộ, ngành Trung ương tặng Bằng khen, Cờ thi đua trong năm",
        max: 2,
        section: "bonus",
      },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM TRỪ CHUNG",
    section: "deduction",
    children: [
      { tt: "1", text: "Có công chức bị kỷ luật từ khiển trách trở lên", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo tổng kết, hồ sơ thi đua", max: 2 },
    ],
  },
];

/** Internal-affairs bodies, criteria coded `TC1`…`TC13` straight through the groups. */
export const MA_TC: Group[] = [
  {
    tt: "I",
    title: "CÔNG TÁC CHUYÊN MÔN",
    children: [
      { tt: "TC1", text: "Hoàn thành chỉ tiêu công tác chuyên môn của ngành giao", max: 15 },
      { tt: "TC2", text: "Phối hợp giữa các cơ quan nội chính trong giải quyết vụ việc", max: 10 },
      { tt: "TC3", text: "Phòng, chống tham nhũng, tiêu cực", max: 10 },
      { tt: "TC4", text: "Tiếp công dân, giải quyết đơn thư", max: 10 },
      { tt: "TC5", text: "Cải cách tư pháp, cải cách hành chính", max: 10 },
    ],
  },
  {
    tt: "II",
    title: "XÂY DỰNG ĐƠN VỊ",
    children: [
      { tt: "TC6", text: "Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh", max: 8 },
      { tt: "TC7", text: "Đào tạo, bồi dưỡng cán bộ", max: 7 },
      { tt: "TC8", text: "Quản lý tài chính, tài sản công", max: 5 },
    ],
  },
  {
    tt: "III",
    title: "THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "TC9", text: "Tổ chức phong trào thi đua yêu nước", max: 10 },
      { tt: "TC10", text: "Khen thưởng, nhân rộng điển hình", max: 8 },
      { tt: "TC11", text: "Tham gia hoạt động của Khối", max: 7 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [{ tt: "TC12", text: "Lập thành tích xuất sắc đột xuất được cấp trên khen thưởng", max: 5 }],
  },
  {
    tt: "V",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [{ tt: "TC13", text: "Có cán bộ vi phạm pháp luật, kỷ luật", max: 5 }],
  },
];

/** General-staff departments, 25 criteria in five groups with `1.1.` codes, then 6. and 7. */
export const HAI_MUOI_LAM: Group[] = [
  {
    tt: "1.",
    title: "Thực hiện nhiệm vụ chính trị được giao",
    children: [
      { tt: "1.1.", text: "Tham mưu xây dựng kế hoạch phát triển kinh tế - xã hội năm", max: 5 },
      { tt: "1.2.", text: "Tham mưu văn bản quy phạm pháp luật đúng tiến độ", max: 5 },
      { tt: "1.3.", text: "Hoàn thành nhiệm vụ Tỉnh ủy, UBND tỉnh giao đúng hạn", max: 5 },
      { tt: "1.4.", text: "Chất lượng tham mưu, đề xuất", max: 4 },
      { tt: "1.5.", text: "Thực hiện chỉ tiêu chuyên môn của ngành", max: 4 },
      { tt: "1.6.", text: "Kiểm tra, hướng dẫn cơ sở", max: 4 },
      { tt: "1.7.", text: "Công tác thống kê, báo cáo của ngành", max: 3 },
    ],
  },
  {
    tt: "2.",
    title: "Cải cách hành chính",
    children: [
      {
        tt: "2.1.",
        text: "Chỉ số cải cách hành chính của cơ quan",
        max: 5,
        notes: ["+ Xếp thứ 1 đến thứ 5: 5 điểm", "+ Xếp thứ 6 đến thứ 10: 4 điểm", "+ Còn lại: 3 điểm"],
      },
      { tt: "2.2.", text: "Chỉ số hài lòng của người dân (SIPAS)", max: 4 },
      { tt: "2.3.", text: "Dịch vụ công trực tuyến toàn trình", max: 4 },
      { tt: "2.4.", text: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", max: 4 },
      { tt: "2.5.", text: "Rà soát, đơn giản hóa thủ tục hành chính", max: 3 },
    ],
  },
  {
    tt: "3.",
    title: "Xây dựng cơ quan, đơn vị",
    children: [
      { tt: "3.1.", text: "Công tác tổ chức cán bộ", max: 4 },
      { tt: "3.2.", text: "Đào tạo, bồi dưỡng công chức", max: 4 },
      { tt: "3.3.", text: "Kỷ luật, kỷ cương hành chính", max: 4 },
      { tt: "3.4.", text: "Quản lý tài chính, tài sản công", max: 4 },
      { tt: "3.5.", text: "Phòng cháy, chữa cháy, an toàn cơ quan", max: 2 },
      { tt: "3.6.", text: "Văn hóa công sở", max: 2 },
    ],
  },
  {
    tt: "4.",
    title: "Công tác Đảng, đoàn thể",
    children: [
      { tt: "4.1.", text: "Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", max: 6 },
      { tt: "4.2.", text: "Công đoàn cơ sở vững mạnh", max: 4 },
      { tt: "4.3.", text: "Chi đoàn thanh niên vững mạnh", max: 5 },
    ],
  },
  {
    tt: "5.",
    title: "Công tác thi đua, khen thưởng",
    children: [
      { tt: "5.1.", text: "Ban hành kế hoạch, phát động phong trào thi đua", max: 4 },
      { tt: "5.2.", text: "Đăng ký thi đua, ký giao ước thi đua", max: 3 },
      { tt: "5.3.", text: "Sơ kết, tổng kết, khen thưởng kịp thời", max: 4 },
      { tt: "5.4.", text: "Tham gia hoạt động của Khối thi đua", max: 4 },
    ],
  },
  {
    tt: "6.",
    title: "Điểm thưởng",
    section: "bonus",
    children: [
      { tt: "6.1.", text: "Sáng kiến được công nhận cấp tỉnh", max: 2 },
      { tt: "6.2.", text: "Được Thủ tướng, Bộ trưởng khen thưởng", max: 2 },
    ],
  },
  {
    tt: "7.",
    title: "Điểm trừ",
    section: "deduction",
    children: [
      { tt: "7.1.", text: "Bị phê bình bằng văn bản", max: 2 },
      { tt: "7.2.", text: "Chậm báo cáo", max: 1 },
      { tt: "7.3.", text: "Vắng họp Khối không lý do", max: 1 },
    ],
  },
];

/**
 * Enterprises on a 1 000-point scale; the bonus section is capped at 50 points (`tối đa 50 điểm`)
 * while its two rows are worth 30 each: the group's printed 50 is a cap, not the sum of its rows.
 */
export const NGHIN_DIEM: Group[] = [
  {
    tt: "I",
    title: "KẾT QUẢ SẢN XUẤT, KINH DOANH",
    children: [
      { tt: "1", text: "Doanh thu thực hiện so với kế hoạch", max: 150 },
      { tt: "2", text: "Lợi nhuận trước thuế so với kế hoạch", max: 150 },
      { tt: "3", text: "Nộp ngân sách nhà nước", max: 100 },
    ],
  },
  {
    tt: "II",
    title: "QUẢN TRỊ DOANH NGHIỆP VÀ NGƯỜI LAO ĐỘNG",
    children: [
      { tt: "1", text: "Đổi mới quản trị, minh bạch thông tin", max: 100 },
      { tt: "2", text: "Thu nhập, việc làm của người lao động", max: 100 },
      { tt: "3", text: "An toàn, vệ sinh lao động", max: 100 },
    ],
  },
  {
    tt: "III",
    title: "CÔNG TÁC ĐẢNG, ĐOÀN THỂ, THI ĐUA",
    children: [
      { tt: "1", text: "Tổ chức đảng, đoàn thể vững mạnh", max: 120 },
      { tt: "2", text: "Phong trào thi đua lao động sản xuất", max: 100 },
      { tt: "3", text: "Tham gia hoạt động của Khối, hoạt động xã hội", max: 80 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM THƯỞNG (tối đa 50 điểm)",
    section: "bonus",
    points: 50,
    children: [
      { tt: "1", text: "Sáng kiến, cải tiến kỹ thuật được công nhận", max: 30 },
      { tt: "2", text: "Được tặng thưởng Cờ thi đua, Bằng khen trong năm", max: 30 },
    ],
  },
  {
    tt: "V",
    title: "ĐIỂM TRỪ (tối đa 50 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Để xảy ra tai nạn lao động, sự cố môi trường", max: 30 },
      { tt: "2", text: "Chậm gửi báo cáo, hồ sơ", max: 20 },
    ],
  },
];

/**
 * A table mixing groups with criteria that stand alone at the top level: `III` and `IV` are scored
 * rows themselves (no sub-rows), numbered like the groups around them. The corpus's tree type holds
 * groups at the top, so the two lone criteria are cast; lib/tree.ts walks any node.
 */
export const TIEU_CHI_DOC_LAP: Group[] = [
  {
    tt: "I",
    title: "THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ",
    children: [
      { tt: "1", text: "Hoàn thành chỉ tiêu, kế hoạch công tác năm", max: 15 },
      { tt: "2", text: "Triển khai các nhiệm vụ trọng tâm, đột phá", max: 15 },
      { tt: "3", text: "Cải cách hành chính, chuyển đổi số", max: 10 },
      { tt: "4", text: "Phòng, chống tham nhũng, lãng phí", max: 10 },
    ],
  },
  {
    tt: "II",
    title: "XÂY DỰNG TỔ CHỨC",
    children: [
      { tt: "1", text: "Xây dựng tổ chức đảng, đoàn thể vững mạnh", max: 10 },
      { tt: "2", text: "Công tác cán bộ, đào tạo, bồi dưỡng", max: 10 },
      { tt: "3", text: "Quản lý tài chính, tài sản công", max: 5 },
    ],
  },
  {
    tt: "III",
    text: "Tham gia đầy đủ, có chất lượng các hoạt động do Khối tổ chức",
    max: 10,
  } as unknown as Group,
  {
    tt: "IV",
    text: "Thực hiện chế độ thông tin, báo cáo, đăng ký thi đua đúng quy định",
    max: 15,
  } as unknown as Group,
  {
    tt: "V",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [
      { tt: "1", text: "Có mô hình, sáng kiến được công nhận", max: 3 },
      { tt: "2", text: "Được khen thưởng đột xuất", max: 2 },
    ],
  },
  {
    tt: "VI",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [
      { tt: "1", text: "Có cán bộ bị kỷ luật", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo", max: 2 },
    ],
  },
];

/** Criteria split into scored sub-criteria `a)`, `b)`: the parent row `1` prints their sum. */
export const TIEU_MUC: Group[] = [
  {
    tt: "I",
    title: "CÔNG TÁC CHUYÊN MÔN",
    children: [
      {
        tt: "1",
        title: "Thực hiện các chỉ tiêu, nhiệm vụ được giao",
        children: [
          { tt: "a)", text: "Chỉ tiêu về tuyên truyền, vận động", max: 10 },
          { tt: "b)", text: "Chỉ tiêu về phát triển tổ chức, hội viên", max: 10 },
        ],
      },
      { tt: "2", text: "Tham gia giám sát, phản biện xã hội", max: 10 },
      {
        tt: "3",
        title: "Các phong trào thi đua trọng tâm",
        children: [
          { tt: "a)", text: "Phong trào xây dựng nông thôn mới, đô thị văn minh", max: 10 },
          { tt: "b)", text: "Phong trào giảm nghèo bền vững", max: 5 },
          { tt: "c)", text: "Phong trào chuyển đổi số cộng đồng", max: 5 },
        ],
      },
    ],
  },
  {
    tt: "II",
    title: "XÂY DỰNG TỔ CHỨC VÀ THI ĐUA",
    children: [
      { tt: "1", text: "Kiện toàn tổ chức, cán bộ", max: 15 },
      { tt: "2", text: "Quản lý tài chính, tài sản", max: 10 },
      { tt: "3", text: "Phát động và tổ chức phong trào thi đua", max: 15 },
      { tt: "4", text: "Tham gia hoạt động của Cụm", max: 10 },
    ],
  },
  {
    tt: "III",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [{ tt: "1", text: "Được Trung ương tặng Cờ thi đua, Bằng khen", max: 5 }],
  },
  {
    tt: "IV",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [{ tt: "1", text: "Không tham gia hoạt động của Cụm, chậm báo cáo", max: 5 }],
  },
];

/** Criteria graded on a scale written under them, each grade with its points in the points column. */
export const THANG_BAC: Group[] = [
  {
    tt: "I",
    title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
    children: [
      {
        tt: "1",
        text: "Mức độ hoàn thành kế hoạch công tác năm",
        max: 20,
        notes: [
          "- Hoàn thành 100% kế hoạch: 20 điểm",
          "- Hoàn thành từ 90% đến dưới 100%: 15 điểm",
          "- Hoàn thành dưới 90%: 10 điểm",
        ],
      },
      { tt: "2", text: "Chất lượng tham mưu, đề xuất", max: 15 },
      {
        tt: "3",
        text: "Xếp hạng chỉ số cải cách hành chính",
        max: 15,
        notes: ["- Xếp hạng Tốt: 15 điểm", "- Xếp hạng Khá: 12 điểm", "- Xếp hạng Trung bình: 8 điểm"],
      },
    ],
  },
  {
    tt: "II",
    title: "XÂY DỰNG CƠ QUAN, ĐƠN VỊ",
    children: [
      { tt: "1", text: "Tổ chức đảng, đoàn thể", max: 10 },
      {
        tt: "2",
        text: "Kết quả đánh giá, xếp loại công chức",
        max: 10,
        notes: [
          "- Trên 20% hoàn thành xuất sắc nhiệm vụ: 10 điểm",
          "- Từ 10% đến 20% hoàn thành xuất sắc: 7 điểm",
          "- Dưới 10%: 5 điểm",
        ],
      },
      { tt: "3", text: "Kỷ luật, kỷ cương hành chính", max: 5 },
    ],
  },
  {
    tt: "III",
    title: "THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Phát động, tổ chức phong trào thi đua", max: 15 },
      { tt: "2", text: "Tham gia hoạt động của Khối", max: 10 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [
      { tt: "1", text: "Sáng kiến được công nhận cấp tỉnh", max: 3 },
      { tt: "2", text: "Khen thưởng đột xuất", max: 2 },
    ],
  },
  {
    tt: "V",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [
      { tt: "1", text: "Vi phạm kỷ luật, kỷ cương", max: 3 },
      { tt: "2", text: "Chậm báo cáo", max: 2 },
    ],
  },
];
