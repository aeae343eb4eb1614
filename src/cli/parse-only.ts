import type { OutputId } from "../output/output-ids.js";
import { OUTPUT_IDS } from "../output/output-ids.js";
import { ThiduaError } from "../errors.js";

/** `--only bao-cao,to-trinh` → the outputs to write; an unknown name is a usage error (exit 2). */
export function parseOnly(only: string | undefined): OutputId[] | undefined {
  if (only === undefined) return undefined;
  const ids = only
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = ids.filter((id) => !(OUTPUT_IDS as readonly string[]).includes(id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new ThiduaError(
      "usage",
      `--only: không có văn bản "${unknown.join(", ")}"; chọn trong: ${OUTPUT_IDS.join(", ")}.`,
    );
  }
  return ids as OutputId[];
}
