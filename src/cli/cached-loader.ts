import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve, sep } from "node:path";
import { Script } from "node:vm";
import { crc32 } from "../write/zip/crc32.js";

/**
 * Requires the built CLI's CommonJS files (dist/, scripts/build.mjs) with V8's code cache, the compile
 * cache Node 20 lacks (Node 22 has `module.enableCompileCache`). Without it each run compiles every
 * function it calls from source again: a fifth of a summarize's time.
 *
 * Each file runs as a vm.Script given the cached data of an earlier run; the `require` it receives
 * sends the files of dist/ (`./chunks/…`) back here, so each runs once, and the rest (Node's
 * built-ins) to Node. When the process ends, each file that had no usable cache gets one: made then,
 * it holds every function the run compiled. An entry is named by the CRC-32 and length of the file's
 * source and the CRC-32 of its path, in a folder per Node version: a changed file gets an entry of its
 * own, and so does each installed copy (V8 keeps the path an entry was made from, so a copy run with
 * another's entry would name the other's files in its stack traces). V8 itself rejects data of
 * another V8 or other flags (the file is then compiled as usual and its entry renewed). A cache that
 * cannot be read or written only makes the run slower.
 */
export type CacheState = "used" | "missing" | "rejected";

export interface CachedLoader {
  /** Runs a CommonJS file (once; later calls return its exports). */
  require(file: string): unknown;
  /** How each file run so far was compiled. */
  readonly states: ReadonlyMap<string, CacheState>;
}

/** A loader whose cache lives in `cacheDir` (created when first written). */
export function cachedLoader(cacheDir: string): CachedLoader {
  const folder = resolve(cacheDir, `node-${process.version}-${process.arch}`);
  const modules = new Map<string, { exports: object }>();
  const states = new Map<string, CacheState>();
  const toWrite: Array<{ entry: string; script: Script }> = [];
  // One Node `require` per folder (dist/, dist/chunks/): making one walks the folder's parents for
  // node_modules paths, 0.1 ms a file.
  const nodeRequires = new Map<string, NodeRequire>();
  const nodeRequireIn = (folder: string): NodeRequire => {
    let found = nodeRequires.get(folder);
    if (found === undefined) {
      found = createRequire(resolve(folder, "noop.js"));
      nodeRequires.set(folder, found);
    }
    return found;
  };

  // Each file is read into one of two buffers, reused: a buffer of its own for each of the 90 files
  // read is 2 MB of memory touched for the first time (3 ms of a run, page by page).
  const sources = new ReusedBuffer();
  const entries = new ReusedBuffer();
  // Paths as required (`./chunks/x.js` from dist/) → absolute: a chunk is required from many others.
  const resolved = new Map<string, string>();

  function load(file: string): unknown {
    const known = modules.get(file);
    if (known !== undefined) return known.exports;
    const bytes = sources.read(file, WRAP_BEFORE, WRAP_AFTER);
    const entry = `${folder}${sep}${entryName(bytes, file)}.bin`;
    const cachedData = entries.readOrUndefined(entry);
    // The source as Node wraps a CommonJS module, decoded once from the buffer (a concatenation of
    // strings would be copied again when V8 compiles it).
    const source = sources.text(WRAP_BEFORE.length + bytes.length + WRAP_AFTER.length);
    const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
    const state = cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
    states.set(file, state);
    if (state !== "used") toWrite.push({ entry, script });

    const module = { exports: {} };
    modules.set(file, module);
    const dir = dirname(file);
    const nodeRequire = nodeRequireIn(dir);
    const requireRelative = (id: string): unknown => {
      const key = `${dir}${sep}${id}`;
      let path = resolved.get(key);
      if (path === undefined) {
        path = resolve(dir, id);
        resolved.set(key, path);
      }
      return load(path);
    };
    const require = Object.assign(
      (id: string) => (id.startsWith(".") ? requireRelative(id) : nodeRequire(id)),
      nodeRequire,
    );
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, file, dir);
    module.exports = plainExports(module.exports);
    return module.exports;
  }

  process.once("exit", () => {
    for (const { entry, script } of toWrite) writeQuietly(entry, script.createCachedData());
  });
  return { require: load, states };
}

/**
 * The name of a file's entry: its source's CRC-32 and length, and its path's CRC-32. Any change to a
 * file gives it another name (two sources of one length share a CRC-32 once in four billion, by
 * accident). Not a SHA-1: node:crypto takes 6 ms to load, a fiftieth of a summarize.
 */
const entryName = (bytes: Buffer, file: string): string =>
  `${hex(crc32(bytes))}-${bytes.length}-${hex(crc32(Buffer.from(file, "utf8")))}`;

const hex = (n: number): string => n.toString(16).padStart(8, "0");

/**
 * The exports of a file that has run, as plain values. esbuild's CommonJS form reads each export
 * through two getters (an ES module's live binding), which cost a summarize about 7% in calls from
 * one chunk to another. Once a module has run its exports keep their values: the sources export no
 * variable (test/cli/code-cache.test.ts holds them to it). One still undefined may be set later
 * (esbuild's lazily run modules), so it keeps its getter.
 */
function plainExports(exports: object): object {
  const plain = {};
  // Marks the exports of an ES module, for esbuild's `import()` of it (its default export).
  if (Reflect.get(exports, "__esModule") === true)
    Object.defineProperty(plain, "__esModule", { value: true });
  for (const key of Object.keys(exports)) {
    const value: unknown = Reflect.get(exports, key);
    const live = Object.getOwnPropertyDescriptor(exports, key) ?? {};
    Object.defineProperty(plain, key, value === undefined ? live : { value, enumerable: true });
  }
  return plain;
}

/** A file as Node wraps a CommonJS module: its source between these two. */
const WRAP_BEFORE = Buffer.from("(function (exports, require, module, __filename, __dirname) { ");
const WRAP_AFTER = Buffer.from("\n});");

/** A buffer that each file read reuses, grown to the largest. */
class ReusedBuffer {
  private buffer = Buffer.allocUnsafe(256 * 1024);

  /**
   * Reads a whole file, with `before` and `after` around it; returns the file's bytes, a view valid
   * until the next read.
   */
  read(file: string, before: Buffer, after: Buffer): Buffer {
    const fd = openSync(file, "r");
    try {
      const size = fstatSync(fd).size;
      const needed = before.length + size + after.length;
      if (needed > this.buffer.length)
        this.buffer = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      let length = 0;
      for (let n = -1; n !== 0 && length < size; length += n) {
        n = readSync(fd, this.buffer, before.length + length, size - length, null);
      }
      before.copy(this.buffer, 0);
      after.copy(this.buffer, before.length + length);
      return this.buffer.subarray(before.length, before.length + length);
    } finally {
      closeSync(fd);
    }
  }

  /** A file's bytes (a view valid until the next read), or undefined when it cannot be read. */
  readOrUndefined(file: string): Buffer | undefined {
    try {
      return this.read(file, EMPTY, EMPTY);
    } catch {
      return undefined;
    }
  }

  /** The first `length` bytes of the last read, as text. */
  text(length: number): string {
    return this.buffer.toString("utf8", 0, length);
  }
}

const EMPTY = Buffer.alloc(0);

function writeQuietly(file: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return; // A read-only home: the runs stay correct, only without the cache.
  }
  // Whole or not at all: another run may be reading the entry.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true }); // A full disk, say: as above.
  }
}
