/** A zip that cannot be read: damaged, or not downloaded to the end. */
export const DAMAGED = "tệp bị hỏng hoặc chưa tải về hết";

/** What went wrong inside the xlsx library, in the secretary's words; the library's text kept for support. */
export function explainLoadError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (
    /end of data|corrupt|invalid (zip|signature)|central directory|unexpected end|size mismatch/i.test(text)
  ) {
    return DAMAGED;
  }
  if (/already merged/i.test(text)) return "các vùng ô gộp chồng lên nhau";
  if (/out of bounds|invalid (column|address|row)/i.test(text)) return `địa chỉ ô không hợp lệ (${text})`;
  // saxes reports XML errors as "line:column: …".
  if (/^\d+:\d+: /.test(text)) return `nội dung XML bên trong tệp bị hỏng (${text})`;
  return `cấu trúc bên trong tệp không hợp lệ (${text})`;
}
