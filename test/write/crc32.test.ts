import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { crc32, tableCrc32 } from "../../src/write/zip/crc32.js";

describe("crc32", () => {
  it("gives the check value of CRC-32/ISO-HDLC, the CRC of ZIP", () => {
    const check = Buffer.from("123456789", "ascii");
    expect(crc32(check)).toBe(0xcbf43926);
    expect(tableCrc32(check)).toBe(0xcbf43926);
  });

  it("reads the same from the table (Node 20 before 20.15) as from node:zlib", () => {
    for (const size of [0, 1, 255, 4096, 65537]) {
      const data = randomBytes(size);
      expect(tableCrc32(data)).toBe(crc32(data));
    }
  });
});
