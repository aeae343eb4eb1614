/** `CỤM THI ĐUA SỐ 02`: upper case keeping the diacritics (and đ → Đ), in NFC so Word shows one glyph. */
export function upperVietnamese(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");
}
