/**
 * Scoring tables as provinces publish them (wording after the guidance documents of several
 * provinces' emulation councils and the seed articles). Numbering restarts in each group; bonus and
 * deduction are sections. Keys used by the sets' data: `I.1`, `II.3`, `A.I.2`, or the decimal code.
 */
import type { Group } from "../lib/model.js";

/** Internal-affairs bloc (nội chính), 100 points, 16 rows. */
export const NOI_CHINH: Group[] = [
  {
    tt: "I",
    title: "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN",
    children: [
      {
        tt: "1",
        text: "Hoàn thành các chỉ tiêu, nhiệm vụ công tác chuyên môn theo chương trình, kế hoạch năm",
        max: 20,
        notes: [
          "- Hoàn thành 100% chỉ tiêu, nhiệm vụ: 20 điểm",
          "- Mỗi chỉ tiêu không hoàn thành trừ 2 điểm",
        ],
      },
      { tt: "2", text: "Công tác phòng, chống tham nhũng, tiêu cực, lãng phí", max: 10 },
      { tt: "3", text: "Tiếp công dân, giải quyết khiếu nại, tố cáo thuộc thẩm quyền", max: 10 },
      { tt: "4", text: "Cải cách hành chính, chuyển đổi số, ứng dụng công nghệ thông tin", max: 10 },
    ],
  },
  {
    tt: "II",
    title: "CÔNG TÁC XÂY DỰNG ĐẢNG, XÂY DỰNG CƠ QUAN, ĐƠN VỊ",
    children: [
      {
        tt: "1",
        text: "Giáo dục chính trị, tư tưởng; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        max: 8,
      },
      { tt: "2", text: "Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh", max: 7 },
      { tt: "3", text: "Thực hiện quy chế dân chủ ở cơ sở; hoạt động của các đoàn thể", max: 5 },
      { tt: "4", text: "Thực hành tiết kiệm, chống lãng phí; quản lý tài chính, tài sản công", max: 5 },
    ],
  },
  {
    tt: "III",
    title: "CÔNG TÁC THI ĐUA, KHEN THƯỞNG VÀ HOẠT ĐỘNG CỦA KHỐI",
    children: [
      {
        tt: "1",
        text: "Ban hành kế hoạch, phát động phong trào thi đua thường xuyên, theo đợt, chuyên đề",
        max: 7,
        notes: [
          "- Có kế hoạch phát động thi đua năm: 4 điểm",
          "- Có phát động thi đua theo đợt, chuyên đề: 3 điểm",
        ],
      },
      { tt: "2", text: "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", max: 6 },
      { tt: "3", text: "Tham gia đầy đủ các hoạt động do Khối tổ chức", max: 6 },
      { tt: "4", text: "Gửi báo cáo, hồ sơ thi đua, khen thưởng đúng thời gian quy định", max: 6 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM THƯỞNG (tối đa 5 điểm)",
    section: "bonus",
    children: [
      { tt: "1", text: "Có mô hình, sáng kiến được cấp có thẩm quyền công nhận", max: 3 },
      { tt: "2", text: "Được tặng Bằng khen, Cờ thi đua chuyên đề của cấp trên trong năm", max: 2 },
    ],
  },
  {
    tt: "V",
    title: "ĐIỂM TRỪ (tối đa 5 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Có cán bộ, công chức bị kỷ luật từ khiển trách trở lên", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo, hồ sơ thi đua theo quy định (mỗi lần trừ 0,5 điểm)", max: 2 },
    ],
  },
];

/** General-staff departments (sở, ngành tổng hợp), 100 points, 21 rows. */
export const SO_NGANH: Group[] = [
  {
    tt: "I",
    title: "THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ ĐƯỢC GIAO",
    children: [
      {
        tt: "1",
        text: "Tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật, chương trình, kế hoạch đúng tiến độ",
        max: 10,
      },
      {
        tt: "2",
        text: "Hoàn thành các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao đúng hạn, có chất lượng",
        max: 10,
      },
      {
        tt: "3",
        text: "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội thuộc lĩnh vực phụ trách",
        max: 10,
      },
      { tt: "4", text: "Công tác thanh tra, kiểm tra chuyên ngành", max: 5 },
      { tt: "5", text: "Giải quyết thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ", max: 5 },
    ],
  },
  {
    tt: "II",
    title: "CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ",
    children: [
      { tt: "1", text: "Chỉ số cải cách hành chính (PAR INDEX) của cơ quan", max: 6 },
      { tt: "2", text: "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", max: 5 },
      { tt: "3", text: "Cung cấp dịch vụ công trực tuyến toàn trình", max: 5 },
      {
        tt: "4",
        text: "Ứng dụng chữ ký số, quản lý văn bản và hồ sơ công việc trên môi trường mạng",
        max: 4,
      },
    ],
  },
  {
    tt: "III",
    title: "XÂY DỰNG CƠ QUAN, ĐƠN VỊ",
    children: [
      { tt: "1", text: "Công tác tổ chức cán bộ, đào tạo, bồi dưỡng công chức, viên chức", max: 5 },
      { tt: "2", text: "Thực hiện kỷ luật, kỷ cương hành chính, văn hóa công vụ", max: 5 },
      { tt: "3", text: "Quản lý, sử dụng ngân sách, tài sản công tiết kiệm, hiệu quả", max: 5 },
      { tt: "4", text: "Công tác dân vận chính quyền, thực hiện quy chế dân chủ", max: 5 },
    ],
  },
  {
    tt: "IV",
    title: "CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Tổ chức phát động, triển khai các phong trào thi đua", max: 6 },
      { tt: "2", text: "Sơ kết, tổng kết, khen thưởng kịp thời, đúng đối tượng", max: 5 },
      { tt: "3", text: "Tuyên truyền, nhân rộng điển hình tiên tiến, gương người tốt, việc tốt", max: 5 },
      { tt: "4", text: "Tham gia đầy đủ các hoạt động của Khối thi đua", max: 4 },
    ],
  },
  {
    tt: "V",
    title: "ĐIỂM THƯỞNG (tối đa 5 điểm)",
    section: "bonus",
    children: [
      { tt: "1", text: "Có sáng kiến, mô hình hay được công nhận cấp tỉnh trở lên", max: 3 },
      { tt: "2", text: "Hoàn thành xuất sắc nhiệm vụ đột xuất do UBND tỉnh giao", max: 2 },
    ],
  },
  {
    tt: "VI",
    title: "ĐIỂM TRỪ (tối đa 5 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Bị UBND tỉnh phê bình, nhắc nhở bằng văn bản", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo định kỳ theo quy định", max: 2 },
    ],
  },
];

