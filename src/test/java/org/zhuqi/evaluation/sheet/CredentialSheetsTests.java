package org.zhuqi.evaluation.sheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed credential sheet, read back as a reader and a phone would: the Chinese texts are real text in an
 * embedded font, the cards fill the pages eight at a time, and every QR code on a rendered page scans.
 */
class CredentialSheetsTests {

	static final String TITLE = "2026 上半年 千家企业评部门";

	private final CredentialSheets sheets = new CredentialSheets(messages());

	@Test
	void printsTheTitleAndEveryCardAsChineseText() throws IOException {
		List<VoterCard> cards = cards(10);

		try (PDDocument pdf = Loader.loadPDF(write(cards, Locale.SIMPLIFIED_CHINESE))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			String text = compact(new PDFTextStripper().getText(pdf));
			assertThat(text).contains(compact(TITLE), "杭州西湖第1号科技有限公司", "代表：王小明1", "扫码进入评议，请勿转交他人",
					"第10号", cards.get(9).url());
			assertThat(compact(new PDFTextStripper() {
				{
					setStartPage(2);
				}
			}.getText(pdf))).contains("杭州西湖第9号科技有限公司").doesNotContain("第1号科技");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
		}
	}

	@Test
	void embedsTheChineseFontSoThatNoSystemFontIsNeeded() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(write(cards(1), Locale.SIMPLIFIED_CHINESE))) {
			List<String> fonts = new ArrayList<>();
			PDResources resources = pdf.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				boolean standard = Standard14Fonts.containsName(font.getName());
				fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : standard ? " standard" : " missing"));
			}
			assertThat(fonts).anyMatch(font -> font.contains("DroidSansFallback") && font.endsWith("embedded"))
				.noneMatch(font -> font.endsWith("missing"));
		}
	}

	@Test
	void everyQrCodeOnARenderedPageScansToItsVotersUrl() throws Exception {
		List<VoterCard> cards = cards(CredentialSheets.CARDS_PER_PAGE + 3);

		try (PDDocument pdf = Loader.loadPDF(write(cards, Locale.SIMPLIFIED_CHINESE))) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			Set<String> scanned = new TreeSet<>();
			for (int page = 0; page < pdf.getNumberOfPages(); page++) {
				// 150 dpi: a cheap office scan or a phone photo of the sheet sees no more
				scanned.addAll(scan(renderer.renderImageWithDPI(page, 150, ImageType.GRAY)));
			}
			assertThat(scanned).isEqualTo(cards.stream().map(VoterCard::url).collect(Collectors.toCollection(TreeSet::new)));
		}
	}

	@Test
	void shrinksALongEnterpriseNameToFitTheCard() throws IOException {
		String longName = "杭州市西湖区某某某某某某某某某某某某数字科技与智能制造股份有限公司第一分公司";
		List<VoterCard> cards = List.of(new VoterCard(longName, "欧阳娜娜", "https://zhuqi.example.gov.cn/v/long"));

		try (PDDocument pdf = Loader.loadPDF(write(cards, Locale.SIMPLIFIED_CHINESE))) {
			assertThat(compact(new PDFTextStripper().getText(pdf))).contains(longName, "代表：欧阳娜娜");
		}
	}

	@Test
	void writesTheCardTextsInEnglishToo() throws IOException {
		List<VoterCard> cards = List.of(new VoterCard("Westlake Robotics Ltd. 西湖机器人", null, "https://x.example/v/1"));

		try (PDDocument pdf = Loader.loadPDF(write(cards, Locale.ENGLISH))) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(compact(text)).contains("WestlakeRoboticsLtd.西湖机器人", "No.1", "Scantotakepartintherating.")
				.doesNotContain("Representative");
		}
	}

	@Test
	void writesOneExplainingPageWhenThereAreNoVoters() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(write(List.of(), Locale.SIMPLIFIED_CHINESE))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(compact(new PDFTextStripper().getText(pdf))).contains(compact(TITLE), "本次评议还没有评议代表");
		}
	}

	@Test
	void leavesTheCallersStreamOpen() throws IOException {
		class Watched extends ByteArrayOutputStream {

			boolean closed;

			@Override
			public void close() {
				closed = true;
			}

		}
		Watched out = new Watched();
		sheets.write(TITLE, cards(1), Locale.SIMPLIFIED_CHINESE, out);
		assertThat(out.closed).isFalse();
		assertThat(out.size()).isPositive();
	}

	/** The size of a district's meeting (1,032 voters and some spare): 138 pages of about a megabyte. */
	@Test
	void printsElevenHundredCardsOnOneHundredThirtyEightPages() throws IOException {
		List<VoterCard> cards = cards(1100);

		long start = System.nanoTime();
		byte[] pdf = write(cards, Locale.SIMPLIFIED_CHINESE);
		long millis = (System.nanoTime() - start) / 1_000_000;

		System.out.printf("credential sheets: %d cards, %d bytes, %d ms%n", cards.size(), pdf.length, millis);
		assertThat(pdf.length).isLessThan(3_000_000);
		try (PDDocument read = Loader.loadPDF(pdf)) {
			assertThat(read.getNumberOfPages()).isEqualTo(138);
		}
	}

	private byte[] write(List<VoterCard> cards, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheets.write(TITLE, cards, locale, out);
		return out.toByteArray();
	}

	/** Cards with distinct enterprises, representatives and unguessable-looking links. */
	static List<VoterCard> cards(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(i -> new VoterCard("杭州西湖第" + i + "号科技有限公司", "王小明" + i,
					"https://zhuqi.example.gov.cn/v/" + Integer.toString(i * 7919 + 104729, 36) + "Xq3k9Zp2mL8vT4rW1aN0"))
			.toList();
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/evaluation-sheet");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Text without the line breaks and spaces that layout puts in. */
	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static List<String> scan(BufferedImage page) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
		try {
			Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
			return Arrays.stream(results).map(Result::getText).toList();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

}
