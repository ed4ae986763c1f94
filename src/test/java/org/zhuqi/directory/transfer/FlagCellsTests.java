package org.zhuqi.directory.transfer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Yes/no cells such as 启用 (active), as people and Excel write them. */
class FlagCellsTests {

	@Test
	void readsYesAndNoInChineseEnglishDigitsAndExcelBooleans() {
		for (String yes : new String[] { "是", "启用", "1", "Y", "yes", "TRUE", "Active", "√", " 是 " }) {
			assertThat(CellValues.flag(yes)).as(yes).contains(true);
		}
		for (String no : new String[] { "否", "停用", "0", "n", "No", "FALSE", "inactive", "×" }) {
			assertThat(CellValues.flag(no)).as(no).contains(false);
		}
		assertThat(CellValues.flag("也许")).isEmpty();
		assertThat(CellValues.flag("")).isEmpty();
	}

	@Test
	void takesTheDefaultForABlankCellAndReportsAnUnreadableOne() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("import.cell.flag", Locale.ENGLISH, "not yes or no: {0}");
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("active", "maybe");
		cells.put("blank", " ");
		ImportRow row = new ImportRow(4, cells, field -> "Active", new MessageSourceAccessor(messages, Locale.ENGLISH));

		assertThat(row.flag("blank", true)).isTrue();
		assertThat(row.flag("absent", false)).isFalse();
		assertThat(row.valid()).isTrue();
		assertThat(row.flag("active", true)).isNull();
		assertThat(row.problems()).singleElement()
			.isEqualTo(new RowProblem(4, "Active", "not yes or no: maybe"));
	}

}
