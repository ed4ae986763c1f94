package org.zhuqi.directory.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.zhuqi.directory.reference.SizeClass;

/**
 * Makes one plausible Xihu enterprise at a time: mostly software, research, trade and business services in
 * the science-park streets (西溪, 文新, 古荡, 三墩 …), a few Longjing tea co-operatives in the hill streets,
 * sizes skewed to small and micro, capital fitting the size, founding dates leaning recent. Unpaired; see
 * {@link Pairings}.
 */
final class EnterpriseFactory {

	private static final Weighted<String> INDUSTRIES = new Weighted<String>().add("I", 22)
		.add("M", 14)
		.add("F", 12)
		.add("L", 12)
		.add("C", 10)
		.add("R", 6)
		.add("K", 5)
		.add("E", 4)
		.add("G", 3)
		.add("H", 3)
		.add("J", 2)
		.add("P", 2)
		.add("Q", 2)
		.add("O", 2)
		.add("N", 1)
		.add("A", 1)
		.add("D", 1);

	private static final Weighted<String> STREETS = new Weighted<String>().add("XIXI", 15)
		.add("WENXIN", 13)
		.add("GUDANG", 12)
		.add("SANDUN", 12)
		.add("CUIYUAN", 11)
		.add("JIANGCUN", 11)
		.add("ZHUANTANG", 9)
		.add("LINGYIN", 7)
		.add("LIUXIA", 5)
		.add("BEISHAN", 3)
		.add("XIHU", 3)
		.add("SHUANGPU", 2);

	/** Where West Lake Longjing tea grows. */
	private static final Weighted<String> TEA_STREETS = new Weighted<String>().add("XIHU", 4)
		.add("ZHUANTANG", 3)
		.add("SHUANGPU", 3);

	private static final Weighted<SizeClass> SIZES = new Weighted<SizeClass>().add(SizeClass.MICRO, 45)
		.add(SizeClass.SMALL, 34)
		.add(SizeClass.MEDIUM, 15)
		.add(SizeClass.LARGE, 6);

	private final Random random;

	private final CreditCodes codes;

	private final EnterpriseNames names;

	private final PhoneFactory phones;

	private final EnterpriseTags tags;

	EnterpriseFactory(Random random, CreditCodes codes, EnterpriseNames names, PhoneFactory phones) {
		this.random = random;
		this.codes = codes;
		this.names = names;
		this.phones = phones;
		this.tags = new EnterpriseTags(random);
	}

	DemoEnterprise next() {
		String industry = INDUSTRIES.pick(random);
		if ("A".equals(industry) && random.nextInt(10) < 6) {
			return teaCooperative();
		}
		SizeClass size = SIZES.pick(random);
		boolean listed = size == SizeClass.LARGE ? random.nextInt(10) < 3
				: size == SizeClass.MEDIUM && random.nextInt(100) < 3;
		boolean joinStock = listed || size.compareTo(SizeClass.MEDIUM) <= 0 && random.nextInt(4) == 0;
		boolean provincial = size == SizeClass.LARGE && random.nextInt(4) == 0;
		LocalDate founded = foundedOn(size);
		return new DemoEnterprise(codes.issue(CreditCodes.ENTERPRISE, founded),
				names.company(industry, joinStock, provincial), STREETS.pick(random), industry, size,
				capital(size, listed), founded, PersonNames.any(random), contactPhone(),
				tags.choose(industry, size, founded, listed), null);
	}

	private DemoEnterprise teaCooperative() {
		SizeClass size = random.nextInt(4) == 0 ? SizeClass.SMALL : SizeClass.MICRO;
		LocalDate founded = foundedOn(size);
		return new DemoEnterprise(codes.issue(CreditCodes.COOPERATIVE, founded), names.teaCooperative(),
				TEA_STREETS.pick(random), "A", size, capital(size, false), founded, PersonNames.any(random),
				phones.mobile(), tags.choose("A", size, founded, false), null);
	}

	/**
	 * Between 1995 and 2025, most in the last decade; large enterprises tend to be older. {@link StrictMath}
	 * keeps the result the same on every JVM.
	 */
	private LocalDate foundedOn(SizeClass size) {
		double skew = size == SizeClass.LARGE ? 0.7 : 1.2;
		int yearsBack = (int) (31 * StrictMath.pow(random.nextDouble(), skew));
		return LocalDate.of(2025 - yearsBack, 1, 1).plusDays(random.nextInt(365));
	}

	/** Round sums of 万元 as most founders choose; listed companies and some others have odd sums. */
	private BigDecimal capital(SizeClass size, boolean listed) {
		int[] tenThousands = switch (size) {
			case MICRO -> new int[] { 10, 30, 50, 100, 200, 300, 500 };
			case SMALL -> new int[] { 100, 200, 300, 500, 800, 1000, 1500, 2000 };
			case MEDIUM -> new int[] { 1000, 2000, 3000, 5000, 8000, 10000 };
			case LARGE -> new int[] { 5000, 10000, 20000, 50000, 100000 };
		};
		if (listed || random.nextInt(10) == 0) {
			int low = tenThousands[0];
			int high = tenThousands[tenThousands.length - 1];
			long yuan = (low + random.nextInt(high - low)) * 10_000L + random.nextInt(10_000);
			return BigDecimal.valueOf(yuan);
		}
		return BigDecimal.valueOf(tenThousands[random.nextInt(tenThousands.length)] * 10_000L);
	}

	private String contactPhone() {
		return random.nextInt(5) == 0 ? phones.fixedLine() : phones.mobile();
	}

}
