package org.zhuqi.directory.demo;

import java.util.List;

/**
 * The 72 units of the demo district, after Hangzhou's Xihu District: 48 bureaus of the district Party
 * committee and government, 12 other bodies (mass organisations, administrative committees of the science
 * parks, the customs office and a bank branch) and the 10 streets (街道) and 2 towns (镇) of the
 * {@code street} table. In the article the platform is modelled on, 20 units report in person and another
 * 50 are graded online; the economic units delegate the most liaison cadres.
 */
final class DemoUnits {

	/** The street office 尉轩文, the article's best liaison cadre, works in. */
	static final String LINGYIN = "ST-LINGYIN";

	/** 区经信局, the bureau of the demo department account. */
	static final String ECONOMY_BUREAU = "JXJ";

	static final List<DemoUnit> ALL = List.of(
			DemoUnit.bureau("QWB", "区委办", 6),
			DemoUnit.bureau("ZFB", "区政府办", 6),
			DemoUnit.bureau("ZZB", "区委组织部", 6),
			DemoUnit.bureau("XCB", "区委宣传部", 4),
			DemoUnit.bureau("TZB", "区委统战部", 5),
			DemoUnit.bureau("ZFW", "区委政法委", 4),
			DemoUnit.bureau("RCB", "区委人才办", 8),
			DemoUnit.bureau("WXB", "区委网信办", 3),
			DemoUnit.bureau("BB", "区委编办", 3),
			DemoUnit.bureau("SGB", "区委社会工作部", 5),
			DemoUnit.bureau("JW", "区纪委区监委", 4),
			DemoUnit.economicBureau("FGJ", "区发改局", 28),
			DemoUnit.economicBureau(ECONOMY_BUREAU, "区经信局", 32),
			DemoUnit.economicBureau("KJJ", "区科技局", 30),
			DemoUnit.economicBureau("SHWJ", "区商务局", 28),
			DemoUnit.economicBureau("CZJ", "区财政局", 20),
			DemoUnit.economicBureau("RSJ", "区人力社保局", 24),
			DemoUnit.economicBureau("SCJGJ", "区市场监管局", 32),
			DemoUnit.bureau("ZJJ", "区住建局", 14),
			DemoUnit.economicBureau("SWJ", "区税务局", 28),
			DemoUnit.bureau("JYJ", "区教育局", 8),
			DemoUnit.bureau("WJJ", "区卫健局", 8),
			DemoUnit.bureau("SFJ", "区司法局", 8),
			DemoUnit.bureau("ZGFJ", "区自然资源和规划分局", 10),
			DemoUnit.bureau("STHJ", "区生态环境分局", 10),
			DemoUnit.bureau("CGJ", "区城管局", 8),
			DemoUnit.bureau("WLJ", "区文旅局", 10),
			DemoUnit.economicBureau("JRB", "区金融办", 16),
			DemoUnit.economicBureau("TCJ", "区投资促进局", 26),
			DemoUnit.economicBureau("QFZX", "区企业发展服务中心", 28),
			DemoUnit.bureau("XZFW", "区行政服务中心", 14),
			DemoUnit.economicBureau("SJZYJ", "区数据资源局", 18),
			DemoUnit.bureau("TJJ", "区统计局", 8),
			DemoUnit.bureau("YJJ", "区应急管理局", 8),
			DemoUnit.bureau("XFDD", "区消防救援大队", 6),
			DemoUnit.bureau("GAFJ", "区公安分局", 10),
			DemoUnit.bureau("JTJ", "区交通运输局", 6),
			DemoUnit.bureau("NYJ", "区农业农村局", 8),
			DemoUnit.bureau("MZJ", "区民政局", 6),
			DemoUnit.bureau("TYJ", "区退役军人事务局", 4),
			DemoUnit.bureau("YBFJ", "区医保分局", 5),
			DemoUnit.bureau("FY", "区人民法院", 6),
			DemoUnit.bureau("JCY", "区人民检察院", 5),
			DemoUnit.bureau("SJJ", "区审计局", 5),
			DemoUnit.bureau("XFJ", "区信访局", 4),
			DemoUnit.bureau("RFB", "区人防办", 4),
			DemoUnit.bureau("GZB", "区国资办", 6),
			DemoUnit.bureau("JGSW", "区机关事务服务中心", 3),
			DemoUnit.other("HGB", "钱江海关驻区办事处", 4, true),
			DemoUnit.other("ZGH", "区总工会", 5, false),
			DemoUnit.other("GSL", "区工商联", 8, true),
			DemoUnit.other("KX", "区科协", 5, false),
			DemoUnit.other("FL", "区妇联", 3, false),
			DemoUnit.other("TQW", "团区委", 3, false),
			DemoUnit.other("CL", "区残联", 3, false),
			DemoUnit.other("RMT", "区融媒体中心", 3, false),
			DemoUnit.other("HZYH", "杭州银行西湖支行", 4, true),
			DemoUnit.other("ZJG", "紫金港科技城管委会", 14, true),
			DemoUnit.other("YQXZ", "云栖小镇管委会", 10, true),
			DemoUnit.other("ZJDJQ", "之江度假区管委会", 8, true),
			DemoUnit.street("BEISHAN", "北山街道", 28),
			DemoUnit.street("XIXI", "西溪街道", 42),
			DemoUnit.street("LINGYIN", "灵隐街道", 34),
			DemoUnit.street("CUIYUAN", "翠苑街道", 38),
			DemoUnit.street("WENXIN", "文新街道", 40),
			DemoUnit.street("GUDANG", "古荡街道", 38),
			DemoUnit.street("XIHU", "西湖街道", 28),
			DemoUnit.street("LIUXIA", "留下街道", 32),
			DemoUnit.street("ZHUANTANG", "转塘街道", 36),
			DemoUnit.street("JIANGCUN", "蒋村街道", 38),
			DemoUnit.street("SANDUN", "三墩镇", 42),
			DemoUnit.street("SHUANGPU", "双浦镇", 26));

	private DemoUnits() {
	}

}
