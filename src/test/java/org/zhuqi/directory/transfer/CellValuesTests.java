package org.zhuqi.directory.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTests {

	@Test
	void readsCapitalWithThousandsSeparatorsCurrencySignsAndFullWidthDigits() {
		assertThat(CellValues.decimal("1,234,567.89")).contains(new BigDecimal("1234567.89"));
		assertThat(CellValues.decimal("￥5,000,000元")).contains(new BigDecimal("5000000"));
		assertThat(CellValues.decimal("１２３４．５０")).contains(new BigDecimal("1234.5"));
		assertThat(CellValues.decimal(" 1 000 000 ")).contains(new BigDecimal("1000000"));
		assertThat(CellValues.decimal("1，000")).contains(new BigDecimal("1000"));
	}

	@Test
	void dropsTrailingZerosSoTwoDecimalsStayWithinTheFormsLimit() {
		assertThat(CellValues.decimal("100.500").orElseThrow().scale()).isEqualTo(1);
		assertThat(CellValues.decimal("1E+6").orElseThrow()).isEqualTo(new BigDecimal("1000000"));
		assertThat(CellValues.decimal("1E+6").orElseThrow().scale()).isZero();
	}

	@Test
	void refusesTextThatIsNoNumber() {
		assertThat(CellValues.decimal("abc")).isEmpty();
		assertThat(CellValues.decimal("100万")).isEmpty();
		assertThat(CellValues.decimal("1.2.3")).isEmpty();
		assertThat(CellValues.decimal("")).isEmpty();
		assertThat(CellValues.decimal(null)).isEmpty();
	}

	@Test
	void readsDatesAsPeopleTypeThem() {
		LocalDate expected = LocalDate.of(2018, 6, 1);
		assertThat(CellValues.date("2018-06-01")).contains(expected);
		assertThat(CellValues.date("2018/6/1")).contains(expected);
		assertThat(CellValues.date("2018.6.1")).contains(expected);
		assertThat(CellValues.date("20180601")).contains(expected);
		assertThat(CellValues.date("2018年6月1日")).contains(expected);
		assertThat(CellValues.date("２０１８－０６－０１")).contains(expected);
		assertThat(CellValues.date("2018-06-01 00:00:00")).contains(expected);
		assertThat(CellValues.date("2018-06-01T08:30")).contains(expected);
	}

	@Test
	void readsAnExcelDateSerialNumberThatLostItsFormat() {
		assertThat(CellValues.date("43252")).contains(LocalDate.of(2018, 6, 1));
		assertThat(CellValues.date("43252.0")).contains(LocalDate.of(2018, 6, 1));
		assertThat(CellValues.fromExcelSerial(61)).isEqualTo(LocalDate.of(1900, 3, 1));
	}

	@Test
	void refusesImpossibleOrAmbiguousDates() {
		assertThat(CellValues.date("2023-02-30")).isEmpty();
		assertThat(CellValues.date("2018-13-01")).isEmpty();
		assertThat(CellValues.date("2018")).isEmpty();
		assertThat(CellValues.date("01/06/2018")).isEmpty();
		assertThat(CellValues.date("yesterday")).isEmpty();
	}

}
