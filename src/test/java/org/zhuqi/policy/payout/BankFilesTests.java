package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank batch file written and the bank result file read, including quoting, BOM, bad and repeated lines. */
class BankFilesTests {

	@Test
	void batchFileIsUtf8WithBomHeaderCrlfAndTwoDecimals() {
		byte[] file = BankBatchCsv.write(List.of(new BatchLine(1, "G5-A1", "杭州西湖科技有限公司",
				"91330106MA2XXXXXX1", "", new BigDecimal("5000"), "西政办发〔2026〕12号")));
		assertThat(file[0]).isEqualTo((byte) 0xEF);
		assertThat(file[1]).isEqualTo((byte) 0xBB);
		assertThat(file[2]).isEqualTo((byte) 0xBF);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("\uFEFFline_no,idempotency_key,enterprise_name,uscc,bank_account,amount,document_no\r\n"
				+ "1,G5-A1,杭州西湖科技有限公司,91330106MA2XXXXXX1,,5000.00,西政办发〔2026〕12号\r\n");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndReadBack() {
		List<String> fields = List.of("a,b", "say \"hi\"", "two\nlines", " padded ", "plain");
		String line = Csv.line(fields);
		assertThat(line).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",plain\r\n");
		List<Csv.Row> rows = Csv.read(line + "next,row\r\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).fields()).isEqualTo(fields);
		assertThat(rows.get(1).line()).as("the quoted line break counts").isEqualTo(3);
		assertThat(rows.get(1).fields()).containsExactly("next", "row");
	}

	@Test
	void readsResultLinesWithBomHeaderAndBothDateForms() {
		String text = "\uFEFFidempotency_key,status,bank_reference,paid_on,failure_reason,amount\r\n"
				+ "G1-A1,SUCCESS,BK001,2026-05-06,,100.00\r\n"
				+ "G2-A1,fail,,,账户已销户\n"
				+ "\r\n"
				+ "G3-A1,SUCCESS,BK003,20260507,\n";
		BankResults read = BankResultCsv.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(read.problems()).isEmpty();
		assertThat(read.lines()).hasSize(3);
		ResultLine first = read.lines().get(0);
		assertThat(first.lineNo()).isEqualTo(2);
		assertThat(first.success()).isTrue();
		assertThat(first.bankReference()).isEqualTo("BK001");
		assertThat(first.paidOn()).isEqualTo(LocalDate.of(2026, 5, 6));
		assertThat(first.amount()).isEqualTo(new BigDecimal("100.00"));
		assertThat(read.lines().get(1).success()).isFalse();
		assertThat(read.lines().get(1).failureReason()).isEqualTo("账户已销户");
		assertThat(read.lines().get(2).lineNo()).isEqualTo(5);
		assertThat(read.lines().get(2).paidOn()).isEqualTo(LocalDate.of(2026, 5, 7));
		assertThat(read.lines().get(2).amount()).isNull();
	}

	@Test
	void badLinesAreReportedWithLineNumberAndTheOthersStillRead() {
		String text = String.join("\n", "G1-A1,SUCCESS,BK1,2026-05-06,", // 1 good
				"G2-A1,DONE,BK2,2026-05-06,", // 2 bad status
				"G3-A1,SUCCESS,BK3,2026-13-40,", // 3 bad date
				"G4-A1,SUCCESS,BK4,2026-05-06,,12.345", // 4 bad amount
				"G5-A1,SUCCESS,,2026-05-06,", // 5 no reference
				"G6-A1,FAIL,,,", // 6 no reason
				"G7-A1,SUCCESS", // 7 too few fields
				"G8-A1,SUCCESS,BK8,2026-05-06,", // 8 good
				"\"G9-A1,SUCCESS,BK9,2026-05-06,"); // 9 open quote
		BankResults read = BankResultCsv.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(read.lines()).extracting(ResultLine::idempotencyKey).containsExactly("G1-A1", "G8-A1");
		assertThat(read.problems()).extracting(ImportLine::lineNo).containsExactly(2, 3, 4, 5, 6, 7, 9);
		assertThat(read.problems()).extracting(ImportLine::problem)
			.containsExactly(LineProblem.BAD_STATUS, LineProblem.BAD_DATE, LineProblem.BAD_AMOUNT,
					LineProblem.NO_REFERENCE, LineProblem.NO_REASON, LineProblem.MALFORMED, LineProblem.MALFORMED);
		assertThat(read.problems().get(1).detail()).isEqualTo("2026-13-40");
	}

	@Test
	void repeatedLinesAreAllReadSoThatTheLedgerReportsTheRepeat() {
		String text = "G1-A1,SUCCESS,BK1,2026-05-06,\nG1-A1,SUCCESS,BK1,2026-05-06,\n";
		assertThat(BankResultCsv.read(text.getBytes(StandardCharsets.UTF_8)).lines()).extracting(ResultLine::lineNo)
			.containsExactly(1, 2);
	}

	@Test
	void gbkResultFileIsReadAsGbk() {
		byte[] gbk = "G1-A1,FAIL,,,户名不符\r\n".getBytes(Charset.forName("GBK"));
		BankResults read = BankResultCsv.read(gbk);
		assertThat(read.lines()).singleElement().extracting(ResultLine::failureReason).isEqualTo("户名不符");
	}

}
