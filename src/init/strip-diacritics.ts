/** Strips Vietnamese diacritics, keeping case (`Đảng ủy` → `Dang uy`). */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFC")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}
