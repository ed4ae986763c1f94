package org.zhuqi.directory.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.directory.reference.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseDetailsTests {

	@Test
	void splitsTagsOnChineseAndWesternSeparatorsKeepingOrderWithoutDuplicates() {
		assertThat(EnterpriseDetails.splitTags(List.of("高新技术企业、专精特新，规上企业", "专精特新; 数字经济", " ")))
			.containsExactly("高新技术企业", "专精特新", "规上企业", "数字经济");
	}

	@Test
	void normalisesCodeCasePhoneAndCapitalScale() {
		EnterpriseForm form = new EnterpriseForm();
		form.setName("  杭州测试科技有限公司 ");
		form.setUscc("91330100799655058b");
		form.setStreetCode("xixi");
		form.setIndustryCode("i");
		form.setSizeClass(SizeClass.SMALL);
		form.setRegisteredCapital(new BigDecimal("1000000"));
		form.setFoundedOn(LocalDate.of(2020, 1, 2));
		form.setContactName("张三");
		form.setContactPhone("138 1234 5678");
		form.setTags(List.of("高新技术企业,专精特新"));

		EnterpriseDetails details = EnterpriseDetails.from(form);

		assertThat(details.name()).isEqualTo("杭州测试科技有限公司");
		assertThat(details.uscc()).isEqualTo("91330100799655058B");
		assertThat(details.streetCode()).isEqualTo("XIXI");
		assertThat(details.industryCode()).isEqualTo("I");
		assertThat(details.contactPhone()).isEqualTo("13812345678");
		assertThat(details.registeredCapital()).isEqualTo(new BigDecimal("1000000.00"));
		assertThat(details.tags()).containsExactly("高新技术企业", "专精特新");
	}

}
