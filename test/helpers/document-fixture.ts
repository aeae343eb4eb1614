import type { Bloc, BlocInfo, Criterion, Rating, Unit } from "../../src/model/bloc.js";
import type { BlocResult, Proposal, Tie, UnitResult } from "../../src/model/result.js";
import type { Rules } from "../../src/model/rules.js";
import { DEFAULT_RULES } from "../../src/validate/rules/rule-settings.js";

/*
 * Blocs and results built by hand for the document tests: the rules engine is tested elsewhere, and
 * the documents must print exactly what a result says, so the result here is written out (only the
 * sums are computed, to keep the numbers consistent with the score table).
 */

const FILE = "fixture.xlsx";
const loc = (sheet: string, row: number) => ({ file: FILE, sheet, row });

/** A unit as the fixtures write it. */
interface UnitSpec {
  code: string;
  name: string;
  rating?: Rating;
  votes?: number;
  note?: string;
  /** Points per criterion code, in points (not hundredths). */
  points: Record<string, number>;
}

function unit(spec: UnitSpec, index: number): Unit {
  return {
    code: spec.code,
    name: spec.name,
    index,
    rotationOrder: null,
    noRotation: false,
    rating: spec.rating ?? null,
    discipline: null,
    womenRatio: null,
    votes: spec.votes ?? null,
    awardOverride: null,
    note: spec.note ?? null,
    location: loc("Đơn vị", index + 2),
  };
}

function criterion(
  code: string,
  content: string,
  max: number,
  type: Criterion["type"],
  group: string | null,
  row: number,
): Criterion {
  return { code, content, max: Math.round(max * 100), type, group, location: loc("Tiêu chí", row) };
}

/** Totals and subtotals of each unit, ranked by total (1, 1, 3), names collated inside a rank. */
function standings(
  bloc: Omit<Bloc, "rules"> & { rules: Rules },
  classes: (total: number) => string | null,
): UnitResult[] {
  const results = bloc.units.map((u): UnitResult => {
    const sum = (type: Criterion["type"]) =>
      bloc.criteria
        .filter((c) => c.type === type)
        .reduce((s, c) => s + (bloc.scores[u.code]?.[c.code]?.points ?? 0), 0);
    const groupSubtotals: Record<string, number> = {};
    for (const c of bloc.criteria.filter((x) => x.type === "standard")) {
      const g = c.group ?? "";
      groupSubtotals[g] = (groupSubtotals[g] ?? 0) + (bloc.scores[u.code]?.[c.code]?.points ?? 0);
    }
    const standard = sum("standard");
    const bonusEarned = sum("bonus");
    const bonus = bloc.rules.bonusCap === null ? bonusEarned : Math.min(bonusEarned, bloc.rules.bonusCap);
    const deduction = sum("deduction");
    const total = standard + bonus - deduction;
    return {
      code: u.code,
      name: u.name,
      standard,
      bonusEarned,
      bonus,
      deduction,
      total,
      groupSubtotals,
      rank: 0,
      class: classes(total),
      scoreSource: "bloc",
      ineligible: { flag: [], governmentFlag: [], certificate: [] },
    };
  });
  const collator = new Intl.Collator("vi");
  results.sort((a, b) => b.total - a.total || collator.compare(a.name, b.name));
  for (const r of results) r.rank = 1 + results.filter((o) => o.total > r.total).length;
  return results;
}

function scoresOf(specs: readonly UnitSpec[]): Bloc["scores"] {
  const scores: Bloc["scores"] = {};
  specs.forEach((spec, i) => {
    scores[spec.code] = Object.fromEntries(
      Object.entries(spec.points).map(([code, p]) => [
        code,
        {
          points: Math.round(p * 100),
          source: "bloc" as const,
          selfPoints: null,
          location: loc(spec.code, i + 2),
        },
      ]),
    );
  });
  return scores;
}

/** The name that must print exactly as typed (escaping test). */
export const TRICKY_NAME = 'Công ty A & B <Miền Nam> "Số 1"';
/** A unit name that looks like a template expression: it must print literally, never be evaluated. */
export const MUSTACHE_NAME = "Đơn vị {{tenKhoi}} {{#each x}}<p>";

const CUM_INFO: BlocInfo = {
  name: "Cụm thi đua số 02",
  kind: "cum",
  year: 2023,
  council: "Hội đồng Thi đua - Khen thưởng Thành phố Hà Nội",
  authority: "Ủy ban nhân dân Thành phố",
  place: "Hà Nội",
  meetingDate: { year: 2024, month: 1, day: 16 },
  meetingTime: null,
  endTime: null,
  venue: "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
  chair: "BQL",
  deputy: "DUK-CQ",
  rotation: "round-robin",
  nextChair: null,
  nextDeputy: null,
  signer: "Lê Quang Long",
  signerTitle: "Trưởng Ban",
  secretary: null,
  absent: [],
  format: "administrative",
};

