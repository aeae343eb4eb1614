/** Every set of the corpus, in folder order. */
import type { CorpusSet } from "../../lib/model.js";
import { set01 } from "./01-noi-chinh-bieu-mau.js";
import { set02 } from "./02-tham-dinh-doi-co.js";
import { set03 } from "./03-sheet-ten-viet-tat.js";
import { set04 } from "./04-ten-file-tieng-viet.js";
import { set05 } from "./05-sheet-nam-truoc.js";
import { set06 } from "./06-bang-tong-hop-cot.js";
import { set07 } from "./07-bang-tong-hop-dong.js";
import { set08 } from "./08-cot-diem-thuong.js";
import { set09 } from "./09-dang-tieu-de-thap.js";
import { set10 } from "./10-thang-diem-1000.js";
import { set11 } from "./11-trung-binh-ba-thanh-vien.js";
import { set12 } from "./12-dong-trong-cong-phan.js";
import { set13 } from "./13-cum-nfd-mac.js";
import { set14 } from "./14-dang-bang-cot-xuong-dong.js";
import { set15 } from "./15-khoi-cham-mot-phan.js";
import { set16 } from "./16-xep-loai-ky-luat.js";
import { set17 } from "./17-dong-diem-co.js";
import { set18 } from "./18-so-dang-chu.js";
import { set19 } from "./19-bang-tong-hop-hai-nam.js";
import { set20 } from "./20-bang-tong-hop-khong-tieu-chi.js";
import { set21 } from "./21-ma-so-va-dong-cong.js";
import { set22 } from "./22-tham-dinh-sheet-theo-ma.js";
import { set23 } from "./23-nhom-co-diem-muc-thuong-tru.js";
import { set24 } from "./24-cong-phan-dong-trong-theo-ma.js";
import { set25 } from "./25-snv-2-theo-ma.js";
import { set26 } from "./26-bang-diem-cot-thuong-tru.js";
import { set27 } from "./27-cot-thuong-theo-ma.js";
import { set28, set29, set30, set31, set32, set33 } from "./28-33-tu-choi-bieu-mau.js";
import { set34, set35, set36, set37, set38 } from "./34-38-tu-choi-o-diem.js";
import { set39, set40 } from "./39-40-tu-choi-theo-ma.js";

export const sets: CorpusSet[] = [
  set01,
  set02,
  set03,
  set04,
  set05,
  set06,
  set07,
  set08,
  set09,
  set10,
  set11,
  set12,
  set13,
  set14,
  set15,
  set16,
  set17,
  set18,
  set19,
  set20,
  set21,
  set22,
  set23,
  set24,
  set25,
  set26,
  set27,
  set28,
  set29,
  set30,
  set31,
  set32,
  set33,
  set34,
  set35,
  set36,
  set37,
  set38,
  set39,
  set40,
];
