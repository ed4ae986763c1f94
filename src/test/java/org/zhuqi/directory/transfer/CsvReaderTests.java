package org.zhuqi.directory.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTests {

	private static final String TEXT = "企业名称,街道/镇\r\n西湖科技,北山街道\r\n";

	private record Line(int number, List<String> cells) {
	}

	private static List<Line> read(byte[] content) throws UnreadableFileException {
		List<Line> lines = new ArrayList<>();
		new CsvReader(content).read((number, cells) -> lines.add(new Line(number, cells)));
		return lines;
	}

	private static byte[] withBom(byte[] content) {
		byte[] result = new byte[content.length + 3];
		result[0] = (byte) 0xEF;
		result[1] = (byte) 0xBB;
		result[2] = (byte) 0xBF;
		System.arraycopy(content, 0, result, 3, content.length);
		return result;
	}

	@Test
	void readsUtf8WithAByteOrderMarkAsExcelsCsvUtf8SavesIt() throws Exception {
		List<Line> lines = read(withBom(TEXT.getBytes(StandardCharsets.UTF_8)));

		assertThat(lines.get(0).cells()).containsExactly("企业名称", "街道/镇");
		assertThat(lines.get(1).cells()).containsExactly("西湖科技", "北山街道");
	}

	@Test
	void readsUtf8WithoutAByteOrderMark() throws Exception {
		assertThat(read(TEXT.getBytes(StandardCharsets.UTF_8)).get(1).cells()).containsExactly("西湖科技", "北山街道");
	}

	@Test
	void readsGbkAsPlainCsvFromChineseExcelIsEncoded() throws Exception {
		byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));

		assertThat(CsvReader.charsetOf(gbk)).isEqualTo(CsvReader.GB18030);
		assertThat(read(gbk).get(1).cells()).containsExactly("西湖科技", "北山街道");
	}

	@Test
	void readsUtf16WithAByteOrderMark() throws Exception {
		byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);

		assertThat(read(utf16).get(0).cells()).containsExactly("企业名称", "街道/镇");
	}

	@Test
	void numbersRecordsAsExcelNumbersRowsCountingBlankLinesAndMultiLineCells() throws Exception {
		String text = "名称,备注\n\n甲,\"第一行\n第二行\"\n乙,\"含,逗号\"\n";

		List<Line> lines = read(text.getBytes(StandardCharsets.UTF_8));

		assertThat(lines).extracting(Line::number).containsExactly(1, 2, 3, 4);
		assertThat(lines.get(2).cells()).containsExactly("甲", "第一行\n第二行");
		assertThat(lines.get(3).cells()).containsExactly("乙", "含,逗号");
	}

	@Test
	void takesTabsOrSemicolonsWhenTheHeaderHasNoComma() throws Exception {
		assertThat(CsvReader.delimiter("名称\t代码")).isEqualTo('\t');
		assertThat(CsvReader.delimiter("名称;代码")).isEqualTo(';');
		assertThat(CsvReader.delimiter("名称,代码;备注")).isEqualTo(',');
		assertThat(read("名称\t代码\n甲\t1\n".getBytes(StandardCharsets.UTF_8)).get(1).cells()).containsExactly("甲", "1");
	}

	@Test
	void tellsTextFromBinary() {
		assertThat(CsvReader.looksLikeText(TEXT.getBytes(Charset.forName("GBK")))).isTrue();
		assertThat(CsvReader.looksLikeText(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x1A, 0, 0 })).isFalse();
	}

	@Test
	void toleratesAQuoteLeftOpenAtTheEndOfTheFile() throws Exception {
		byte[] open = "名称,备注\n甲,\"未闭合".getBytes(StandardCharsets.UTF_8);

		assertThat(read(open).get(1).cells()).containsExactly("甲", "未闭合");
	}

}