/**
 * A 5-unit Cụm (seed 001, Hà Nội, 2023): BQL leads (flag and Government flag), DUK-CQ gets the one
 * certificate it can, AB and TK tie at rank 3 for the last certificate (`cần bình xét`); round-robin
 * rotation: next chair DUK-CQ, next deputy LHP; ratings and votes entered; a plan is given.
 */
export function cumFixture(): { bloc: Bloc; result: BlocResult } {
  const criteria = [
    criterion(
      "1.1",
      "Hoàn thành các chỉ tiêu, nhiệm vụ chính trị được giao",
      30,
      "standard",
      "I. Thực hiện nhiệm vụ chính trị",
      2,
    ),
    criterion(
      "1.2",
      "Thực hiện cải cách hành chính, chuyển đổi số",
      20,
      "standard",
      "I. Thực hiện nhiệm vụ chính trị",
      3,
    ),
    criterion(
      "2.1",
      "Tổ chức phát động các phong trào thi đua",
      30,
      "standard",
      "II. Công tác thi đua, khen thưởng",
      4,
    ),
    criterion(
      "2.2",
      "Công tác tuyên truyền, nhân rộng điển hình tiên tiến",
      20,
      "standard",
      "II. Công tác thi đua, khen thưởng",
      5,
    ),
    criterion("T1", "Sáng kiến, mô hình mới được cấp có thẩm quyền công nhận", 5, "bonus", null, 6),
    criterion("D1", "Chậm gửi báo cáo theo quy định", 5, "deduction", null, 7),
  ];
  const specs: UnitSpec[] = [
    {
      code: "BQL",
      name: "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
      rating: "htxs-tieu-bieu",
      votes: 5,
      points: { "1.1": 29.5, "1.2": 19, "2.1": 29, "2.2": 18, T1: 2 },
    },
    {
      code: "DUK-CQ",
      name: "Đảng ủy khối các cơ quan Thành phố",
      rating: "htxs",
      votes: 4,
      points: { "1.1": 29, "1.2": 18.75, "2.1": 28.5, "2.2": 18, T1: 1 },
    },
    {
      code: "LHP",
      name: "Trường Đào tạo cán bộ Lê Hồng Phong",
      rating: "htt",
      votes: 3,
      points: { "1.1": 27, "1.2": 17.4, "2.1": 27, "2.2": 17, D1: 0 },
    },
    {
      code: "AB",
      name: TRICKY_NAME,
      rating: "htxs",
      votes: 3,
      note: "Ghi chú <b>đậm</b> & nghiêng",
      points: { "1.1": 28, "1.2": 18, "2.1": 28, "2.2": 20, D1: 1 },
    },
    {
      code: "TK",
      name: MUSTACHE_NAME,
      rating: "htxs",
      votes: 3,
      points: { "1.1": 28.5, "1.2": 18.5, "2.1": 27.5, "2.2": 18.5 },
    },
  ];
  const rules: Rules = {
    ...DEFAULT_RULES,
    governmentFlag: { enabled: true, name: null },
    certificate: { count: 2, minPercent: null, name: null },
  };
  const partial = {
    file: FILE,
    info: CUM_INFO,
    units: specs.map(unit),
    criteria,
    scores: scoresOf(specs),
    plan: [
      "Tiếp tục quán triệt, triển khai Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành.",
      "1. Tổ chức ký kết giao ước thi đua năm 2024 ngay từ đầu năm.",
      "- Thực hiện tốt chế độ thông tin, báo cáo với Cụm và Thành phố.",
    ],
    rules,
  };
  const units = standings(partial, () => null);
  const proposals: Proposal[] = [
    { award: "flag", name: "Cờ thi đua của Ủy ban nhân dân Thành phố", units: ["BQL"], decidedBy: "rules" },
    { award: "governmentFlag", name: "Cờ thi đua của Chính phủ", units: ["BQL"], decidedBy: "rules" },
    {
      award: "certificate",
      name: "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố",
      units: ["DUK-CQ"],
      decidedBy: "rules",
    },
  ];
  const ties: Tie[] = [{ award: "certificate", units: ["AB", "TK"], rank: 3 }];
  return {
    bloc: partial,
    result: {
      units,
      proposals,
      computedProposals: proposals,
      ties,
      rotation: {
        method: "round-robin",
        current: { chair: "BQL", deputy: "DUK-CQ" },
        next: { chair: "DUK-CQ", deputy: "LHP" },
      },
      standardMax: 10000,
    },
  };
}

/**
 * A Khối under a Party committee (`Thể thức` = `Đảng`, HD 36-HD/VPTW): 4 units, classes set, no plan
 * (placeholder), the conference's own proposals, by-rank rotation with a tie for the chair, the
 * bloc's own `Căn cứ` lines, no signer.
 */
