import { readFileSync } from "node:fs";

/** The package's version, read from package.json beside the built files (dist/ → ..). */
export const VERSION: string = (() => {
  try {
    const json: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    return typeof json === "object" && json !== null && "version" in json ? String(json.version) : "0.0.0";
  } catch {
    return "0.0.0";
  }
})();