/** A short table (13 rows) for blocs of small units and for wide master tables. */
export const GON: Group[] = [
  {
    tt: "I",
    title: "CÔNG TÁC CHUYÊN MÔN",
    children: [
      { tt: "1", text: "Hoàn thành các chỉ tiêu, nhiệm vụ chuyên môn được giao trong năm", max: 20 },
      { tt: "2", text: "Chất lượng tham mưu, đề xuất với cấp ủy, chính quyền", max: 15 },
      { tt: "3", text: "Cải cách hành chính, chuyển đổi số", max: 15 },
      { tt: "4", text: "Thực hiện chế độ thông tin, báo cáo", max: 10 },
    ],
  },
  {
    tt: "II",
    title: "XÂY DỰNG ĐẢNG, ĐOÀN THỂ",
    children: [
      { tt: "1", text: "Tổ chức đảng đạt hoàn thành tốt nhiệm vụ trở lên", max: 8 },
      { tt: "2", text: "Công đoàn, Đoàn thanh niên vững mạnh", max: 7 },
    ],
  },
  {
    tt: "III",
    title: "THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Phát động và tổ chức thực hiện phong trào thi đua", max: 10 },
      { tt: "2", text: "Khen thưởng kịp thời, đúng quy định", max: 8 },
      { tt: "3", text: "Tham gia hoạt động của Khối", max: 7 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM THƯỞNG (tối đa 5 điểm)",
    section: "bonus",
    children: [
      { tt: "1", text: "Sáng kiến, mô hình hiệu quả được công nhận", max: 3 },
      { tt: "2", text: "Thành tích đột xuất được cấp trên khen thưởng", max: 2 },
    ],
  },
  {
    tt: "V",
    title: "ĐIỂM TRỪ (tối đa 5 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Có cá nhân vi phạm bị xử lý kỷ luật", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo, hồ sơ theo quy định", max: 2 },
    ],
  },
];

