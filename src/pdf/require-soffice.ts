import { ThiduaError } from "../errors.js";
import { findSoffice } from "../read/find-soffice.js";

/**
 * The `soffice` program for `--pdf`, or the run's error before anything is read or written: without
 * LibreOffice no PDF can be made, and a dossier half in Word and half in PDF helps nobody.
 */
export function requireSoffice(env: NodeJS.ProcessEnv = process.env): string {
  const soffice = findSoffice(env);
  if (soffice !== null) return soffice;
  throw new ThiduaError(
    "output",
    "--pdf cần LibreOffice để chuyển văn bản Word sang PDF, nhưng máy chưa cài LibreOffice (không tìm thấy chương trình soffice). Chưa ghi tệp nào. Cài LibreOffice (miễn phí, tải tại https://www.libreoffice.org/download) rồi chạy lại, hoặc chạy lại không có --pdf.",
  );
}
