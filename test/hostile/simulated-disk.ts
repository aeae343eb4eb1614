import type * as Fs from "node:fs";
import { resolve, sep } from "node:path";

/*
 * A read-only or full disk without mounting one (only root can mount a tmpfs): the file system's
 * answers under a folder that stands for the disk, as the kernel gives them: EROFS for every folder
 * or file made on a read-only disk, ENOSPC once the writes outgrow the room of a full one.
 * hostile.test.ts mocks node:fs with `onSimulatedDisks`, so the code under test meets these answers
 * where it writes.
 */

/** The room on a full disk: the manifest's tmpfs is 16 KB. */
const FULL_DISK_BYTES = 16 * 1024;

interface Disk {
  kind: "readonly" | "full";
  free: number;
}
const disks = new Map<string, Disk>();

/** Makes `folder` a read-only or full disk until the returned function is called. */
export function simulateDisk(folder: string, kind: Disk["kind"]): () => void {
  const key = resolve(folder);
  disks.set(key, { kind, free: FULL_DISK_BYTES });
  return () => disks.delete(key);
}

function errno(code: "EROFS" | "ENOSPC", syscall: string, path: string): NodeJS.ErrnoException {
  const what = code === "EROFS" ? "read-only file system" : "no space left on device";
  return Object.assign(new Error(`${code}: ${what}, ${syscall} '${path}'`), { code, syscall, path });
}

/** The error a disk gives to making a folder (`bytes` null) or writing `bytes` at `path`; null when it takes them. */
function refusal(path: Fs.PathOrFileDescriptor, bytes: number | null): NodeJS.ErrnoException | null {
  if (typeof path === "number") return null;
  const full = resolve(String(path));
  for (const [folder, disk] of disks) {
    if (full !== folder && !full.startsWith(folder + sep)) continue;
    if (disk.kind === "readonly") return errno("EROFS", bytes === null ? "mkdir" : "open", full);
    if (bytes === null) return null;
    if (bytes > disk.free) return errno("ENOSPC", "write", full);
    disk.free -= bytes;
    return null;
  }
  return null;
}

const byteLength = (data: string | NodeJS.ArrayBufferView): number =>
  typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;

/** node:fs with its folder-making and file-writing calls answering as the simulated disks do. */
export function onSimulatedDisks(fs: typeof Fs): typeof Fs {
  return {
    ...fs,
    mkdirSync: ((path: Fs.PathLike, options?: Fs.MakeDirectoryOptions) => {
      const error = refusal(path, null);
      if (error !== null) throw error;
      return fs.mkdirSync(path, options);
    }) as typeof fs.mkdirSync,
    writeFileSync: (
      path: Fs.PathOrFileDescriptor,
      data: string | NodeJS.ArrayBufferView,
      options?: Fs.WriteFileOptions,
    ) => {
      const error = refusal(path, byteLength(data));
      if (error !== null) throw error;
      fs.writeFileSync(path, data, options);
    },
  };
}