/** Party bodies (cơ quan Đảng): A. criteria with three groups, B. ĐIỂM CỘNG, C. ĐIỂM TRỪ; 17 rows. */
export const DANG: Group[] = [
  {
    tt: "A",
    title: "TIÊU CHÍ CHẤM ĐIỂM",
    children: [
      {
        tt: "I",
        title: "THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ ĐƯỢC GIAO",
        children: [
          {
            tt: "1",
            text: "Tham mưu Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành nghị quyết, chỉ thị, kết luận thuộc lĩnh vực phụ trách",
            max: 15,
            notes: ["a) Tham mưu đầy đủ, đúng tiến độ: 15 điểm", "b) Mỗi văn bản chậm tiến độ trừ 1 điểm"],
          },
          { tt: "2", text: "Hướng dẫn, kiểm tra, giám sát việc thực hiện nghị quyết, chỉ thị", max: 10 },
          { tt: "3", text: "Thực hiện chương trình công tác toàn khóa, hằng năm của Tỉnh ủy", max: 10 },
          { tt: "4", text: "Nghiên cứu, đề xuất, tổng kết thực tiễn", max: 8 },
          {
            tt: "5",
            text: "Chuyển đổi số, ứng dụng công nghệ thông tin trong hoạt động của cơ quan",
            max: 7,
          },
        ],
      },
      {
        tt: "II",
        title: "XÂY DỰNG TỔ CHỨC ĐẢNG, CƠ QUAN",
        children: [
          { tt: "1", text: "Xây dựng chi bộ, đảng bộ cơ quan trong sạch, vững mạnh", max: 8 },
          { tt: "2", text: "Học tập, quán triệt nghị quyết; học tập và làm theo Bác", max: 6 },
          { tt: "3", text: "Công tác cán bộ, đào tạo, bồi dưỡng", max: 6 },
          { tt: "4", text: "Thực hành tiết kiệm, chống lãng phí", max: 5 },
        ],
      },
      {
        tt: "III",
        title: "CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
        children: [
          { tt: "1", text: "Phát động, tổ chức các phong trào thi đua", max: 8 },
          { tt: "2", text: "Đăng ký, ký kết giao ước thi đua", max: 5 },
          { tt: "3", text: "Phát hiện, biểu dương, nhân rộng điển hình tiên tiến", max: 7 },
          { tt: "4", text: "Tham gia hoạt động của Khối; gửi báo cáo đúng hạn", max: 5 },
        ],
      },
    ],
  },
  {
    tt: "B",
    title: "ĐIỂM CỘNG",
    section: "bonus",
    children: [
      { tt: "1", text: "Có đề án, mô hình được Ban Thường vụ Tỉnh ủy đánh giá cao", max: 3 },
      { tt: "2", text: "Được Trung ương biểu dương, khen thưởng trong năm", max: 2 },
    ],
  },
  {
    tt: "C",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [
      { tt: "1", text: "Có đảng viên vi phạm bị xử lý kỷ luật", max: 3 },
      { tt: "2", text: "Chậm thực hiện nhiệm vụ được giao", max: 2 },
    ],
  },
];

