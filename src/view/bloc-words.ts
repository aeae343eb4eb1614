import type { BlocKind } from "../model/bloc.js";
import { upperVietnamese } from "./text/upper-vietnamese.js";

/** The words that follow `Loại` (documents.md): Khối thi đua / Cụm thi đua and the titles. */
export interface BlocWords {
  /** `Khối` or `Cụm`. */
  short: string;
  /** `khối` or `cụm`, mid-sentence. */
  shortLower: string;
  /** `Khối thi đua` or `Cụm thi đua`. */
  bloc: string;
  /** `KHỐI THI ĐUA` or `CỤM THI ĐUA`. */
  blocUpper: string;
  /** `Khối trưởng` or `Cụm trưởng`. */
  chair: string;
  /** `KHỐI TRƯỞNG` or `CỤM TRƯỞNG`. */
  chairUpper: string;
  /** `Khối phó` or `Cụm phó`. */
  deputy: string;
  /** `KHỐI PHÓ` or `CỤM PHÓ`. */
  deputyUpper: string;
  /** `KTĐ` or `CTĐ`: the bloc's abbreviation in document symbols (`Số:     /BC-KTĐ`). */
  abbreviation: string;
}

/** The Khối/Cụm words for a bloc kind. */
export function blocWords(kind: BlocKind): BlocWords {
  const short = kind === "cum" ? "Cụm" : "Khối";
  const words = {
    short,
    shortLower: short.toLocaleLowerCase("vi"),
    bloc: `${short} thi đua`,
    chair: `${short} trưởng`,
    deputy: `${short} phó`,
  };
  return {
    ...words,
    blocUpper: upperVietnamese(words.bloc),
    chairUpper: upperVietnamese(words.chair),
    deputyUpper: upperVietnamese(words.deputy),
    abbreviation: kind === "cum" ? "CTĐ" : "KTĐ",
  };
}

/**
 * Rewrites `Khối`/`khối`/`KHỐI` (and `KTĐ`) as `Cụm`/`cụm`/`CỤM` (`CTĐ`) for a cụm, so that a template
 * written with the Khối words serves both kinds: `{{khoi "Khối trưởng"}}` → `Cụm trưởng`.
 */
export function adaptBlocWording(text: string, kind: BlocKind): string {
  const nfc = text.normalize("NFC");
  if (kind === "khoi") return nfc;
  return nfc.replace(/KHỐI/g, "CỤM").replace(/Khối/g, "Cụm").replace(/khối/g, "cụm").replace(/KTĐ/g, "CTĐ");
}
