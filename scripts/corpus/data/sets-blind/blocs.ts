/**
 * The blocs of the blind corpus: provinces and kinds of bloc the first corpus did not use, with the
 * unit names a secretary abbreviates (`UBND huyện`, `Sở LĐTBXH`, `Sở VH,TT&DL`) and pairs of names a
 * loose match confuses (`huyện Kỳ Anh` and `thị xã Kỳ Anh`, `Sở Nội vụ` and `Sở Ngoại vụ`).
 */
import type { Bloc, Unit } from "../../lib/model.js";

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

export const CUM_HAI_DUONG: Bloc = {
  name: "Cụm thi đua số 2 các huyện, thị xã, thành phố tỉnh Hải Dương",
  kind: "Cụm",
  year: 2024,
  ...province("Hải Dương"),
  meeting: "20/12/2024",
  chair: "NSACH",
  deputy: "KTHANH",
  units: units([
    ["CLINH", "Ủy ban nhân dân thành phố Chí Linh"],
    ["KMON", "Ủy ban nhân dân thị xã Kinh Môn"],
    ["NSACH", "Ủy ban nhân dân huyện Nam Sách"],
    ["KTHANH", "Ủy ban nhân dân huyện Kim Thành"],
    ["THA", "Ủy ban nhân dân huyện Thanh Hà"],
  ]),
};

export const TONG_HOP_HUE: Bloc = {
  name: "Khối thi đua các cơ quan tổng hợp tỉnh Thừa Thiên Huế",
  kind: "Khối",
  year: 2024,
  ...province("Thừa Thiên Huế"),
  meeting: "23/12/2024",
  chair: "STP",
  deputy: "TTr",
  units: units([
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["STP", "Sở Tư pháp"],
    ["TTr", "Thanh tra tỉnh"],
  ]),
};

export const DANG_NGHE_AN: Bloc = {
  name: "Khối thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy Nghệ An",
  kind: "Khối",
  year: 2024,
  ...province("Nghệ An"),
  meeting: "10/01/2025",
  chair: "BDV",
  deputy: "BNC",
  format: "Đảng",
  units: units([
    ["BTC", "Ban Tổ chức Tỉnh ủy"],
    ["BTG", "Ban Tuyên giáo Tỉnh ủy"],
    ["UBKT", "Ủy ban Kiểm tra Tỉnh ủy"],
    ["VPTU", "Văn phòng Tỉnh ủy"],
    ["BDV", "Ban Dân vận Tỉnh ủy"],
    ["BNC", "Ban Nội chính Tỉnh ủy"],
    ["BAO", "Báo Nghệ An"],
  ]),
};

