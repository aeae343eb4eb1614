/** Every set of the blind corpus, in folder order. */
import type { CorpusSet } from "../../lib/model.js";
import { set01 } from "./01-danh-gia-truoc-thang-diem.js";
import { set02 } from "./02-sheet-nam-va-ban-sao.js";
import { set03 } from "./03-chu-cai-va-dong-cong.js";
import { set04 } from "./04-thuong-tru-trong-nhom.js";
import { set05 } from "./05-tong-hop-cot-ma-tc.js";
import { set06 } from "./06-tong-hop-dong-ten-tat.js";
import { set07 } from "./07-nhieu-don-vi-mot-file.js";
import { set08 } from "./08-cot-an-ty-le.js";
import { set09 } from "./09-diem-le-hai-so.js";
import { set10 } from "./10-hai-muoi-lam-tieu-chi.js";
import { set11 } from "./11-thang-1000-chu.js";
import { set12 } from "./12-tong-lech-mot-dong.js";
import { set13 } from "./13-ky-anh-hai-don-vi.js";
import { set14 } from "./14-tong-hop-cap-cot.js";
import { set15 } from "./15-don-vi-o-goc-trai.js";
import { set16 } from "./16-gach-ngang-va-so-lieu.js";
import { set17 } from "./17-tieu-de-nhom-gop-o.js";
import { set18 } from "./18-tong-hop-theo-nhom.js";
import { set19 } from "./19-khong-cot-tt.js";
import { set20 } from "./20-sheet-co-nam.js";
import { set21 } from "./21-ma-tc-khong-dong-tong.js";
import { set22 } from "./22-tieu-chi-doc-lap.js";
import { set23 } from "./23-tieu-muc-a-b.js";
import { set24 } from "./24-thang-bac-co-diem.js";
import { set25 } from "./25-diem-tru-am.js";
import { set26 } from "./26-dong-gop-hai-hang.js";
import { set27, set28, set29, set30, set31 } from "./27-31-tu-choi-bieu-mau.js";
import { set32, set33, set34, set35 } from "./32-35-tu-choi-bang.js";
import { set36 } from "./36-tong-hop-dong-cot-cong.js";
import { set37 } from "./37-sheet-tu-cham-va-khoi-cham.js";
import { set38 } from "./38-tong-hop-ma-tc-khong-tong.js";
import { set39 } from "./39-tong-hop-cot-ten-huyen.js";
import { set40 } from "./40-sau-thang-va-ca-nam.js";

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
