/** Names of the bloc workbook's own sheets: any other sheet is a unit's score sheet or ignored. */
export const BLOC_SHEETS = {
  info: ["Thông tin", "Info"],
  units: ["Đơn vị", "Units"],
  criteria: ["Tiêu chí", "Criteria"],
  matrix: ["Bảng điểm", "Scores"],
  plan: ["Phương hướng", "Plan"],
  rules: ["Quy tắc", "Rules"],
  history: ["Khen thưởng", "Awards"],
} as const;
