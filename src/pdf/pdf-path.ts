/** The PDF written beside a Word document: `bao-cao-tong-ket.docx` → `bao-cao-tong-ket.pdf`. */
export function pdfPathOf(docxPath: string): string {
  return docxPath.replace(/\.docx$/i, ".pdf");
}

/** True for a Word document among the outputs: the files `--pdf` converts. */
export function isDocx(path: string): boolean {
  return /\.docx$/i.test(path);
}
