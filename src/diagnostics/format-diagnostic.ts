import type { Diagnostic, Location } from "../model/diagnostic.js";
import { messages } from "./messages.js";

/** `khoi-2.xlsx › BQL › C7`: the location as the secretary reads it. */
export function formatLocation(location: Location): string {
  const parts: string[] = [location.file];
  if (location.sheet !== undefined) parts.push(location.sheet);
  if (location.cell !== undefined) parts.push(location.cell);
  else if (location.row !== undefined) parts.push(`dòng ${location.row}`);
  return parts.join(" › ");
}

/** The Vietnamese sentence of a diagnostic, without its location. */
export function diagnosticText(d: Diagnostic): string {
  return messages[d.code].text(d.args);
}

/** How to fix a diagnostic, when the table has a hint. */
export function diagnosticHint(d: Diagnostic): string | undefined {
  const spec = messages[d.code];
  return "hint" in spec ? spec.hint : undefined;
}

/** One line: location, then the message. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d.location)}: ${diagnosticText(d)}`;
}
