package org.zhuqi.directory.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.zhuqi.directory.reference.SizeClass;

/**
 * Chooses up to three labels for an enterprise, with chances that fit its industry, size and age:
 * 高新技术企业 (certified high-tech), 专精特新 (specialised, refined, distinctive, innovative SMEs), 规上企业
 * (above the statistical size threshold), 科技型中小企业 (tech SMEs), 上市企业 (listed), 数字经济 (digital
 * economy), 外贸企业 (foreign trade), 雏鹰企业 (young "eaglet" start-ups).
 */
final class EnterpriseTags {

	static final List<String> ALL = List.of("高新技术企业", "专精特新", "规上企业", "科技型中小企业", "上市企业", "数字经济",
			"外贸企业", "雏鹰企业");

	static final int MAX = 3;

	private static final String LISTED = "上市企业";

	private final Random random;

	EnterpriseTags(Random random) {
		this.random = random;
	}

	List<String> choose(String industry, SizeClass size, LocalDate founded, boolean listed) {
		boolean tech = "I".equals(industry) || "M".equals(industry) || "C".equals(industry);
		boolean sme = size != SizeClass.LARGE;
		boolean smallest = size == SizeClass.MICRO || size == SizeClass.SMALL;
		List<String> tags = new ArrayList<>();
		maybe(tags, "高新技术企业", tech ? new int[] { 60, 50, 35, 12 }[size.ordinal()] : 3);
		maybe(tags, "专精特新", tech && (size == SizeClass.SMALL || size == SizeClass.MEDIUM) ? 15 : 1);
		maybe(tags, "规上企业", new int[] { 90, 60, 10, 0 }[size.ordinal()]);
		maybe(tags, "科技型中小企业", tech && sme ? 30 : 2);
		maybe(tags, "数字经济", switch (industry) {
			case "I" -> 50;
			case "R" -> 25;
			case "M" -> 15;
			case "L" -> 10;
			default -> 3;
		});
		maybe(tags, "外贸企业", "F".equals(industry) ? 25 : "C".equals(industry) ? 30 : 2);
		maybe(tags, "雏鹰企业", tech && smallest && founded.getYear() >= 2018 ? 25 : 0);
		Collections.shuffle(tags, random);
		List<String> chosen = new ArrayList<>();
		if (listed) {
			chosen.add(LISTED);
		}
		for (String tag : tags) {
			if (chosen.size() < MAX) {
				chosen.add(tag);
			}
		}
		return List.copyOf(chosen);
	}

	private void maybe(List<String> tags, String tag, int percent) {
		if (random.nextInt(100) < percent) {
			tags.add(tag);
		}
	}

}
