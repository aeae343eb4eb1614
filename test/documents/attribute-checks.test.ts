import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import * as checks from "../../src/render/markup/attribute-checks.js";
import * as schemas from "../../src/render/markup/attribute-schemas.js";

/*
 * The quick readings of attribute-checks.ts must never accept what their schema refuses, and must
 * give exactly the schema's output (values, keys, key order) for what they accept; refusing more is
 * allowed, since the schema then decides. Checked on attribute sets drawn from the values that
 * matter: every enum member, the bounds of each number, near misses and stray keys.
 */

const PAIRS: Array<[string, z.ZodMiniType, (a: checks.Attributes) => unknown]> = [
  ["empty", schemas.emptyAttributes, checks.readEmpty],
  ["document", schemas.documentAttributes, checks.readDocument],
  ["heading", schemas.headingAttributes, checks.readHeading],
  ["paragraph", schemas.paragraphAttributes, checks.readParagraph],
  ["table", schemas.tableAttributes, checks.readTable],
  ["column", schemas.columnAttributes, checks.readColumn],
  ["row", schemas.rowAttributes, checks.readRow],
  ["cell", schemas.cellAttributes, checks.readCell],
  ["header-block", schemas.headerBlockAttributes, checks.readHeaderBlock],
  ["line", schemas.lineAttributes, checks.readLine],
  ["recipients", schemas.recipientsAttributes, checks.readRecipients],
  ["sign-space", schemas.signSpaceAttributes, checks.readSignSpace],
];

const KEYS = [
  ...new Set([
    ...PAIRS.flatMap(([, schema]) => Object.keys((schema as z.ZodMiniObject).shape)),
    "colour",
    "x",
  ]),
];

const VALUES = [
  ...["", "true", "false", "TRUE", "yes"],
  ...["0", "1", "2", "3", "4", "5", "5.5", "6", "07", "10", "11", "12.5", "13", "13.5", "40", "40.5", "41"],
  ...["100", "200", "201", "999", "1000", "1001", "1.", ".5", "1.25", "0.0", "-1", "1e3", " 1", "1 ", "1\n"],
  ...["\uff11", "9".repeat(400), "9".repeat(20), "00012.50"],
  ...["left", "center", "right", "justify", "middle", "top", "bottom", "first-line", "none", "short", "text"],
  ...["portrait", "landscape", "auto", "Auto"],
  ...["40,60", " 38 , 62 ", "38,62,1", "38;62", "\u00a038,62", "1.5, 2"],
  ...["Nơi nhận:", "Kính gửi:", "__proto__", "constructor"],
];

const attributeSets = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 4 });

describe("the quick attribute readings", () => {
  it.each(PAIRS)("agree with the %s schema", (_name, schema, quick) => {
    fc.assert(
      fc.property(attributeSets, (attributes) => {
        const read = quick(attributes);
        const parsed = schema.safeParse(attributes);
        if (read === undefined) return;
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(read)).toBe(JSON.stringify(parsed.data));
        expect(read).toEqual(parsed.data);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(PAIRS)("read the %s schema's defaults without it", (_name, schema, quick) => {
    const parsed = schema.safeParse({});
    expect(quick({})).toEqual(parsed.success ? parsed.data : undefined);
  });

  it("read each value of an attribute alone as its schema does", () => {
    for (const [, schema, quick] of PAIRS) {
      for (const key of KEYS) {
        for (const value of VALUES) {
          const attributes = { [key]: value };
          const read = quick(attributes);
          const parsed = schema.safeParse(attributes);
          if (read !== undefined) expect(parsed.data).toEqual(read);
          // The common, valid cases must take the quick way (else the work was for nothing).
          if (parsed.success) expect([key, value, read]).toEqual([key, value, parsed.data]);
        }
      }
    }
  });
});
