/**
 * The blocs of the corpus: real-sounding provincial blocs and clusters (names after the seed
 * articles and provinces' emulation guidance). Each is one year's `Thông tin` and `Đơn vị`.
 */
import type { Bloc, Unit } from "../lib/model.js";

const HTXS = "Hoàn thành xuất sắc nhiệm vụ";

function province(name: string): Pick<Bloc, "council" | "authority" | "place"> {
  return {
    council: `Hội đồng Thi đua - Khen thưởng tỉnh ${name}`,
    authority: "Ủy ban nhân dân tỉnh",
    place: name,
  };
}

function units(list: [string, string][], extra: Record<string, Partial<Unit>> = {}): Unit[] {
  return list.map(([code, name]) => ({ code, name, ...extra[code] }));
}

export const NOI_CHINH_LANG_SON: Bloc = {
  name: "Khối thi đua các cơ quan nội chính tỉnh Lạng Sơn",
  kind: "Khối",
  year: 2024,
  ...province("Lạng Sơn"),
  meeting: "18/12/2024",
  venue: "Hội trường Công an tỉnh Lạng Sơn",
  chair: "CA",
  deputy: "VKS",
  signer: "Hoàng Văn Thắng",
  signerTitle: "Giám đốc Công an tỉnh",
  units: units([
    ["TTr", "Thanh tra tỉnh"],
    ["CA", "Công an tỉnh"],
    ["TAND", "Tòa án nhân dân tỉnh"],
    ["VKS", "Viện kiểm sát nhân dân tỉnh"],
    ["STP", "Sở Tư pháp"],
    ["THADS", "Cục Thi hành án dân sự tỉnh"],
  ]),
};

export const THAM_MUU_HA_TINH: Bloc = {
  name: "Khối thi đua các cơ quan tham mưu tổng hợp tỉnh Hà Tĩnh",
  kind: "Khối",
  year: 2024,
  ...province("Hà Tĩnh"),
  meeting: "20/12/2024",
  chair: "STC",
  deputy: "SNV",
  units: units([
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["STP", "Sở Tư pháp"],
    ["TTr", "Thanh tra tỉnh"],
    ["CTK", "Cục Thống kê tỉnh"],
  ]),
};

