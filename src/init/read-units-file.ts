import { readFile } from "node:fs/promises";
import { ThiduaError } from "../errors.js";
import type { UnitNames } from "./parse-unit-names.js";
import { parseUnitNames } from "./parse-unit-names.js";

/**
 * Reads a `--units` file: UTF-8 (with or without BOM), or UTF-16 with a BOM as Windows Notepad saves
 * "Unicode". Fails with an input error when the file is missing, not text, or names no unit.
 */
export async function readUnitsFile(file: string): Promise<UnitNames> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ThiduaError("input", `Không đọc được tệp danh sách đơn vị ${file}.`);
  }
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    else text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ThiduaError("input", `Tệp ${file} không phải văn bản UTF-8: hãy lưu lại với bảng mã UTF-8.`);
  }
  const parsed = parseUnitNames(text);
  if (parsed.names.length === 0)
    throw new ThiduaError("input", `Tệp ${file} không có tên đơn vị nào (mỗi dòng một tên).`);
  return parsed;
}
