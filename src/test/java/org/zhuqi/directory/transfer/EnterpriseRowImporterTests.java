package org.zhuqi.directory.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;
import org.zhuqi.directory.enterprise.EnterpriseDetails;
import org.zhuqi.directory.enterprise.EnterpriseService;
import org.zhuqi.directory.reference.Industry;
import org.zhuqi.directory.reference.ReferenceData;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.directory.reference.Street;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EnterpriseRowImporterTests {

	private static final Street XIXI = new Street("XIXI", "西溪街道", "Xixi Subdistrict", false);

	private static final Industry MANUFACTURING = new Industry("C", "制造业", "Manufacturing");

	private final StaticMessageSource messages = new StaticMessageSource();

	private EnterpriseRowImporter importer;

	@BeforeEach
	void setUp() {
		ReferenceData reference = mock(ReferenceData.class);
		when(reference.findStreet(anyString())).thenReturn(Optional.empty());
		when(reference.findStreet("西溪街道")).thenReturn(Optional.of(XIXI));
		when(reference.findStreet("XIXI")).thenReturn(Optional.of(XIXI));
		when(reference.findIndustry(anyString())).thenReturn(Optional.empty());
		for (String name : List.of("C", "c", "制造业", "Manufacturing")) {
			when(reference.findIndustry(name)).thenReturn(Optional.of(MANUFACTURING));
		}
		when(reference.industry("C")).thenReturn(Optional.of(MANUFACTURING));
		messages.setUseCodeAsDefaultMessage(true);
		// Spring's factory, as in the application: the directory's validators are not public classes
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setConstraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
		validator.afterPropertiesSet();
		importer = new EnterpriseRowImporter(mock(EnterpriseService.class), reference, validator, messages);
	}

	private ImportRow row(String street, String industry, String size, String capital, String founded, String tags) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("name", " 西溪制造有限公司 ");
		cells.put("uscc", "91330106ma2b3c4d5" + Uscc.checkCharacter("91330106MA2B3C4D5"));
		cells.put("streetCode", street);
		cells.put("industryCode", industry);
		cells.put("sizeClass", size);
		cells.put("registeredCapital", capital);
		cells.put("foundedOn", founded);
		cells.put("contactName", "王五");
		cells.put("contactPhone", "138 1234 5678");
		cells.put("tags", tags);
		return new ImportRow(2, cells, field -> field, new MessageSourceAccessor(messages, Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void readsSizesInChineseAndEnglish() {
		assertThat(importer.parse(row("XIXI", "C", "大", "1", "2020-01-01", null)).sizeClass()).isEqualTo(SizeClass.LARGE);
		assertThat(importer.parse(row("XIXI", "C", "中型", "1", "2020-01-01", null)).sizeClass())
			.isEqualTo(SizeClass.MEDIUM);
		assertThat(importer.parse(row("XIXI", "C", "small", "1", "2020-01-01", null)).sizeClass())
			.isEqualTo(SizeClass.SMALL);
		assertThat(importer.parse(row("XIXI", "C", "微", "1", "2020-01-01", null)).sizeClass()).isEqualTo(SizeClass.MICRO);
	}

	@Test
	void readsStreetsAndIndustriesByNameOrCodeAndAsListsShowThem() {
		EnterpriseDetails details = importer.parse(row("西溪街道", "C 制造业", "小", "1", "2020-01-01", null));

		assertThat(details.streetCode()).isEqualTo("XIXI");
		assertThat(details.industryCode()).isEqualTo("C");
		assertThat(importer.parse(row("XIXI", "制造业", "小", "1", "2020-01-01", null)).industryCode()).isEqualTo("C");
		assertThat(importer.parse(row("XIXI", "c", "小", "1", "2020-01-01", null)).industryCode()).isEqualTo("C");
	}

	@Test
	void normalisesWhatTheFormNormalises() {
		EnterpriseDetails details = importer.parse(row("XIXI", "C", "小", "1,234,567.8", "2020/2/29", "高新技术企业、专精特新,规上企业"));

		assertThat(details.name()).isEqualTo("西溪制造有限公司");
		assertThat(details.uscc()).isUpperCase().hasSize(18);
		assertThat(details.registeredCapital()).isEqualTo(new BigDecimal("1234567.80"));
		assertThat(details.foundedOn()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(details.contactPhone()).isEqualTo("13812345678");
		assertThat(details.tags()).containsExactly("高新技术企业", "专精特新", "规上企业");
	}

	@Test
	void reportsUnknownChoicesByTheirColumn() {
		ImportRow row = row("火星", "Z", "巨", "1", "2020-01-01", null);

		assertThat(importer.parse(row)).isNull();
		assertThat(row.problems()).extracting(RowProblem::column)
			.containsExactly("streetCode", "industryCode", "sizeClass");
	}

	@Test
	void keysRowsByTheNormalisedCreditCode() {
		assertThat(importer.keyField()).isEqualTo("uscc");
		assertThat(importer.normalizeKey(" 91330106ma2b3c4d5x ")).isEqualTo("91330106MA2B3C4D5X");
	}

}
