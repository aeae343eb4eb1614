/** The JSON keys, for the "known keys" list of an unknown-key error. */
export const KNOWN_RULE_KEYS = [
  "tieBreakers",
  "bonusCap",
  "classes",
  "flag.count",
  "flag.minPercent",
  "governmentFlag",
  "certificate.count",
  "certificate.minPercent",
  "voteThreshold",
  "awards.flag.name",
  "awards.governmentFlag.name",
  "awards.certificate.name",
  "legalBases",
];

/** Expands dotted keys (`"flag.count": 2`) into nested objects, which scripts often write. */
export function expandDottedKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const parts = key.split(".");
    let target = out;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (typeof next !== "object" || next === null || Array.isArray(next)) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1] ?? key;
    const existing = target[last];
    const expanded = expandDottedKeys(v);
    target[last] =
      typeof existing === "object" && existing !== null && typeof expanded === "object" && expanded !== null
        ? { ...existing, ...expanded }
        : expanded;
  }
  return out;
}
