/** What a zip holding no workbook is, in the secretary's words, from its part names (keys, lower case). */
export function describeOtherZip(names: ReadonlySet<string>): string {
  if (names.has("word/document.xml")) return "tài liệu Word .docx";
  if (names.has("ppt/presentation.xml")) return "bài trình chiếu PowerPoint .pptx";
  if (names.has("xl/workbook.bin")) return "bảng tính nhị phân .xlsb";
  if (names.has("content.xml") && names.has("mimetype")) return "tệp OpenDocument (.ods/.odt)";
  return "tệp nén zip không chứa bảng tính";
}