/** State enterprises on a 1 000-point scale (groups of 150 to 400 points), 17 rows. */
export const DOANH_NGHIEP: Group[] = [
  {
    tt: "I",
    title: "SẢN XUẤT, KINH DOANH",
    children: [
      { tt: "1", text: "Hoàn thành kế hoạch doanh thu năm", max: 150 },
      { tt: "2", text: "Hoàn thành kế hoạch lợi nhuận năm", max: 150 },
      { tt: "3", text: "Nộp ngân sách nhà nước đúng, đủ, kịp thời", max: 100 },
    ],
  },
  {
    tt: "II",
    title: "ĐẦU TƯ, ĐỔI MỚI, QUẢN TRỊ DOANH NGHIỆP",
    children: [
      { tt: "1", text: "Thực hiện kế hoạch đầu tư, đổi mới thiết bị, công nghệ", max: 80 },
      { tt: "2", text: "Sắp xếp, đổi mới, nâng cao hiệu quả quản trị doanh nghiệp", max: 70 },
      { tt: "3", text: "Thực hành tiết kiệm, chống lãng phí", max: 50 },
    ],
  },
  {
    tt: "III",
    title: "CHĂM LO ĐỜI SỐNG NGƯỜI LAO ĐỘNG",
    children: [
      { tt: "1", text: "Bảo đảm việc làm, thu nhập bình quân của người lao động", max: 80 },
      { tt: "2", text: "Thực hiện đầy đủ chế độ bảo hiểm xã hội, bảo hiểm y tế", max: 70 },
      { tt: "3", text: "An toàn, vệ sinh lao động, phòng chống cháy nổ", max: 50 },
    ],
  },
  {
    tt: "IV",
    title: "CÔNG TÁC ĐẢNG, ĐOÀN THỂ VÀ THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Xây dựng tổ chức đảng, đoàn thể vững mạnh", max: 60 },
      { tt: "2", text: "Phong trào thi đua, phong trào “Lao động giỏi, lao động sáng tạo”", max: 60 },
      { tt: "3", text: "Tham gia hoạt động xã hội, từ thiện, nhân đạo", max: 40 },
      { tt: "4", text: "Tham gia hoạt động của Khối thi đua", max: 40 },
    ],
  },
  {
    tt: "V",
    title: "ĐIỂM THƯỞNG (tối đa 50 điểm)",
    section: "bonus",
    children: [
      { tt: "1", text: "Sáng kiến, cải tiến kỹ thuật được Hội đồng sáng kiến công nhận", max: 30 },
      { tt: "2", text: "Được tặng Cờ thi đua, Bằng khen chuyên đề trong năm", max: 20 },
    ],
  },
  {
    tt: "VI",
    title: "ĐIỂM TRỪ (tối đa 50 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Để xảy ra tai nạn lao động nghiêm trọng, cháy nổ", max: 30 },
      { tt: "2", text: "Chậm gửi báo cáo, hồ sơ thi đua", max: 20 },
    ],
  },
];

/** Mass organisations (đoàn thể), 13 rows, one bonus and one deduction row. */
export const DOAN_THE: Group[] = [
  {
    tt: "I",
    title: "CÔNG TÁC CHUYÊN MÔN, NGHIỆP VỤ",
    children: [
      { tt: "1", text: "Tuyên truyền, vận động hội viên, đoàn viên thực hiện chủ trương của Đảng", max: 15 },
      { tt: "2", text: "Phát triển hội viên, đoàn viên; xây dựng tổ chức cơ sở vững mạnh", max: 10 },
      { tt: "3", text: "Tham gia giám sát, phản biện xã hội", max: 10 },
      { tt: "4", text: "Thực hiện các chương trình, phong trào trọng tâm của ngành", max: 10 },
      { tt: "5", text: "Tham gia xây dựng nông thôn mới, đô thị văn minh", max: 5 },
    ],
  },
  {
    tt: "II",
    title: "CÔNG TÁC XÂY DỰNG TỔ CHỨC",
    children: [
      { tt: "1", text: "Kiện toàn bộ máy, cán bộ theo quy định", max: 10 },
      { tt: "2", text: "Đào tạo, bồi dưỡng cán bộ hội, đoàn", max: 8 },
      { tt: "3", text: "Quản lý tài chính, tài sản đúng quy định", max: 7 },
    ],
  },
  {
    tt: "III",
    title: "THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Phát động, tổ chức phong trào thi đua yêu nước", max: 10 },
      { tt: "2", text: "Phát hiện, nhân rộng điển hình tiên tiến", max: 8 },
      { tt: "3", text: "Tham gia hoạt động của Cụm thi đua", max: 7 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [{ tt: "1", text: "Được Trung ương hội, đoàn tặng Cờ thi đua, Bằng khen trong năm", max: 5 }],
  },
  {
    tt: "V",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [{ tt: "1", text: "Chậm gửi báo cáo, không tham gia hoạt động của Cụm", max: 5 }],
  },
];

