import type { CalendarDate } from "../model/bloc.js";
import type { ExampleField, InitContent } from "./init-content.js";

/** Every value `init` can write as an example. */
export const EXAMPLE_FIELDS: readonly ExampleField[] = [
  "name",
  "year",
  "council",
  "authority",
  "place",
  "meetingDate",
  "venue",
  "chair",
  "deputy",
  "signer",
  "signerTitle",
  "units",
  "plan",
];

/** The example conference's date for a year: mid-January of the next year, as most blocs meet. */
export function exampleMeetingDate(year: number): CalendarDate {
  return { year: year + 1, month: 1, day: 16 };
}

/** The example `Phương hướng` paragraph, about the year after `year`. */
export function examplePlan(year: number): string[] {
  return [
    `1. Tiếp tục đẩy mạnh các phong trào thi đua yêu nước gắn với thực hiện thắng lợi nhiệm vụ chính trị năm ${year + 1} của từng đơn vị; nâng cao chất lượng ký kết giao ước thi đua, kiểm tra chéo và chấm điểm; phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến; khen thưởng kịp thời, đúng quy định của Luật Thi đua, khen thưởng số 06/2022/QH15.`,
  ];
}

/**
 * The example bloc of a fresh workbook: Cụm thi đua số 02 of Hà Nội, modelled on the real year-end
 * report in seeds/001 (2023 chair Ban Quản lý các KCN và chế xuất, deputy Đảng ủy Khối các cơ quan).
 * Every value is marked as the example's (`examples`), so a workbook left as generated never passes
 * `validate`; once the marks are replaced and the scores filled, it summarises with no warning.
 */
export const EXAMPLE_CONTENT: InitContent = {
  info: {
    name: "Cụm thi đua số 02",
    kind: "cum",
    year: 2023,
    council: "Hội đồng Thi đua - Khen thưởng Thành phố Hà Nội",
    authority: "Ủy ban nhân dân Thành phố",
    place: "Hà Nội",
    meetingDate: exampleMeetingDate(2023),
    meetingTime: "",
    venue: "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
    chair: "BQL",
    deputy: "DUK-CQ",
    rotation: "vòng tròn",
    signer: "Lê Quang Long",
    signerTitle: "Trưởng Ban",
    secretary: "",
    format: "hành chính",
  },
  units: [
    { code: "BQL", name: "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội" },
    { code: "DUK-CQ", name: "Đảng ủy Khối các cơ quan Thành phố" },
    { code: "LHP", name: "Trường Đào tạo cán bộ Lê Hồng Phong" },
    { code: "DUK-DN", name: "Đảng ủy Khối các doanh nghiệp Thành phố" },
    { code: "DUK-DH", name: "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội" },
  ],
  criteria: [
    {
      code: "1.1",
      content: "Hoàn thành các chỉ tiêu, nhiệm vụ chính trị, chuyên môn được giao trong năm",
      max: 30,
      type: "standard",
      group: "I. Thực hiện nhiệm vụ chính trị, chuyên môn",
    },
    {
      code: "1.2",
      content: "Thực hiện cải cách hành chính, chuyển đổi số, ứng dụng công nghệ thông tin",
      max: 10,
      type: "standard",
      group: "I. Thực hiện nhiệm vụ chính trị, chuyên môn",
    },
    {
      code: "2.1",
      content: "Ban hành kế hoạch, phát động và tổ chức các phong trào thi đua thiết thực, hiệu quả",
      max: 15,
      type: "standard",
      group: "II. Công tác thi đua, khen thưởng",
    },
    {
      code: "2.2",
      content: "Phát hiện, bồi dưỡng, tuyên truyền và nhân rộng các điển hình tiên tiến",
      max: 10,
      type: "standard",
      group: "II. Công tác thi đua, khen thưởng",
    },
    {
      code: "2.3",
      content: "Thực hiện đúng quy trình khen thưởng; chế độ thông tin, báo cáo đúng thời hạn",
      max: 10,
      type: "standard",
      group: "II. Công tác thi đua, khen thưởng",
    },
    {
      code: "3.1",
      content: "Xây dựng tổ chức Đảng, cơ quan, đoàn thể trong sạch, vững mạnh",
      max: 10,
      type: "standard",
      group: "III. Xây dựng tổ chức và tham gia hoạt động của Cụm",
    },
    {
      code: "3.2",
      content: "Tham gia đầy đủ các hội nghị, hoạt động, kiểm tra chéo do Cụm tổ chức",
      max: 15,
      type: "standard",
      group: "III. Xây dựng tổ chức và tham gia hoạt động của Cụm",
    },
    {
      code: "4.1",
      content: "Có sáng kiến, mô hình, cách làm hay được cấp có thẩm quyền công nhận",
      max: 5,
      type: "bonus",
      group: "IV. Điểm thưởng",
    },
    {
      code: "5.1",
      content: "Chậm gửi báo cáo, hồ sơ thi đua so với thời hạn (trừ 1 điểm mỗi lần)",
      max: 5,
      type: "deduction",
      group: "V. Điểm trừ",
    },
  ],
  plan: examplePlan(2023),
  examples: EXAMPLE_FIELDS,
};
