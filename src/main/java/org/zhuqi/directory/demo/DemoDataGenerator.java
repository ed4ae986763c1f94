package org.zhuqi.directory.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the whole demo directory from a seed, without Spring or a database: the {@link DemoUnits}, about
 * a thousand liaison cadres (千名干部) and some 1,150 enterprises (千家企业), each paired with a cadre. The
 * same seed always gives the same data, so demo screenshots, tests and bug reports agree.
 */
final class DemoDataGenerator {

	/** 25 August 2020, the day of the article's “双千” meeting. */
	static final long SEED = 20200825L;

	static final int ENTERPRISES = 1_150;

	/** The best liaison cadre (最佳联企干部) of the article, of 灵隐街道's regional development office. */
	static final String BEST_CADRE_NAME = "尉轩文";

	/** Her phone; the demo cadre login is bound to the cadre with this number. */
	static final String BEST_CADRE_PHONE = "13957112020";

	static final String BEST_CADRE_TITLE = "区域发展办";

	static final int BEST_CADRE_ENTERPRISES = 5;

	private static final Weighted<String> BUREAU_TITLES = new Weighted<String>().add("科员", 30)
		.add("一级科员", 14)
		.add("四级主任科员", 14)
		.add("主任科员", 8)
		.add("副科长", 18)
		.add("科长", 16);

	private static final Weighted<String> STREET_OFFICES = new Weighted<String>().add("区域发展办", 26)
		.add("经济发展办", 22)
		.add("企业服务站", 16)
		.add("党政办", 10)
		.add("平安法治办", 8)
		.add("城市管理办", 9)
		.add("社会事务办", 9);

	private static final Weighted<String> OTHER_TITLES = new Weighted<String>().add("干事", 50)
		.add("科员", 30)
		.add("副部长", 12)
		.add("部长", 8);

	private DemoDataGenerator() {
	}

	static DemoData generate(long seed) {
		Random random = new Random(seed);
		Set<String> phones = new HashSet<>(Set.of(BEST_CADRE_PHONE));
		PhoneFactory phoneFactory = new PhoneFactory(random, phones);
		List<DemoCadre> cadres = cadres(random, phoneFactory);
		EnterpriseFactory factory = new EnterpriseFactory(random, new CreditCodes(random, new HashSet<>()),
				new EnterpriseNames(random, new HashSet<>()), phoneFactory);
		List<DemoEnterprise> enterprises = new ArrayList<>(ENTERPRISES);
		for (int i = 0; i < ENTERPRISES; i++) {
			enterprises.add(factory.next());
		}
		List<DemoEnterprise> paired = new Pairings(random, DemoUnits.ALL, cadres).pair(enterprises);
		return new DemoData(DemoUnits.ALL, cadres, paired);
	}

	private static List<DemoCadre> cadres(Random random, PhoneFactory phones) {
		Set<String> names = new HashSet<>(Set.of(BEST_CADRE_NAME));
		List<DemoCadre> cadres = new ArrayList<>();
		for (DemoUnit unit : DemoUnits.ALL) {
			for (int i = 0; i < unit.cadres(); i++) {
				if (unit.code().equals(DemoUnits.LINGYIN) && i == 0) {
					cadres.add(new DemoCadre(BEST_CADRE_NAME, BEST_CADRE_PHONE, unit.code(), BEST_CADRE_TITLE));
				}
				else {
					cadres.add(new DemoCadre(PersonNames.unique(random, names), phones.mobile(), unit.code(),
							title(unit, random)));
				}
			}
		}
		return cadres;
	}

	private static String title(DemoUnit unit, Random random) {
		if (unit.isStreet()) {
			return STREET_OFFICES.pick(random);
		}
		if ("HZYH".equals(unit.code())) {
			return "客户经理";
		}
		return "OTHER".equals(unit.kind()) ? OTHER_TITLES.pick(random) : BUREAU_TITLES.pick(random);
	}

}
