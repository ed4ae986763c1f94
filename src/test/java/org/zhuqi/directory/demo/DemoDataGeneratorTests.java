package org.zhuqi.directory.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zhuqi.directory.reference.PhoneNumbers;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTests {

	private static final Set<String> STREETS = Set.of("BEISHAN", "XIXI", "LINGYIN", "CUIYUAN", "WENXIN", "GUDANG",
			"XIHU", "LIUXIA", "ZHUANTANG", "JIANGCUN", "SANDUN", "SHUANGPU");

	private final DemoData data = DemoDataGenerator.generate(DemoDataGenerator.SEED);

	@Test
	void sameSeedGivesIdenticalData() {
		assertThat(DemoDataGenerator.generate(DemoDataGenerator.SEED)).isEqualTo(data);
	}

	@Test
	void anotherSeedGivesOtherEnterprises() {
		assertThat(DemoDataGenerator.generate(42).enterprises()).isNotEqualTo(data.enterprises());
	}

	@Test
	void hasTheDistrictsSeventyTwoUnitsIncludingTwelveStreetsAndTowns() {
		assertThat(data.units()).hasSize(72);
		assertThat(data.units()).filteredOn(DemoUnit::isStreet)
			.extracting(DemoUnit::streetCode)
			.containsExactlyInAnyOrderElementsOf(STREETS);
		assertThat(data.units()).filteredOn(unit -> unit.isStreet())
			.allSatisfy(unit -> assertThat(unit.kind()).isEqualTo("STREET"));
		assertThat(data.units()).extracting(DemoUnit::name)
			.contains("区发改局", "区经信局", "区科技局", "区市场监管局", "区人力社保局", "区住建局", "区税务局", "区企业发展服务中心",
					"灵隐街道", "三墩镇", "双浦镇");
		assertThat(data.units()).extracting(DemoUnit::kind).containsOnly("BUREAU", "STREET", "OTHER");
	}

	@Test
	void unitCodesAndNamesAreUniqueAndFitTheColumns() {
		assertThat(data.units()).extracting(DemoUnit::code).doesNotHaveDuplicates();
		assertThat(data.units()).extracting(DemoUnit::name).doesNotHaveDuplicates();
		assertThat(data.units()).allSatisfy(unit -> {
			assertThat(unit.code()).hasSizeLessThanOrEqualTo(32).matches("[A-Z-]+");
			assertThat(unit.name().length()).isLessThanOrEqualTo(100);
		});
	}

	@Test
	void aboutAThousandCadresWithUniqueNamesAndValidUniquePhones() {
		assertThat(data.cadres()).hasSizeGreaterThanOrEqualTo(1_000);
		assertThat(data.cadres()).extracting(DemoCadre::name).doesNotHaveDuplicates();
		assertThat(data.cadres()).extracting(DemoCadre::phone).doesNotHaveDuplicates();
		Set<String> unitCodes = data.units().stream().map(DemoUnit::code).collect(Collectors.toSet());
		assertThat(data.cadres()).allSatisfy(cadre -> {
			assertThat(PhoneNumbers.canonical(cadre.phone())).contains(cadre.phone());
			assertThat(cadre.name()).hasSizeBetween(2, 3);
			assertThat(cadre.title()).isNotBlank().hasSizeLessThanOrEqualTo(50);
			assertThat(unitCodes).contains(cadre.unitCode());
		});
	}

	@Test
	void everyUnitDelegatesCadres() {
		Set<String> withCadres = data.cadres().stream().map(DemoCadre::unitCode).collect(Collectors.toSet());
		assertThat(withCadres).hasSize(72);
	}

	@Test
	void theArticlesBestLiaisonCadreWorksInLingyinsRegionalDevelopmentOffice() {
		assertThat(data.cadres()).filteredOn(cadre -> cadre.name().equals("尉轩文"))
			.singleElement()
			.satisfies(cadre -> {
				assertThat(cadre.unitCode()).isEqualTo("ST-LINGYIN");
				assertThat(cadre.title()).isEqualTo("区域发展办");
				assertThat(cadre.phone()).isEqualTo(DemoDataGenerator.BEST_CADRE_PHONE);
			});
	}

	@Test
	void overElevenHundredEnterprisesWithUniqueValidCreditCodesAndNames() {
		assertThat(data.enterprises()).hasSizeGreaterThanOrEqualTo(1_100);
		assertThat(data.enterprises()).extracting(DemoEnterprise::uscc).doesNotHaveDuplicates();
		assertThat(data.enterprises()).extracting(DemoEnterprise::name).doesNotHaveDuplicates();
		assertThat(data.enterprises()).allSatisfy(enterprise -> {
			assertThat(Uscc.check(enterprise.uscc())).isInstanceOf(Uscc.Verdict.Valid.class);
			assertThat(enterprise.uscc()).matches("9[13]33010[06].{10}");
			assertThat(enterprise.name()).matches("(杭州|浙江).+(有限公司|专业合作社)");
		});
	}

	@Test
	void organisationCodeInsideEveryCreditCodeCarriesAValidCheckDigit() {
		assertThat(data.enterprises()).allSatisfy(enterprise -> {
			String organisation = enterprise.uscc().substring(8, 17);
			assertThat(CreditCodes.organisationCheckDigit(organisation.substring(0, 8)))
				.isEqualTo(organisation.charAt(8));
		});
	}

	@Test
	void organisationCheckDigitMatchesRealCodes() {
		// 阿里巴巴(中国)有限公司 91330100799655058B and 杭州海康威视数字技术股份有限公司 91330000733796106P
		assertThat(CreditCodes.organisationCheckDigit("79965505")).isEqualTo('8');
		assertThat(CreditCodes.organisationCheckDigit("73379610")).isEqualTo('6');
		assertThat(Uscc.isValid("91330100799655058B")).isTrue();
		assertThat(Uscc.isValid("91330000733796106P")).isTrue();
	}

	@Test
	void enterpriseDetailsFitTheDirectorysRules() {
		Set<String> industries = Set.of("A", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P",
				"Q", "R");
		assertThat(data.enterprises()).allSatisfy(enterprise -> {
			assertThat(STREETS).contains(enterprise.streetCode());
			assertThat(industries).contains(enterprise.industryCode());
			assertThat(enterprise.sizeClass()).isNotNull();
			assertThat(enterprise.registeredCapital()).isPositive();
			assertThat(enterprise.registeredCapital().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
			assertThat(enterprise.registeredCapital()).isLessThan(new BigDecimal("10000000000"));
			assertThat(enterprise.foundedOn()).isBetween(LocalDate.of(1995, 1, 1), LocalDate.of(2025, 12, 31));
			assertThat(enterprise.contactName()).hasSizeBetween(2, 3);
			assertThat(PhoneNumbers.canonical(enterprise.contactPhone())).contains(enterprise.contactPhone());
			assertThat(enterprise.tags()).hasSizeLessThanOrEqualTo(EnterpriseTags.MAX)
				.doesNotHaveDuplicates()
				.isSubsetOf(EnterpriseTags.ALL);
		});
	}

	@Test
	void industriesLeanTowardsSoftwareResearchTradeAndServices() {
		Map<String, Long> byIndustry = data.enterprises()
			.stream()
			.collect(Collectors.groupingBy(DemoEnterprise::industryCode, Collectors.counting()));
		assertThat(byIndustry.get("I")).isGreaterThan(byIndustry.get("C"));
		assertThat(byIndustry.get("I") + byIndustry.get("M") + byIndustry.get("C") + byIndustry.get("F")
				+ byIndustry.get("L") + byIndustry.get("K") + byIndustry.get("R"))
			.isGreaterThan(data.enterprises().size() * 3L / 4);
	}

	@Test
	void everyTagOccursAndListedCompaniesAreJointStock() {
		Set<String> used = data.enterprises()
			.stream()
			.flatMap(enterprise -> enterprise.tags().stream())
			.collect(Collectors.toSet());
		assertThat(used).containsExactlyInAnyOrderElementsOf(EnterpriseTags.ALL);
		assertThat(data.enterprises()).filteredOn(enterprise -> enterprise.tags().contains("上市企业"))
			.isNotEmpty()
			.allSatisfy(enterprise -> assertThat(enterprise.name()).endsWith("股份有限公司"));
	}

	@Test
	void phonesAreUniqueAcrossCadresAndEnterpriseContacts() {
		List<String> phones = Stream.concat(data.cadres().stream().map(DemoCadre::phone),
				data.enterprises().stream().map(DemoEnterprise::contactPhone))
			.toList();
		assertThat(new HashSet<>(phones)).hasSameSizeAs(phones);
	}

	@Test
	void everyEnterpriseIsPairedWithAKnownCadreHavingAtMostThree() {
		Map<String, DemoCadre> cadres = data.cadres()
			.stream()
			.collect(Collectors.toMap(DemoCadre::phone, Function.identity()));
		assertThat(data.enterprises())
			.allSatisfy(enterprise -> assertThat(cadres).containsKey(enterprise.cadrePhone()));
		Map<String, Long> load = data.enterprises()
			.stream()
			.collect(Collectors.groupingBy(DemoEnterprise::cadrePhone, Collectors.counting()));
		load.remove(DemoDataGenerator.BEST_CADRE_PHONE);
		assertThat(load.values())
			.allSatisfy(count -> assertThat(count).isBetween(1L, (long) Pairings.MAX_PER_CADRE));
	}

	@Test
	void mostEnterprisesArePairedWithACadreOfTheirStreetOrOfAnEconomicUnit() {
		Map<String, DemoUnit> units = data.units()
			.stream()
			.collect(Collectors.toMap(DemoUnit::code, Function.identity()));
		Map<String, DemoCadre> cadres = data.cadres()
			.stream()
			.collect(Collectors.toMap(DemoCadre::phone, Function.identity()));
		long sameStreetOrEconomic = data.enterprises().stream().filter(enterprise -> {
			DemoUnit unit = units.get(cadres.get(enterprise.cadrePhone()).unitCode());
			return enterprise.streetCode().equals(unit.streetCode()) || unit.economic();
		}).count();
		assertThat(sameStreetOrEconomic).isGreaterThan(data.enterprises().size() * 9L / 10);
	}

	@Test
	void bestLiaisonCadreLooksAfterAHandfulOfLingyinEnterprises() {
		assertThat(data.enterprises()).filteredOn(e -> e.cadrePhone().equals(DemoDataGenerator.BEST_CADRE_PHONE))
			.hasSize(DemoDataGenerator.BEST_CADRE_ENTERPRISES)
			.allSatisfy(enterprise -> assertThat(enterprise.streetCode()).isEqualTo("LINGYIN"));
	}

	@Test
	void generatesQuickly() {
		long start = System.nanoTime();
		DemoDataGenerator.generate(7);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
	}

}