export const KINH_TE_BAC_NINH: Bloc = {
  name: "Khối thi đua các sở, ngành kinh tế tỉnh Bắc Ninh",
  kind: "Khối",
  year: 2024,
  ...province("Bắc Ninh"),
  meeting: "18/12/2024",
  chair: "SXD",
  deputy: "SNN",
  units: units([
    ["SCT", "Sở Công Thương"],
    ["SNN", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["SXD", "Sở Xây dựng"],
    ["SGTVT", "Sở Giao thông vận tải"],
    ["STNMT", "Sở Tài nguyên và Môi trường"],
    ["SKHCN", "Sở Khoa học và Công nghệ"],
  ]),
};

export const NOI_CHINH_YEN_BAI: Bloc = {
  name: "Khối thi đua các cơ quan nội chính tỉnh Yên Bái",
  kind: "Khối",
  year: 2024,
  ...province("Yên Bái"),
  meeting: "17/12/2024",
  chair: "VKSND",
  deputy: "TAND",
  units: units([
    ["CAT", "Công an tỉnh"],
    ["VKSND", "Viện kiểm sát nhân dân tỉnh"],
    ["TAND", "Tòa án nhân dân tỉnh"],
    ["TTr", "Thanh tra tỉnh"],
    ["STP", "Sở Tư pháp"],
    ["CTHADS", "Cục Thi hành án dân sự tỉnh"],
  ]),
};

export const VHXH_DAK_LAK: Bloc = {
  name: "Khối thi đua các cơ quan văn hóa - xã hội tỉnh Đắk Lắk",
  kind: "Khối",
  year: 2024,
  ...province("Đắk Lắk"),
  meeting: "26/12/2024",
  chair: "SLDTBXH",
  deputy: "SVHTTDL",
  units: units([
    ["SGDDT", "Sở Giáo dục và Đào tạo"],
    ["SYT", "Sở Y tế"],
    ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội"],
    ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
    ["STTTT", "Sở Thông tin và Truyền thông"],
    ["BDT", "Ban Dân tộc tỉnh"],
    ["PTTH", "Đài Phát thanh - Truyền hình tỉnh"],
    ["BHXH", "Bảo hiểm xã hội tỉnh"],
  ]),
};

export const CUM_LAO_CAI: Bloc = {
  name: "Cụm thi đua số 1 các huyện, thị xã tỉnh Lào Cai",
  kind: "Cụm",
  year: 2024,
  ...province("Lào Cai"),
  meeting: "19/12/2024",
  chair: "BTHANG",
  deputy: "SAPA",
  units: units([
    ["BXAT", "Ủy ban nhân dân huyện Bát Xát"],
    ["MKHUONG", "Ủy ban nhân dân huyện Mường Khương"],
    ["SMCAI", "Ủy ban nhân dân huyện Si Ma Cai"],
    ["BHA", "Ủy ban nhân dân huyện Bắc Hà"],
    ["BTHANG", "Ủy ban nhân dân huyện Bảo Thắng"],
    ["SAPA", "Ủy ban nhân dân thị xã Sa Pa"],
  ]),
};

export const SU_NGHIEP_VINH_LONG: Bloc = {
  name: "Khối thi đua các đơn vị sự nghiệp tỉnh Vĩnh Long",
  kind: "Khối",
  year: 2024,
  ...province("Vĩnh Long"),
  meeting: "24/12/2024",
  chair: "BAO",
  deputy: "CDVL",
  units: units([
    ["PTTH", "Đài Phát thanh và Truyền hình Vĩnh Long"],
    ["BAO", "Báo Vĩnh Long"],
    ["CDVL", "Trường Cao đẳng Vĩnh Long"],
    ["TCT", "Trường Chính trị Phạm Hùng"],
    ["BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh Vĩnh Long"],
  ]),
};

export const KINH_TE_BINH_THUAN: Bloc = {
  name: "Khối thi đua các cơ quan kinh tế tỉnh Bình Thuận",
  kind: "Khối",
  year: 2024,
  ...province("Bình Thuận"),
  meeting: "25/12/2024",
  chair: "SGTVT",
  deputy: "BQLKCN",
  units: units([
    ["SCT", "Sở Công Thương"],
    ["SNN", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["SXD", "Sở Xây dựng"],
    ["SGTVT", "Sở Giao thông vận tải"],
    ["STNMT", "Sở Tài nguyên và Môi trường"],
    ["BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh"],
  ]),
};

export const TONG_HOP_THANH_HOA: Bloc = {
  name: "Khối thi đua các cơ quan tổng hợp tỉnh Thanh Hóa",
  kind: "Khối",
  year: 2024,
  ...province("Thanh Hóa"),
  meeting: "27/12/2024",
  chair: "SNGV",
  deputy: "STC",
  units: units([
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["STP", "Sở Tư pháp"],
    ["TTr", "Thanh tra tỉnh"],
    ["SNGV", "Sở Ngoại vụ"],
  ]),
};

export const DOANH_NGHIEP_QUANG_NAM: Bloc = {
  name: "Khối thi đua các doanh nghiệp nhà nước tỉnh Quảng Nam",
  kind: "Khối",
  year: 2024,
  ...province("Quảng Nam"),
  meeting: "21/12/2024",
  chair: "XSKT",
  deputy: "KTTL",
  units: units([
    ["CTN", "Công ty Cổ phần Cấp thoát nước Quảng Nam"],
    ["MTDT", "Công ty Cổ phần Môi trường đô thị Quảng Nam"],
    ["XSKT", "Công ty TNHH MTV Xổ số kiến thiết Quảng Nam"],
    ["KTTL", "Công ty TNHH MTV Khai thác thủy lợi Quảng Nam"],
    ["LNNG", "Công ty TNHH MTV Lâm nghiệp Nam Giang"],
  ]),
};

export const NGAN_HANG_AN_GIANG: Bloc = {
  name: "Khối thi đua các ngân hàng thương mại tỉnh An Giang",
  kind: "Khối",
  year: 2024,
  ...province("An Giang"),
  meeting: "09/01/2025",
  chair: "VCB",
  deputy: "CTG",
  units: units([
    ["AGR", "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh An Giang"],
    ["VCB", "Ngân hàng TMCP Ngoại thương Việt Nam Chi nhánh An Giang"],
    ["CTG", "Ngân hàng TMCP Công Thương Việt Nam Chi nhánh An Giang"],
    ["BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam Chi nhánh An Giang"],
    ["NHCSXH", "Ngân hàng Chính sách xã hội Chi nhánh An Giang"],
  ]),
};

export const CUM_KY_ANH: Bloc = {
  name: "Cụm thi đua số 4 các huyện, thị xã tỉnh Hà Tĩnh",
  kind: "Cụm",
  year: 2024,
  ...province("Hà Tĩnh"),
  meeting: "17/12/2024",
  chair: "TXKA",
  deputy: "THA",
  units: units([
    ["HKA", "Ủy ban nhân dân huyện Kỳ Anh"],
    ["TXKA", "Ủy ban nhân dân thị xã Kỳ Anh"],
    ["CXUYEN", "Ủy ban nhân dân huyện Cẩm Xuyên"],
    ["THA", "Ủy ban nhân dân huyện Thạch Hà"],
    ["HKHE", "Ủy ban nhân dân huyện Hương Khê"],
  ]),
};

export const DOAN_THE_THAI_BINH: Bloc = {
  name: "Cụm thi đua các tổ chức chính trị - xã hội tỉnh Thái Bình",
  kind: "Cụm",
  year: 2024,
  ...province("Thái Bình"),
  meeting: "13/12/2024",
  chair: "HND",
  deputy: "HCCB",
  units: units([
    ["MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["LDLD", "Liên đoàn Lao động tỉnh"],
    ["HLHPN", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["TD", "Tỉnh đoàn"],
    ["HND", "Hội Nông dân tỉnh"],
    ["HCCB", "Hội Cựu chiến binh tỉnh"],
  ]),
};

export const TRUNG_UONG_DONG_THAP: Bloc = {
  name: "Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Đồng Tháp",
  kind: "Khối",
  year: 2024,
  ...province("Đồng Tháp"),
  meeting: "20/12/2024",
  chair: "CT",
  deputy: "HQ",
  units: units([
    ["KBNN", "Kho bạc Nhà nước Đồng Tháp"],
    ["CT", "Cục Thuế tỉnh Đồng Tháp"],
    ["HQ", "Cục Hải quan tỉnh Đồng Tháp"],
    ["BHXH", "Bảo hiểm xã hội tỉnh Đồng Tháp"],
    ["NHNN", "Ngân hàng Nhà nước Chi nhánh tỉnh Đồng Tháp"],
    ["CTK", "Cục Thống kê tỉnh Đồng Tháp"],
  ]),
};

export const VHXH_NINH_BINH: Bloc = {
  name: "Khối thi đua văn hóa - xã hội tỉnh Ninh Bình",
  kind: "Khối",
  year: 2024,
  ...province("Ninh Bình"),
  meeting: "19/12/2024",
  chair: "SDL",
  deputy: "PTTH",
  units: units([
    ["SGDDT", "Sở Giáo dục và Đào tạo"],
    ["SYT", "Sở Y tế"],
    ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội"],
    ["SVHTT", "Sở Văn hóa và Thể thao"],
    ["SDL", "Sở Du lịch"],
    ["PTTH", "Đài Phát thanh và Truyền hình Ninh Bình"],
  ]),
};

export const NOI_CHINH_CAO_BANG: Bloc = {
  name: "Khối thi đua các cơ quan nội chính tỉnh Cao Bằng",
  kind: "Khối",
  year: 2024,
  ...province("Cao Bằng"),
  meeting: "16/12/2024",
  chair: "BCHQS",
  deputy: "CA",
  units: units([
    ["CA", "Công an tỉnh"],
    ["BCHQS", "Bộ Chỉ huy Quân sự tỉnh"],
    ["BĐBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
    ["VKS", "Viện kiểm sát nhân dân tỉnh"],
    ["TAND", "Tòa án nhân dân tỉnh"],
    ["TTr", "Thanh tra tỉnh"],
  ]),
};

export const CUM_NAM_DINH: Bloc = {
  name: "Cụm thi đua số 3 các huyện tỉnh Nam Định",
  kind: "Cụm",
  year: 2024,
  ...province("Nam Định"),
  meeting: "24/12/2024",
  chair: "VBAN",
  deputy: "MLOC",
  units: units([
    ["YYEN", "Ủy ban nhân dân huyện Ý Yên"],
    ["VBAN", "Ủy ban nhân dân huyện Vụ Bản"],
    ["MLOC", "Ủy ban nhân dân huyện Mỹ Lộc"],
    ["NTRUC", "Ủy ban nhân dân huyện Nam Trực"],
    ["TNINH", "Ủy ban nhân dân huyện Trực Ninh"],
    ["XTRUONG", "Ủy ban nhân dân huyện Xuân Trường"],
  ]),
};

export const HOI_BAC_NINH: Bloc = {
  name: "Khối thi đua các hội đặc thù tỉnh Bắc Ninh",
  kind: "Khối",
  year: 2024,
  ...province("Bắc Ninh"),
  meeting: "12/12/2024",
  chair: "HNB",
  deputy: "HCTD",
  units: units([
    ["HCTD", "Hội Chữ thập đỏ tỉnh"],
    ["HNB", "Hội Nhà báo tỉnh"],
    ["HVHNT", "Hội Văn học nghệ thuật tỉnh"],
    ["LHHKT", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
    ["HLG", "Hội Luật gia tỉnh"],
    ["HNCT", "Hội Người cao tuổi tỉnh"],
  ]),
};

export const TONG_HOP_BAC_KAN: Bloc = {
  name: "Khối thi đua các cơ quan tổng hợp tỉnh Bắc Kạn",
  kind: "Khối",
  year: 2024,
  ...province("Bắc Kạn"),
  meeting: "18/12/2024",
  chair: "SKHDT",
  deputy: "VPUBND",
  units: units([
    ["SNV", "Sở Nội vụ"],
    ["STC", "Sở Tài chính"],
    ["SKHDT", "Sở Kế hoạch và Đầu tư"],
    ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["STP", "Sở Tư pháp"],
  ]),
};
