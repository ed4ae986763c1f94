package org.zhuqi.directory.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Enterprise names the way Chinese company registration builds them: place (行政区划) + trade name (字号) +
 * line of business (行业) + organisational form (组织形式), e.g. 杭州睿远网络科技有限公司. Tea farmers'
 * co-operatives of the West Lake Longjing area are named 杭州西湖区…茶叶专业合作社.
 */
final class EnterpriseNames {

	/** Characters trade names are made of; two different ones form a trade name. */
	private static final String TRADE_NAME_CHARACTERS = "云栖紫金溪谷灵宝华创博睿智远鼎聚驰恒泰瑞安晟嘉禾德信达通联众汇新鸿"
			+ "卓越凯宏启明晨曦星辰峰悦澜沐青蓝弘和丰盛荣誉诚锐思维正元方图数易优品合益康源朗致衡钧奕航";

	private static final Map<String, List<String>> BUSINESS = Map.ofEntries(
			Map.entry("A", List.of("农业开发", "生态农业", "茶业")),
			Map.entry("C", List.of("电子", "机械", "精密制造", "医疗器械", "新材料", "智能装备", "光电科技", "生物医药")),
			Map.entry("D", List.of("能源科技", "新能源", "电力工程")),
			Map.entry("E", List.of("建设工程", "装饰工程", "市政工程", "建筑设计")),
			Map.entry("F", List.of("贸易", "商贸", "茶叶", "医药连锁", "进出口", "供应链", "电子商务")),
			Map.entry("G", List.of("物流", "供应链管理", "快递服务", "运输")),
			Map.entry("H", List.of("餐饮管理", "酒店管理", "茶文化")),
			Map.entry("I", List.of("网络科技", "信息技术", "软件", "数据科技", "智能科技", "云计算", "信息科技", "数字科技")),
			Map.entry("J", List.of("投资管理", "资产管理", "融资租赁")),
			Map.entry("K", List.of("房地产开发", "物业管理", "置业", "商业管理")),
			Map.entry("L", List.of("企业管理咨询", "文化传播", "人力资源", "会展服务", "知识产权代理", "广告")),
			Map.entry("M", List.of("生物科技", "检测技术", "工程设计", "环保科技", "医药科技", "科技", "技术服务")),
			Map.entry("N", List.of("环境工程", "园林绿化", "水务")),
			Map.entry("O", List.of("家政服务", "汽车服务", "洗涤服务")),
			Map.entry("P", List.of("教育科技", "培训", "文化艺术培训")),
			Map.entry("Q", List.of("医疗管理", "健康管理", "门诊部")),
			Map.entry("R", List.of("文化创意", "影视传媒", "体育发展", "数字娱乐", "动漫", "出版")));

	private final Random random;

	private final Set<String> taken;

	EnterpriseNames(Random random, Set<String> taken) {
		this.random = random;
		this.taken = taken;
	}

	/** A company name not used before, in the given industry section. */
	String company(String industry, boolean joinStock, boolean provincial) {
		List<String> business = BUSINESS.get(industry);
		String place = provincial ? "浙江" : "杭州";
		String form = joinStock ? "股份有限公司" : "有限公司";
		return unique(() -> place + tradeName() + business.get(random.nextInt(business.size())) + form);
	}

	/** A farmers' co-operative growing West Lake Longjing tea (西湖龙井). */
	String teaCooperative() {
		return unique(() -> "杭州西湖区" + tradeName() + "茶叶专业合作社");
	}

	private String unique(Supplier<String> candidates) {
		for (int attempt = 0; attempt < 1_000; attempt++) {
			String name = candidates.get();
			if (taken.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("no free enterprise name after " + taken.size());
	}

	private String tradeName() {
		int first = random.nextInt(TRADE_NAME_CHARACTERS.length());
		int second = (first + 1 + random.nextInt(TRADE_NAME_CHARACTERS.length() - 1))
				% TRADE_NAME_CHARACTERS.length();
		return "" + TRADE_NAME_CHARACTERS.charAt(first) + TRADE_NAME_CHARACTERS.charAt(second);
	}

}