export const TONG_HOP_NAM_DINH: Bloc = {
  name: "Khối thi đua các sở, ngành tổng hợp tỉnh Nam Định",
  kind: "Khối",
  year: 2023,
  ...province("Nam Định"),
  meeting: "22/12/2023",
  chair: "VPUBND",
  deputy: "SKHDT",
  units: units([
    ["STC", "Sở Tài chính"],
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["SNV", "Sở Nội vụ"],
    ["STP", "Sở Tư pháp"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
  ]),
};

export const VHXH_QUANG_NINH: Bloc = {
  name: "Khối thi đua văn hóa - xã hội tỉnh Quảng Ninh",
  kind: "Khối",
  year: 2024,
  ...province("Quảng Ninh"),
  meeting: "17/12/2024",
  chair: "SYT",
  deputy: "SGDDT",
  units: units([
    ["SYT", "Sở Y tế"],
    ["SGDDT", "Sở Giáo dục và Đào tạo"],
    ["SVHTT", "Sở Văn hóa và Thể thao"],
    ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội"],
    ["TTTT", "Trung tâm Truyền thông tỉnh"],
    ["BAO", "Báo Quảng Ninh"],
  ]),
};

export const TONG_HOP_NGHE_AN: Bloc = {
  name: "Khối thi đua các sở, ngành khối tổng hợp tỉnh Nghệ An",
  kind: "Khối",
  year: 2024,
  ...province("Nghệ An"),
  meeting: "26/12/2024",
  chair: "SNV",
  deputy: "STC",
  units: units([
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["TTr", "Thanh tra tỉnh"],
    ["STP", "Sở Tư pháp"],
  ]),
};

export const DOAN_THE_BAC_GIANG: Bloc = {
  name: "Cụm thi đua các tổ chức chính trị - xã hội tỉnh Bắc Giang",
  kind: "Cụm",
  year: 2024,
  ...province("Bắc Giang"),
  meeting: "12/12/2024",
  chair: "HLHPN",
  deputy: "TD",
  units: units([
    ["MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["LDLD", "Liên đoàn Lao động tỉnh"],
    ["HLHPN", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["TD", "Tỉnh đoàn"],
    ["HND", "Hội Nông dân tỉnh"],
    ["HCCB", "Hội Cựu chiến binh tỉnh"],
  ]),
};

export const MIEN_NUI_THANH_HOA: Bloc = {
  name: "Cụm thi đua các huyện miền núi tỉnh Thanh Hóa",
  kind: "Cụm",
  year: 2024,
  ...province("Thanh Hóa"),
  meeting: "27/12/2024",
  venue: "Trung tâm Văn hóa huyện Ngọc Lặc",
  chair: "NLAC",
  deputy: "CTHUY",
  units: units([
    ["MLAT", "Ủy ban nhân dân huyện Mường Lát"],
    ["QHOA", "Ủy ban nhân dân huyện Quan Hóa"],
    ["QSON", "Ủy ban nhân dân huyện Quan Sơn"],
    ["BTHUOC", "Ủy ban nhân dân huyện Bá Thước"],
    ["LCHANH", "Ủy ban nhân dân huyện Lang Chánh"],
    ["TXUAN", "Ủy ban nhân dân huyện Thường Xuân"],
    ["NXUAN", "Ủy ban nhân dân huyện Như Xuân"],
    ["NTHANH", "Ủy ban nhân dân huyện Như Thanh"],
    ["NLAC", "Ủy ban nhân dân huyện Ngọc Lặc"],
    ["CTHUY", "Ủy ban nhân dân huyện Cẩm Thủy"],
    ["TTHANH", "Ủy ban nhân dân huyện Thạch Thành"],
  ]),
};

export const TRUONG_DONG_NAI: Bloc = {
  name: "Khối thi đua các trường cao đẳng, trung cấp tỉnh Đồng Nai",
  kind: "Khối",
  year: 2024,
  ...province("Đồng Nai"),
  meeting: "19/12/2024",
  chair: "CDKT",
  deputy: "CDYT",
  units: units([
    ["CDCNC", "Trường Cao đẳng Công nghệ cao Đồng Nai"],
    ["CDYT", "Trường Cao đẳng Y tế Đồng Nai"],
    ["CDKT", "Trường Cao đẳng Kỹ thuật Đồng Nai"],
    ["CDMT", "Trường Cao đẳng Mỹ thuật - Trang trí Đồng Nai"],
    ["TCVH", "Trường Trung cấp Việt Hàn Đồng Nai"],
  ]),
};

export const DANG_QUANG_BINH: Bloc = {
  name: "Khối thi đua các ban, đơn vị, cơ quan Đảng tỉnh Quảng Bình",
  kind: "Khối",
  year: 2024,
  council: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Bình",
  authority: "Ủy ban nhân dân tỉnh",
  place: "Quảng Bình",
  meeting: "08/01/2025",
  chair: "BTC",
  deputy: "BTG",
  format: "Đảng",
  signer: "Trần Thắng",
  signerTitle: "Trưởng Ban Tổ chức Tỉnh ủy",
  units: units([
    ["BTC", "Ban Tổ chức Tỉnh ủy"],
    ["BTG", "Ban Tuyên giáo Tỉnh ủy"],
    ["UBKT", "Ủy ban Kiểm tra Tỉnh ủy"],
    ["VPTU", "Văn phòng Tỉnh ủy"],
    ["BNC", "Ban Nội chính Tỉnh ủy"],
    ["BDV", "Ban Dân vận Tỉnh ủy"],
    ["BAO", "Báo Quảng Bình"],
    ["TCT", "Trường Chính trị tỉnh"],
  ]),
};

export const DOANH_NGHIEP_BINH_DINH: Bloc = {
  name: "Khối thi đua các doanh nghiệp nhà nước tỉnh Bình Định",
  kind: "Khối",
  year: 2024,
  ...province("Bình Định"),
  meeting: "23/12/2024",
  chair: "CTN",
  deputy: "XSKT",
  units: units([
    ["XSKT", "Công ty TNHH Xổ số kiến thiết Bình Định"],
    ["CTN", "Công ty Cổ phần Cấp thoát nước Bình Định"],
    ["MT", "Công ty Cổ phần Môi trường Bình Định"],
    ["TL", "Công ty TNHH Khai thác công trình thủy lợi Bình Định"],
    ["LN", "Công ty TNHH Lâm nghiệp Quy Nhơn"],
  ]),
};

export const HUYEN_BAC_GIANG: Bloc = {
  name: "Cụm thi đua số 1 các huyện, thành phố tỉnh Bắc Giang",
  kind: "Cụm",
  year: 2024,
  ...province("Bắc Giang"),
  meeting: "25/12/2024",
  chair: "TPBG",
  deputy: "LNGAN",
  units: units([
    ["TPBG", "Ủy ban nhân dân thành phố Bắc Giang"],
    ["LNGAN", "Ủy ban nhân dân huyện Lục Ngạn"],
    ["SDONG", "Ủy ban nhân dân huyện Sơn Động"],
    ["LNAM", "Ủy ban nhân dân huyện Lục Nam"],
    ["YTHE", "Ủy ban nhân dân huyện Yên Thế"],
    ["LGIANG", "Ủy ban nhân dân huyện Lạng Giang"],
  ]),
};

export const KINH_TE_QUANG_TRI: Bloc = {
  name: "Khối thi đua các sở, ngành kinh tế tỉnh Quảng Trị",
  kind: "Khối",
  year: 2024,
  ...province("Quảng Trị"),
  meeting: "24/12/2024",
  chair: "SXD",
  deputy: "SGTVT",
  units: units([
    ["SCT", "Sở Công Thương"],
    ["SNN", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["SXD", "Sở Xây dựng"],
    ["SGTVT", "Sở Giao thông vận tải"],
    ["STNMT", "Sở Tài nguyên và Môi trường"],
    ["SKHCN", "Sở Khoa học và Công nghệ"],
  ]),
};

export const MIEN_TAY_NGHE_AN: Bloc = {
  name: "Cụm thi đua số 3 các huyện miền Tây tỉnh Nghệ An",
  kind: "Cụm",
  year: 2024,
  ...province("Nghệ An"),
  meeting: "13/12/2024",
  chair: "KSON",
  deputy: "TDUONG",
  units: units(
    [
      ["CCUONG", "Ủy ban nhân dân huyện Con Cuông"],
      ["TDUONG", "Ủy ban nhân dân huyện Tương Dương"],
      ["KSON", "Ủy ban nhân dân huyện Kỳ Sơn"],
      ["ASON", "Ủy ban nhân dân huyện Anh Sơn"],
      ["TCHUONG", "Ủy ban nhân dân huyện Thanh Chương"],
    ],
    {
      CCUONG: { rotationOrder: 4 },
      TDUONG: { rotationOrder: 2 },
      KSON: { rotationOrder: 1 },
      ASON: { noRotation: true, note: "Sáp nhập đơn vị hành chính năm 2025" },
      TCHUONG: { rotationOrder: 3 },
    },
  ),
};

export const DANG_HA_TINH: Bloc = {
  name: "Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh",
  kind: "Khối",
  year: 2024,
  ...province("Hà Tĩnh"),
  meeting: "06/01/2025",
  chair: "UBKT",
  deputy: "BDV",
  format: "Đảng",
  units: units([
    ["BTC", "Ban Tổ chức Tỉnh ủy"],
    ["BTG", "Ban Tuyên giáo Tỉnh ủy"],
    ["UBKT", "Ủy ban Kiểm tra Tỉnh ủy"],
    ["VPTU", "Văn phòng Tỉnh ủy"],
    ["BDV", "Ban Dân vận Tỉnh ủy"],
    ["BNC", "Ban Nội chính Tỉnh ủy"],
  ]),
};

export const KINH_TE_PHU_THO: Bloc = {
  name: "Khối thi đua các sở, ngành kinh tế - kỹ thuật tỉnh Phú Thọ",
  kind: "Khối",
  year: 2024,
  ...province("Phú Thọ"),
  meeting: "20/12/2024",
  chair: "SNN",
  deputy: "SCT",
  units: units([
    ["SCT", "Sở Công Thương"],
    ["SNN", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["SXD", "Sở Xây dựng"],
    ["SGTVT", "Sở Giao thông vận tải"],
    ["STNMT", "Sở Tài nguyên và Môi trường"],
    ["SKHCN", "Sở Khoa học và Công nghệ"],
    ["STTTT", "Sở Thông tin và Truyền thông"],
  ]),
};

export const VHXH_GIA_LAI: Bloc = {
  name: "Khối thi đua các cơ quan văn hóa - xã hội tỉnh Gia Lai",
  kind: "Khối",
  year: 2024,
  ...province("Gia Lai"),
  meeting: "30/12/2024",
  chair: "SGDDT",
  deputy: "SYT",
  units: units(
    [
      ["SGDDT", "Sở Giáo dục và Đào tạo"],
      ["SYT", "Sở Y tế"],
      ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội"],
      ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
      ["STTTT", "Sở Thông tin và Truyền thông"],
      ["BDT", "Ban Dân tộc tỉnh"],
      ["PTTH", "Đài Phát thanh - Truyền hình tỉnh"],
      ["BHXH", "Bảo hiểm xã hội tỉnh"],
    ],
    {
      SGDDT: { rating: HTXS },
      SYT: { rating: HTXS },
      SLDTBXH: { rating: HTXS, discipline: "Đang bị thanh tra việc quản lý quỹ bảo trợ xã hội" },
      SVHTTDL: { rating: "Hoàn thành tốt nhiệm vụ" },
      STTTT: { rating: HTXS },
      BDT: { rating: "Hoàn thành nhiệm vụ" },
      PTTH: { rating: "Hoàn thành tốt nhiệm vụ" },
      BHXH: { rating: HTXS },
    },
  ),
};

export const TRUNG_UONG_CAN_THO: Bloc = {
  name: "Khối thi đua các cơ quan Trung ương đóng trên địa bàn thành phố Cần Thơ",
  kind: "Khối",
  year: 2024,
  council: "Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ",
  authority: "Ủy ban nhân dân thành phố",
  place: "Cần Thơ",
  meeting: "19/12/2024",
  chair: "KBNN",
  deputy: "CT",
  units: units([
    ["KBNN", "Kho bạc Nhà nước Cần Thơ"],
    ["CT", "Cục Thuế thành phố Cần Thơ"],
    ["HQ", "Cục Hải quan thành phố Cần Thơ"],
    ["BHXH", "Bảo hiểm xã hội thành phố Cần Thơ"],
    ["NHNN", "Ngân hàng Nhà nước Chi nhánh Cần Thơ"],
    ["CTK", "Cục Thống kê thành phố Cần Thơ"],
  ]),
};

export const DONG_BANG_QUANG_NGAI: Bloc = {
  name: "Cụm thi đua các huyện đồng bằng tỉnh Quảng Ngãi",
  kind: "Cụm",
  year: 2024,
  ...province("Quảng Ngãi"),
  meeting: "16/12/2024",
  chair: "BSON",
  deputy: "STINH",
  units: units([
    ["BSON", "Ủy ban nhân dân huyện Bình Sơn"],
    ["STINH", "Ủy ban nhân dân huyện Sơn Tịnh"],
    ["TNGHIA", "Ủy ban nhân dân huyện Tư Nghĩa"],
    ["NHANH", "Ủy ban nhân dân huyện Nghĩa Hành"],
    ["MDUC", "Ủy ban nhân dân huyện Mộ Đức"],
  ]),
};

export const DOAN_THE_TUYEN_QUANG: Bloc = {
  name: "Cụm thi đua các tổ chức chính trị - xã hội tỉnh Tuyên Quang",
  kind: "Cụm",
  year: 2024,
  ...province("Tuyên Quang"),
  meeting: "11/12/2024",
  chair: "LDLD",
  deputy: "HND",
  units: units([
    ["MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["LDLD", "Liên đoàn Lao động tỉnh"],
    ["HLHPN", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["TD", "Tỉnh đoàn"],
    ["HND", "Hội Nông dân tỉnh"],
    ["HCCB", "Hội Cựu chiến binh tỉnh"],
  ]),
};

export const NGAN_HANG_KIEN_GIANG: Bloc = {
  name: "Khối thi đua các ngân hàng trên địa bàn tỉnh Kiên Giang",
  kind: "Khối",
  year: 2024,
  ...province("Kiên Giang"),
  meeting: "27/12/2024",
  chair: "NHCSXH",
  deputy: "AGR",
  units: units([
    ["AGR", "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh Kiên Giang"],
    ["VCB", "Ngân hàng TMCP Ngoại thương Việt Nam Chi nhánh Kiên Giang"],
    ["CTG", "Ngân hàng TMCP Công Thương Việt Nam Chi nhánh Kiên Giang"],
    ["BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam Chi nhánh Kiên Giang"],
    ["NHCSXH", "Ngân hàng Chính sách xã hội Chi nhánh Kiên Giang"],
  ]),
};

export const THAM_MUU_BEN_TRE: Bloc = {
  name: "Khối thi đua các cơ quan tham mưu tỉnh Bến Tre",
  kind: "Khối",
  year: 2024,
  ...province("Bến Tre"),
  meeting: "18/12/2024",
  chair: "VPUBND",
  deputy: "SNV",
  units: units([
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["STP", "Sở Tư pháp"],
    ["TTr", "Thanh tra tỉnh"],
  ]),
};

// Blocs whose secretaries retyped part of their files in the contract's words (sets 22–27).

export const VHXH_HAI_PHONG: Bloc = {
  name: "Khối thi đua các sở, ngành văn hóa - xã hội thành phố Hải Phòng",
  kind: "Khối",
  year: 2024,
  council: "Hội đồng Thi đua - Khen thưởng thành phố Hải Phòng",
  authority: "Ủy ban nhân dân thành phố",
  place: "Hải Phòng",
  meeting: "24/12/2024",
  chair: "SYT",
  deputy: "SDL",
  units: units([
    ["SGDDT", "Sở Giáo dục và Đào tạo"],
    ["SYT", "Sở Y tế"],
    ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội"],
    ["SVHTT", "Sở Văn hóa và Thể thao"],
    ["SDL", "Sở Du lịch"],
    ["PTTH", "Đài Phát thanh và Truyền hình Hải Phòng"],
  ]),
};

export const KINH_TE_THAI_BINH: Bloc = {
  name: "Khối thi đua các sở, ngành kinh tế tỉnh Thái Bình",
  kind: "Khối",
  year: 2024,
  ...province("Thái Bình"),
  meeting: "19/12/2024",
  chair: "SCT",
  deputy: "SNN",
  units: units([
    ["SCT", "Sở Công Thương"],
    ["SNN", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["SXD", "Sở Xây dựng"],
    ["SGTVT", "Sở Giao thông vận tải"],
    ["STNMT", "Sở Tài nguyên và Môi trường"],
  ]),
};

export const PHIA_NAM_HA_TINH: Bloc = {
  name: "Cụm thi đua các huyện, thị xã phía Nam tỉnh Hà Tĩnh",
  kind: "Cụm",
  year: 2024,
  ...province("Hà Tĩnh"),
  meeting: "26/12/2024",
  chair: "HKHE",
  deputy: "CXUYEN",
  units: units([
    ["KANH", "Ủy ban nhân dân huyện Kỳ Anh"],
    ["TXKA", "Ủy ban nhân dân thị xã Kỳ Anh"],
    ["CXUYEN", "Ủy ban nhân dân huyện Cẩm Xuyên"],
    ["HKHE", "Ủy ban nhân dân huyện Hương Khê"],
    ["VQUANG", "Ủy ban nhân dân huyện Vũ Quang"],
  ]),
};

export const TONG_HOP_THAI_NGUYEN: Bloc = {
  name: "Khối thi đua các cơ quan tổng hợp tỉnh Thái Nguyên",
  kind: "Khối",
  year: 2024,
  ...province("Thái Nguyên"),
  meeting: "20/12/2024",
  chair: "SKHDT",
  deputy: "VPUBND",
  units: units([
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["STP", "Sở Tư pháp"],
    ["TTr", "Thanh tra tỉnh"],
  ]),
};

export const DOANH_NGHIEP_LONG_AN: Bloc = {
  name: "Khối thi đua các doanh nghiệp nhà nước tỉnh Long An",
  kind: "Khối",
  year: 2024,
  ...province("Long An"),
  meeting: "25/12/2024",
  chair: "CTN",
  deputy: "KTTL",
  units: units([
    ["XSKT", "Công ty TNHH MTV Xổ số kiến thiết Long An"],
    ["CTN", "Công ty Cổ phần Cấp thoát nước Long An"],
    ["MTDT", "Công ty Cổ phần Môi trường đô thị Long An"],
    ["KTTL", "Công ty TNHH MTV Khai thác công trình thủy lợi Long An"],
    ["PTN", "Công ty Cổ phần Phát triển nhà Long An"],
  ]),
};

export const TRUONG_DA_NANG: Bloc = {
  name: "Khối thi đua các trường cao đẳng thành phố Đà Nẵng",
  kind: "Khối",
  year: 2024,
  council: "Hội đồng Thi đua - Khen thưởng thành phố Đà Nẵng",
  authority: "Ủy ban nhân dân thành phố",
  place: "Đà Nẵng",
  meeting: "17/12/2024",
  chair: "CDTM",
  deputy: "CDKTKH",
  units: units([
    ["CDN", "Trường Cao đẳng Nghề Đà Nẵng"],
    ["CDTM", "Trường Cao đẳng Thương mại"],
    ["CDKTKH", "Trường Cao đẳng Kinh tế - Kế hoạch Đà Nẵng"],
    ["CDDL", "Trường Cao đẳng Du lịch Đà Nẵng"],
    ["CDYT", "Trường Cao đẳng Y tế Đà Nẵng"],
  ]),
};
