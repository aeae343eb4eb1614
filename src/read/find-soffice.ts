import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Where the LibreOffice installers put `soffice` when it is not on the PATH (Windows, macOS). */
function installedPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "darwin") return ["/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  if (platform !== "win32") return [];
  const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], "C:\\Program Files"].filter(
    (r): r is string => r !== undefined && r !== "",
  );
  return roots.map((root) => join(root, "LibreOffice", "program", "soffice.exe"));
}

function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The `soffice` program to run: the first on the PATH, else the installers' usual place; null when none. */
export function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | null {
  const names = platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice"];
  const folders = (env.PATH ?? env.Path ?? "").split(delimiter).filter((f) => f !== "");
  for (const folder of folders) {
    for (const name of names) {
      const path = join(folder, name);
      if (runnable(path)) return path;
    }
  }
  return installedPaths(platform, env).find(runnable) ?? null;
}
