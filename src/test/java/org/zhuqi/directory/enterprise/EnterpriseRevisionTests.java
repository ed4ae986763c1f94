package org.zhuqi.directory.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.directory.reference.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseRevisionTests {

	private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

	private final EnterpriseDetails details = new EnterpriseDetails("91330100799655058B", "杭州测试科技有限公司", "XIXI",
			"I", SizeClass.SMALL, new BigDecimal("1000000.00"), LocalDate.of(2020, 1, 2), "张三", "13812345678",
			Set.of("专精特新"));

	@Test
	void revisingWithTheSameDetailsChangesNothing() {
		Enterprise enterprise = Enterprise.register(details, CREATED);
		assertThat(enterprise.revise(details, LATER)).isEmpty();
		assertThat(enterprise.getUpdatedAt()).isEqualTo(CREATED);
	}

	@Test
	void capitalWrittenWithAnotherScaleIsTheSameCapital() {
		Enterprise enterprise = Enterprise.register(details, CREATED);
		EnterpriseDetails sameAmount = new EnterpriseDetails(details.uscc(), details.name(), details.streetCode(),
				details.industryCode(), details.sizeClass(), new BigDecimal("1000000"), details.foundedOn(),
				details.contactName(), details.contactPhone(), details.tags());
		assertThat(enterprise.revise(sameAmount, LATER)).isEmpty();
	}

	@Test
	void revisingReportsExactlyTheChangedFields() {
		Enterprise enterprise = Enterprise.register(details, CREATED);
		EnterpriseDetails moved = new EnterpriseDetails(details.uscc(), details.name(), "LINGYIN", details.industryCode(),
				details.sizeClass(), details.registeredCapital(), details.foundedOn(), "李四", details.contactPhone(),
				Set.of("专精特新", "规上企业"));
		assertThat(enterprise.revise(moved, LATER)).containsExactly("streetCode", "contactName", "tags");
		assertThat(enterprise.getStreetCode()).isEqualTo("LINGYIN");
		assertThat(enterprise.getUpdatedAt()).isEqualTo(LATER);
	}

}
