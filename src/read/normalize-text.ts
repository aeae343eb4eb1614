/** Cell text as workbook.md reads it: NFC, non-breaking spaces as spaces, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .trim();
}