export function partyFixture(): { bloc: Bloc; result: BlocResult } {
  const criteria = [
    criterion("TC1", "Lãnh đạo thực hiện nhiệm vụ chính trị", 60, "standard", null, 2),
    criterion("TC2", "Công tác xây dựng Đảng", 40, "standard", null, 3),
  ];
  const specs: UnitSpec[] = [
    { code: "BTC", name: "Ban Tổ chức Tỉnh ủy", points: { TC1: 58, TC2: 38 } },
    { code: "BTG", name: "Ban Tuyên giáo Tỉnh ủy", points: { TC1: 57, TC2: 37.5 } },
    { code: "UBKT", name: "Ủy ban Kiểm tra Tỉnh ủy", points: { TC1: 57.5, TC2: 37 } },
    { code: "VP", name: "Văn phòng Tỉnh ủy", points: { TC1: 55, TC2: 36 } },
  ];
  const rules: Rules = {
    ...DEFAULT_RULES,
    classes: [
      { min: 90, label: "Xuất sắc" },
      { min: 0, label: "Khá" },
    ],
    legalBases: [
      "Căn cứ Quy chế thi đua của Khối ban hành ngày 10/3/2024;",
      "Biên bản Hội nghị của {Tên khối} ngày {Ngày họp}",
    ],
  };
  const partial = {
    file: FILE,
    info: {
      ...CUM_INFO,
      name: "Khối thi đua các cơ quan Đảng",
      kind: "khoi" as const,
      year: 2024,
      council: "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn",
      authority: "Ủy ban nhân dân tỉnh",
      place: "Bắc Kạn",
      meetingDate: { year: 2025, month: 3, day: 7 },
      venue: null,
      chair: "BTC",
      deputy: "BTG",
      rotation: "by-rank" as const,
      signer: null,
      signerTitle: null,
      format: "party" as const,
    },
    units: specs.map(unit),
    criteria,
    scores: scoresOf(specs),
    plan: null,
    rules,
  };
  const units = standings(partial, (total) => (total >= 9000 ? "Xuất sắc" : "Khá"));
  const proposals: Proposal[] = [
    { award: "flag", name: "Cờ thi đua của Ủy ban nhân dân tỉnh", units: ["BTC"], decidedBy: "conference" },
    {
      award: "certificate",
      name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      units: ["UBKT", "BTG"],
      decidedBy: "conference",
    },
  ];
  const computed: Proposal[] = [
    { award: "flag", name: "Cờ thi đua của Ủy ban nhân dân tỉnh", units: ["BTC"], decidedBy: "rules" },
    {
      award: "certificate",
      name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      units: ["BTG", "UBKT", "VP"],
      decidedBy: "rules",
    },
  ];
  return {
    bloc: partial,
    result: {
      units,
      proposals,
      computedProposals: computed,
      ties: [{ award: "chair", units: ["BTG", "UBKT"], rank: 2 }],
      rotation: {
        method: "by-rank",
        current: { chair: "BTC", deputy: "BTG" },
        next: { chair: null, deputy: null },
      },
      standardMax: 10000,
    },
  };
}

/** A wide bloc (default 14 units × 30 criteria in 3 groups): the score matrix needs landscape A4. */
export function wideFixture(unitCount = 14, criterionCount = 30): { bloc: Bloc; result: BlocResult } {
  const criteria = Array.from({ length: criterionCount }, (_, i) =>
    criterion(
      `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      `Tiêu chí thi đua số ${i + 1} về thực hiện nhiệm vụ`,
      10,
      "standard",
      `Nhóm ${Math.floor(i / 10) + 1}`,
      i + 2,
    ),
  );
  const specs: UnitSpec[] = Array.from({ length: unitCount }, (_, u) => ({
    code: `DV${String(u + 1).padStart(2, "0")}`,
    name: `Sở ngành số ${u + 1} của tỉnh`,
    points: Object.fromEntries(criteria.map((c, i) => [c.code, 10 - ((u * u + i * (u + 1)) % 7) * 0.25])),
  }));
  const partial = {
    file: FILE,
    info: {
      ...CUM_INFO,
      name: "Khối thi đua các sở, ban, ngành",
      kind: "khoi" as const,
      chair: "DV01",
      deputy: "DV02",
    },
    units: specs.map(unit),
    criteria,
    scores: scoresOf(specs),
    plan: null,
    rules: DEFAULT_RULES,
  };
  const units = standings(partial, () => null);
  const leader = units[0]?.code ?? "DV01";
  const proposals: Proposal[] = [
    { award: "flag", name: "Cờ thi đua của Ủy ban nhân dân Thành phố", units: [leader], decidedBy: "rules" },
  ];
  return {
    bloc: partial,
    result: {
      units,
      proposals,
      computedProposals: proposals,
      ties: [],
      rotation: {
        method: "round-robin",
        current: { chair: "DV01", deputy: "DV02" },
        next: { chair: "DV02", deputy: "DV03" },
      },
      standardMax: criterionCount * 1000,
    },
  };
}
