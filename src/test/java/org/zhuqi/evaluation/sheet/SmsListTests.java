package org.zhuqi.evaluation.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS list opens in Excel with every voter's row, mobile numbers kept as text and a message ready to send.
 */
class SmsListTests {

	private static final String TITLE = CredentialSheetsTests.TITLE;

	private final SmsList list = new SmsList(CredentialSheetsTests.messages());

	@Test
	void listsEveryVoterWithPhoneLinkAndMessage() throws IOException {
		List<SmsRecipient> recipients = List.of(
				new SmsRecipient("杭州西湖数字科技有限公司", "王小明", "13800001111", "https://zhuqi.example.gov.cn/v/aaa"),
				new SmsRecipient("浙江喆堃网络有限公司", null, "+86 139 0000 2222", "https://zhuqi.example.gov.cn/v/bbb"),
				new SmsRecipient("西湖茶叶合作社", "李四", null, "https://zhuqi.example.gov.cn/v/ccc"));

		List<List<String>> rows = read(write(recipients, Locale.SIMPLIFIED_CHINESE), "短信发送名单");

		assertThat(rows.get(0)).containsExactly("序号", "企业名称", "企业代表", "手机号码", "个人评议链接", "短信内容");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1)).startsWith("1", "杭州西湖数字科技有限公司", "王小明", "13800001111",
				"https://zhuqi.example.gov.cn/v/aaa");
		assertThat(rows.get(1).get(5))
			.isEqualTo("王小明您好！请打开 https://zhuqi.example.gov.cn/v/aaa 参加“2026 上半年 千家企业评部门”评议。此链接仅限本人使用，请勿转发。");
		assertThat(rows.get(2)).startsWith("2", "浙江喆堃网络有限公司", "", "+86 139 0000 2222");
		assertThat(rows.get(2).get(5)).as("no representative: the enterprise is addressed").startsWith("浙江喆堃网络有限公司您好！");
		assertThat(rows.get(3)).startsWith("3", "西湖茶叶合作社", "李四", "", "https://zhuqi.example.gov.cn/v/ccc");
	}

	@Test
	void keepsMobileNumbersAsText() throws IOException {
		byte[] xlsx = write(List.of(new SmsRecipient("甲公司", "张三", "13800001111", "https://x.example/v/1")),
				Locale.SIMPLIFIED_CHINESE);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell phone = workbook.getSheetAt(0).getRow(1).getCell(3);
			assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
			assertThat(phone.getStringCellValue()).isEqualTo("13800001111");
		}
	}

	@Test
	void writesHeadersAndMessagesInEnglish() throws IOException {
		byte[] xlsx = write(List.of(new SmsRecipient("Westlake Tea Co-op", "Li Si", "13800001111", "https://x.example/v/1")),
				Locale.ENGLISH);

		List<List<String>> rows = read(xlsx, "SMS list");
		assertThat(rows.get(0)).containsExactly("No.", "Enterprise", "Representative", "Mobile phone", "Personal link",
				"Message");
		assertThat(rows.get(1).get(5)).isEqualTo(
				"Dear Li Si, please open https://x.example/v/1 to take part in \"2026 上半年 千家企业评部门\". The link is for you alone; please do not forward it.");
	}

	@Test
	void writesOnlyTheHeaderWhenThereAreNoVoters() throws IOException {
		assertThat(read(write(List.of(), Locale.SIMPLIFIED_CHINESE), "短信发送名单")).hasSize(1);
	}

	private byte[] write(List<SmsRecipient> recipients, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		list.write(TITLE, recipients, locale, out);
		return out.toByteArray();
	}

	/** The named sheet's cells as Excel shows them, row by row (missing cells as empty text). */
	private static List<List<String>> read(byte[] xlsx, String sheetName) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheet(sheetName);
			assertThat(sheet).as("sheet %s", sheetName).isNotNull();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
