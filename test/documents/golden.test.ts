import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/render-documents.js";
import { cumFixture } from "../helpers/document-fixture.js";
import { part, prettyXml } from "./docx-reader.js";

/*
 * A pretty-printed golden document.xml: a change to a template or to the format shows as a
 * readable diff. A missing golden file is a failure, never a silent pass. After an intended change,
 * regenerate it (then read the diff before committing it):
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/documents/golden.test.ts
 */
const GOLDEN = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "golden",
  "to-trinh-khen-thuong.document.xml",
);

/** The golden text, or a failure saying how to make it. */
function readGolden(): string {
  try {
    return readFileSync(GOLDEN, "utf8");
  } catch {
    throw new Error(
      `${GOLDEN} is missing: regenerate it with UPDATE_GOLDEN=1 npx vitest run test/documents/golden.test.ts`,
    );
  }
}

describe("golden document.xml", () => {
  it("matches test/golden/to-trinh-khen-thuong.document.xml", async () => {
    const { bloc, result } = cumFixture();
    const [doc] = await renderDocuments(bloc, result, { only: ["to-trinh"] });
    const actual = prettyXml(part(doc?.data ?? Buffer.alloc(0), "word/document.xml"));
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, actual);
    }
    expect(actual).toBe(readGolden());
  });
});