/** District people's committees (UBND huyện), 18 rows. */
export const HUYEN: Group[] = [
  {
    tt: "I",
    title: "PHÁT TRIỂN KINH TẾ",
    children: [
      { tt: "1", text: "Tốc độ tăng giá trị sản xuất đạt và vượt kế hoạch", max: 10 },
      { tt: "2", text: "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán", max: 10 },
      { tt: "3", text: "Xây dựng nông thôn mới, đô thị văn minh", max: 10 },
      { tt: "4", text: "Thu hút đầu tư, phát triển doanh nghiệp", max: 5 },
    ],
  },
  {
    tt: "II",
    title: "VĂN HÓA - XÃ HỘI",
    children: [
      { tt: "1", text: "Giáo dục và đào tạo; trường đạt chuẩn quốc gia", max: 7 },
      { tt: "2", text: "Y tế, dân số; bảo hiểm y tế toàn dân", max: 6 },
      { tt: "3", text: "Giảm nghèo bền vững, giải quyết việc làm", max: 6 },
      { tt: "4", text: "Văn hóa, thông tin, thể dục thể thao", max: 6 },
    ],
  },
  {
    tt: "III",
    title: "QUỐC PHÒNG, AN NINH",
    children: [
      { tt: "1", text: "Công tác quân sự địa phương, giao quân đạt 100% chỉ tiêu", max: 8 },
      { tt: "2", text: "Bảo đảm an ninh chính trị, trật tự an toàn xã hội", max: 7 },
    ],
  },
  {
    tt: "IV",
    title: "XÂY DỰNG CHÍNH QUYỀN, CẢI CÁCH HÀNH CHÍNH",
    children: [
      { tt: "1", text: "Cải cách hành chính; chỉ số DDCI cấp huyện", max: 8 },
      { tt: "2", text: "Chuyển đổi số, chính quyền số", max: 7 },
    ],
  },
  {
    tt: "V",
    title: "CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Phát động, tổ chức phong trào thi đua", max: 5 },
      { tt: "2", text: "Tham gia hoạt động của Cụm thi đua", max: 5 },
    ],
  },
  {
    tt: "VI",
    title: "ĐIỂM THƯỞNG (tối đa 5 điểm)",
    section: "bonus",
    children: [
      { tt: "1", text: "Có mô hình mới, cách làm hay được tỉnh nhân rộng", max: 3 },
      { tt: "2", text: "Hoàn thành vượt mức chỉ tiêu thu ngân sách trên 20%", max: 2 },
    ],
  },
  {
    tt: "VII",
    title: "ĐIỂM TRỪ (tối đa 5 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Để xảy ra điểm nóng về an ninh trật tự, khiếu kiện đông người", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo theo quy định", max: 2 },
    ],
  },
];

/** A short table of 8 rows with no bonus section: bonus is a column beside each row instead. */
export const NGAN: Group[] = [
  {
    tt: "I",
    title: "NHIỆM VỤ CHUYÊN MÔN",
    children: [
      { tt: "1", text: "Hoàn thành kế hoạch đào tạo, tuyển sinh năm học", max: 25 },
      { tt: "2", text: "Chất lượng đào tạo; tỷ lệ người học có việc làm sau tốt nghiệp", max: 20 },
      { tt: "3", text: "Nghiên cứu khoa học, hợp tác doanh nghiệp", max: 15 },
    ],
  },
  {
    tt: "II",
    title: "XÂY DỰNG ĐƠN VỊ",
    children: [
      { tt: "1", text: "Xây dựng tổ chức đảng, đoàn thể vững mạnh", max: 10 },
      { tt: "2", text: "Quản lý tài chính, tài sản; thực hành tiết kiệm", max: 10 },
    ],
  },
  {
    tt: "III",
    title: "THI ĐUA, KHEN THƯỞNG",
    children: [
      { tt: "1", text: "Phát động, tổ chức phong trào thi đua “Dạy tốt, học tốt”", max: 10 },
      { tt: "2", text: "Tham gia hoạt động của Khối", max: 10 },
    ],
  },
  {
    tt: "IV",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [{ tt: "1", text: "Chậm gửi báo cáo, hồ sơ; không tham gia hoạt động của Khối", max: 5 }],
  },
];

/**
 * Decimal codes under parts: PHẦN I holds groups 1–4 with rows `1.1`…, PHẦN II the bonus, PHẦN III
 * the deduction; 16 rows. Keys: `1.1`…`4.3`, `II.1`, `III.1`.
 */
