package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.zhuqi.directory.EnterpriseProfileRef;
import org.zhuqi.policy.catalogue.Figure;

/**
 * What a rule is evaluated over: the enterprise's attributes in the directory and its declared figures
 * (申报数据). Any attribute may be {@code null} (unknown); a figure not in {@code figures} was never declared.
 */
public record EnterpriseProfile(long id, String name, String uscc, String streetCode, String industryCode, String sizeClass,
		BigDecimal registeredCapital, LocalDate foundedOn, Set<String> tags, Long cadreId,
		Map<Figure, BigDecimal> figures) {

	public EnterpriseProfile {
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		figures = figures == null ? Map.of() : Map.copyOf(figures);
	}

	/** The directory's record of the enterprise with the figures it declared. */
	public static EnterpriseProfile of(EnterpriseProfileRef ref, Map<Figure, BigDecimal> figures) {
		return new EnterpriseProfile(ref.id(), ref.name(), ref.uscc(), ref.streetCode(), ref.industryCode(), ref.sizeClass(),
				ref.registeredCapital(), ref.foundedOn(), Set.copyOf(ref.tags()), ref.cadreId(), figures);
	}

}
