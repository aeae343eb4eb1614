/** Types of what scripts/corpus/check-corpus.mjs exports, for its tests. */

export interface ExpectedError {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  why: string;
}

export interface Expectation {
  expect: "ok" | "refused";
  args: string[];
  units?: {
    code: string;
    standard: number;
    bonus: number;
    deduction: number;
    total: number;
    rank: number;
    scoreSource?: string;
  }[];
  proposals?: { flag: string[]; governmentFlag: string[]; certificate: string[] };
  ties?: { award: string; units: string[] }[];
  nextChair?: string;
  nextDeputy?: string;
  errors?: ExpectedError[];
}

export interface Verdict {
  expect: "ok" | "refused";
  exit: number;
  verdict: "read right" | "refused" | "WRONG";
  detail: string;
  named?: boolean;
}

export function classify(
  expect: Expectation,
  run: { exit: number; result: object; stderr?: string },
): Verdict;
export function differences(expect: Expectation, result: object): string[];
export function named(expected: ExpectedError, errors: readonly object[]): boolean;
