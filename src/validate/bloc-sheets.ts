import { SHEET_NAMES } from "../model/workbook-labels.js";

/** Names of the bloc workbook's own sheets: any other sheet is a unit's score sheet or ignored. */
export const BLOC_SHEETS = {
  info: [SHEET_NAMES.info, "Info"],
  units: [SHEET_NAMES.units, "Units"],
  criteria: [SHEET_NAMES.criteria, "Criteria"],
  matrix: [SHEET_NAMES.matrix, "Scores"],
  plan: [SHEET_NAMES.plan, "Plan"],
  rules: [SHEET_NAMES.rules, "Rules"],
  history: [SHEET_NAMES.history, "Awards"],
} as const;
