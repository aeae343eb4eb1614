import { unzipFiles } from "../../scripts/lib/zip-files.js";

/*
 * Reads a .docx for the tests without any OOXML library: the reader's zip directory (not the writer's
 * code) and regular expressions over the XML src/render/ooxml writes (one element per tag, no CDATA),
 * enough to extract the text, the tables and the properties a clerk would check.
 */

/** The files of a zip archive by path (stored or deflated entries). */
export function unzip(data: Buffer): Map<string, Buffer> {
  return new Map(unzipFiles(data).map((f) => [f.name, Buffer.from(f.data)]));
}

/** A part of the package as text. */
export function part(docx: Buffer, path: string): string {
  const file = unzip(docx).get(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.toString("utf8");
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

/** The text of one paragraph's XML: its `w:t` texts, `w:br` as a line break. */
export function paragraphText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:t(?:\s[^>]*)?\/>/g)) {
    out += m[0] === "<w:br/>" ? "\n" : decode(m[1] ?? "");
  }
  return out;
}

/** Every paragraph of the body (tables included, in document order) as text. */
export function paragraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map((m) =>
    paragraphText(m[0]),
  );
}

/** The whole text: paragraphs joined by line breaks, white space of each kept as written. */
export function documentText(documentXml: string): string {
  return paragraphs(documentXml).join("\n");
}

/** Tables as rows of cell texts (tables in a document are not nested here). */
export function tables(documentXml: string): string[][][] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [^>]*>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join("\n")),
    ),
  );
}

/** The raw XML of each table. */
export function tableXml(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
}

/** Attributes of the first element with this tag name, e.g. `w:pgSz`. */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}(\\s[^>]*?)/?>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries(
    [...(m[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1] ?? "", a[2] ?? ""]),
  );
}

/** Indents XML one element per line, for golden files a reviewer can diff. */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/>\s*</g, "><").split(/(?=<)|(?<=>)/);
  let depth = 0;
  const lines: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (token.startsWith("</")) {
      depth--;
      lines.push("  ".repeat(Math.max(depth, 0)) + token);
    } else if (token.startsWith("<") && !token.endsWith("/>") && !token.startsWith("<?")) {
      const text = tokens[i + 1] ?? "";
      const close = tokens[i + 2] ?? "";
      if (!text.startsWith("<") && close.startsWith("</")) {
        lines.push("  ".repeat(depth) + token + text + close);
        i += 2;
      } else {
        lines.push("  ".repeat(depth) + token);
        depth++;
      }
    } else if (token.length > 0) {
      lines.push("  ".repeat(depth) + token);
    }
  }
  return lines.join("\n") + "\n";
}
