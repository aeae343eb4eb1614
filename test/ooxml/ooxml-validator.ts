import validate, { type ValidationResult } from "@ooxml-tools/validate";

/*
 * Word's and Excel's own check, for the tests: Microsoft's Open XML SDK validator, compiled to
 * WebAssembly (`@ooxml-tools/validate`, offline). A file it reports nothing for opens in Word and
 * Excel without a repair prompt (documents.md: what "correct" means).
 */

/** A validation error, kept short enough to read in a failed assertion. */
export interface OoxmlError {
  id: string;
  part: string;
  xpath: string;
  description: string;
}

/**
 * The errors of a .docx or .xlsx under the Microsoft365 profile. The first call loads the .NET
 * runtime (seconds); later ones take a fraction of a second each.
 */
export async function ooxmlErrors(data: Uint8Array, format: "docx" | "xlsx"): Promise<OoxmlError[]> {
  const results: ValidationResult[] = await validate(data, format, "Microsoft365");
  return results.map((r) => ({
    id: r.id,
    part: r.path.partUri,
    xpath: r.path.xpath,
    description: r.description,
  }));
}

/** The format of an output file by its name. */
export function formatOf(fileName: string): "docx" | "xlsx" {
  if (fileName.endsWith(".docx")) return "docx";
  if (fileName.endsWith(".xlsx")) return "xlsx";
  throw new Error(`not an Office Open XML file: ${fileName}`);
}