export const PHAN: Group[] = [
  {
    tt: "I",
    title: "PHẦN I. TIÊU CHÍ CHẤM ĐIỂM (100 điểm)",
    children: [
      {
        tt: "1",
        title: "Thực hiện nhiệm vụ chuyên môn",
        children: [
          { tt: "1.1", text: "Hoàn thành chương trình công tác năm được UBND tỉnh giao", max: 15 },
          { tt: "1.2", text: "Chất lượng văn bản tham mưu, đề xuất", max: 10 },
          { tt: "1.3", text: "Thực hiện các chỉ tiêu kế hoạch ngành", max: 10 },
          { tt: "1.4", text: "Thanh tra, kiểm tra chuyên ngành", max: 10 },
        ],
      },
      {
        tt: "2",
        title: "Công tác xây dựng Đảng, đoàn thể",
        children: [
          { tt: "2.1", text: "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", max: 8 },
          { tt: "2.2", text: "Công đoàn cơ sở vững mạnh", max: 6 },
          { tt: "2.3", text: "Chi đoàn thanh niên vững mạnh", max: 6 },
        ],
      },
      {
        tt: "3",
        title: "Cải cách hành chính",
        children: [
          { tt: "3.1", text: "Giải quyết thủ tục hành chính đúng hạn", max: 8 },
          { tt: "3.2", text: "Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến", max: 7 },
        ],
      },
      {
        tt: "4",
        title: "Công tác thi đua, khen thưởng",
        children: [
          { tt: "4.1", text: "Phát động phong trào thi đua", max: 7 },
          { tt: "4.2", text: "Nhân rộng điển hình tiên tiến", max: 7 },
          { tt: "4.3", text: "Tham gia hoạt động của Khối", max: 6 },
        ],
      },
    ],
  },
  {
    tt: "II",
    title: "PHẦN II. ĐIỂM THƯỞNG (tối đa 5 điểm)",
    section: "bonus",
    children: [
      { tt: "1", text: "Có sáng kiến được công nhận cấp tỉnh", max: 3 },
      { tt: "2", text: "Được Thủ tướng Chính phủ, bộ, ngành Trung ương khen thưởng", max: 2 },
    ],
  },
  {
    tt: "III",
    title: "PHẦN III. ĐIỂM TRỪ (tối đa 5 điểm)",
    section: "deduction",
    children: [
      { tt: "1", text: "Có công chức vi phạm bị xử lý kỷ luật", max: 3 },
      { tt: "2", text: "Chậm gửi báo cáo theo quy định", max: 2 },
    ],
  },
];

/** Decimal codes without parts (groups 1–4, rows `1.1`…), bonus and deduction as sections; 14 rows. */
export const MA_SO: Group[] = [
  {
    tt: "1",
    title: "Thực hiện nhiệm vụ chính trị",
    children: [
      { tt: "1.1", text: "Hoàn thành các chỉ tiêu kế hoạch năm", max: 20 },
      { tt: "1.2", text: "Triển khai các nhiệm vụ trọng tâm, đột phá", max: 15 },
      { tt: "1.3", text: "Cải cách hành chính, chuyển đổi số", max: 10 },
    ],
  },
  {
    tt: "2",
    title: "Xây dựng cơ quan, đơn vị",
    children: [
      { tt: "2.1", text: "Công tác cán bộ; kỷ luật, kỷ cương hành chính", max: 10 },
      { tt: "2.2", text: "Thực hành tiết kiệm, chống lãng phí", max: 8 },
      { tt: "2.3", text: "Hoạt động của tổ chức đảng, đoàn thể", max: 7 },
    ],
  },
  {
    tt: "3",
    title: "Công tác thi đua, khen thưởng",
    children: [
      { tt: "3.1", text: "Phát động và tổ chức phong trào thi đua", max: 12 },
      { tt: "3.2", text: "Biểu dương, nhân rộng điển hình tiên tiến", max: 10 },
      { tt: "3.3", text: "Tham gia hoạt động của Khối thi đua", max: 8 },
    ],
  },
  {
    tt: "4",
    title: "ĐIỂM THƯỞNG",
    section: "bonus",
    children: [
      { tt: "4.1", text: "Sáng kiến, mô hình được công nhận", max: 3 },
      { tt: "4.2", text: "Khen thưởng đột xuất của cấp trên", max: 2 },
    ],
  },
  {
    tt: "5",
    title: "ĐIỂM TRỪ",
    section: "deduction",
    children: [
      { tt: "5.1", text: "Vi phạm kỷ luật, kỷ cương hành chính", max: 3 },
      { tt: "5.2", text: "Chậm gửi báo cáo", max: 2 },
    ],
  },
];
