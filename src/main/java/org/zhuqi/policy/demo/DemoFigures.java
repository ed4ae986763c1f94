package org.zhuqi.policy.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.zhuqi.policy.catalogue.Figure;

/**
 * The figures a demo enterprise declares (申报数据), drawn from its size class and tags so that rules select a
 * believable share of the district: revenue by size, R&D spend mostly at tech enterprises, exports at 外贸企业,
 * loans and investment at about half. Only figures above zero are declared; the rest stay undeclared, as they
 * are in life. Deterministic per enterprise.
 */
final class DemoFigures {

	private static final Set<String> TECH = Set.of("高新技术企业", "科技型中小企业", "专精特新", "雏鹰企业");

	private DemoFigures() {
	}

	static Map<Figure, BigDecimal> of(long enterpriseId, String sizeClass, Collection<String> tags, long seed) {
		Random random = new Random(seed ^ (enterpriseId * 0x9E3779B97F4A7C15L));
		Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
		double revenue = switch (sizeClass) {
			case "LARGE" -> between(random, 2e8, 2e9);
			case "MEDIUM" -> between(random, 2e7, 2e8);
			case "SMALL" -> between(random, 3e6, 2e7);
			default -> between(random, 2e5, 3e6);
		};
		int employees = (int) switch (sizeClass) {
			case "LARGE" -> between(random, 300, 2000);
			case "MEDIUM" -> between(random, 100, 300);
			case "SMALL" -> between(random, 10, 100);
			default -> between(random, 1, 10);
		};
		figures.put(Figure.REVENUE, yuan(revenue));
		figures.put(Figure.TAX_PAID, yuan(revenue * between(random, 0.02, 0.06)));
		figures.put(Figure.EMPLOYEES, BigDecimal.valueOf(employees));
		boolean tech = tags.stream().anyMatch(TECH::contains);
		if (tech || random.nextDouble() < 0.4) {
			figures.put(Figure.RD_SPEND, yuan(revenue * (tech ? between(random, 0.03, 0.09) : between(random, 0.005, 0.02))));
		}
		if (tags.contains("外贸企业")) {
			figures.put(Figure.EXPORTS, yuan(revenue * between(random, 0.1, 0.4)));
		}
		if (random.nextDouble() < 0.45) {
			figures.put(Figure.LOAN_INTEREST, yuan(revenue * between(random, 0.002, 0.01)));
		}
		if (random.nextDouble() < 0.5) {
			figures.put(Figure.INVESTMENT, yuan(revenue * between(random, 0.01, 0.08)));
		}
		int talents = random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(Math.max(1, employees / 10));
		if (talents > 0) {
			figures.put(Figure.TALENTS, BigDecimal.valueOf(talents));
		}
		return figures;
	}

	private static double between(Random random, double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	private static BigDecimal yuan(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
