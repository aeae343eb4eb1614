import { homedir } from "node:os";
import { posix, win32 } from "node:path";

/**
 * thidua's folder in the user's cache, where the platform keeps such files: `%LOCALAPPDATA%\thidua\Cache`
 * on Windows, `~/Library/Caches/thidua` on macOS, `$XDG_CACHE_HOME/thidua` or `~/.cache/thidua` elsewhere
 * (an XDG path that is not absolute is ignored, as the XDG specification says).
 */
export function userCacheDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === "win32")
    return win32.join(env.LOCALAPPDATA ?? win32.join(home, "AppData", "Local"), "thidua", "Cache");
  if (platform === "darwin") return posix.join(home, "Library", "Caches", "thidua");
  const xdg = env.XDG_CACHE_HOME;
  return posix.join(xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(home, ".cache"), "thidua");
}
