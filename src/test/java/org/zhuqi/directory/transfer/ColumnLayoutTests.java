package org.zhuqi.directory.transfer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnLayoutTests {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("name"),
			ImportColumn.required("uscc"), ImportColumn.required("registeredCapital"), ImportColumn.optional("tags"));

	private static final Map<String, List<String>> NAMES = Map.of("name", List.of("企业名称", "Enterprise name"), "uscc",
			List.of("统一社会信用代码", "Unified social credit code", "USCC"), "registeredCapital",
			List.of("注册资本(元)", "Registered capital (yuan)"), "tags", List.of("标签", "Tags"));

	private static Collection<String> names(ImportColumn column) {
		return NAMES.get(column.field());
	}

	private static ColumnLayout match(String... headers) {
		return ColumnLayout.match(Arrays.asList(headers), COLUMNS, ColumnLayoutTests::names);
	}

	@Test
	void matchesChineseHeadersInAnyOrder() {
		ColumnLayout layout = match("注册资本(元)", "企业名称", "统一社会信用代码");

		assertThat(layout.missing()).isEmpty();
		assertThat(layout.cells(List.of("100", "甲公司", "91330106MA2B3C4D5X")))
			.containsExactly(Map.entry("registeredCapital", "100"), Map.entry("name", "甲公司"),
					Map.entry("uscc", "91330106MA2B3C4D5X"));
	}

	@Test
	void matchesEnglishAndChineseHeadersMixedAndAliases() {
		ColumnLayout layout = match("Enterprise name", "USCC", "注册资本(元)", "Tags");

		assertThat(layout.missing()).isEmpty();
		assertThat(layout.recognised()).isEqualTo(4);
		assertThat(layout.header("uscc")).isEqualTo("USCC");
	}

	@Test
	void ignoresWidthCaseSpacesAndRequiredMarks() {
		ColumnLayout layout = match("*企业名称", " 统一社会 信用代码 ", "注册资本（元）", "TAGS:");

		assertThat(layout.missing()).isEmpty();
		assertThat(layout.header("registeredCapital")).isEqualTo("注册资本（元）");
	}

	@Test
	void reportsMissingRequiredColumnsButNotOptionalOnes() {
		ColumnLayout layout = match("企业名称", "备注");

		assertThat(layout.missing()).containsExactly("uscc", "registeredCapital");
		assertThat(layout.unknown()).containsExactly("备注");
	}

	@Test
	void reportsAColumnThatRepeatsAnotherUnderADifferentName() {
		ColumnLayout layout = match("企业名称", "Enterprise name", "USCC", "注册资本(元)");

		assertThat(layout.duplicated()).containsExactly("Enterprise name");
		assertThat(layout.header("name")).isEqualTo("企业名称");
	}

	@Test
	void givesNullForCellsMissingAtTheEndOfAShortRow() {
		ColumnLayout layout = match("企业名称", "统一社会信用代码", "注册资本(元)", null, "标签");

		assertThat(layout.cells(List.of("甲", "code"))).containsEntry("tags", null).containsEntry("name", "甲");
	}

}
