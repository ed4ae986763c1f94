package org.zhuqi.evaluation.sheet;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Credential sheets (评议凭证): an A4 PDF to print and cut, {@value #COLUMNS} × {@value #ROWS} cards a page
 * between dashed cut lines. Each card carries the campaign's title and the card's number, the enterprise and its
 * representative, the QR code of the voter's personal link with the link printed small below it for typing in,
 * and a reminder not to hand the card on.
 * <p>
 * The PDF goes to the stream page by page (only the subset of the Chinese font is written at the end), so a
 * sheet for thousands of voters needs little memory; 1,100 cards make 138 pages of about 0.6 MB in 2 to 5
 * seconds on a busy 2-core machine. Chinese text needs no font on the machine: see {@link PdfFonts}.
 */
@Component
public class CredentialSheets {

	/** Cards across a page. */
	public static final int COLUMNS = 2;

	/** Cards down a page. */
	public static final int ROWS = 4;

	public static final int CARDS_PER_PAGE = COLUMNS * ROWS;

	private static final Rectangle PAGE = PageSize.A4;

	/** Room most printers need at the paper's edge. */
	private static final float MARGIN = millimetres(10);

	private static final float CARD_WIDTH = (PAGE.getWidth() - 2 * MARGIN) / COLUMNS;

	private static final float CARD_HEIGHT = (PAGE.getHeight() - 2 * MARGIN) / ROWS;

	private static final float PADDING = millimetres(4);

	/** 38 mm with the quiet zone, about 30 mm of code: a phone reads it from half a metre. */
	private static final float QR_SIZE = millimetres(38);

	private static final float HEADER_HEIGHT = 16;

	private static final float NAME_SIZE = 13;

	private static final float SMALLEST_NAME_SIZE = 7;

	private static final Color GREY = new Color(0x59, 0x59, 0x59);

	private static final Color CUT_LINE = new Color(0xA6, 0xA6, 0xA6);

	private final MessageSource messages;

	public CredentialSheets(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the sheets; the stream is left open.
	 * @param title the campaign's title, printed on every card (e.g. {@code 2026 上半年 千家企业评部门})
	 * @param cards the cards in print order, numbered from 1; read once, so they may be streamed
	 * @param locale the language of the texts on the cards
	 */
	public void write(String title, Iterable<VoterCard> cards, Locale locale, OutputStream out) throws IOException {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("credential sheets need the campaign's title");
		}
		Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		writer.setFullCompression();
		document.addTitle(title);
		document.addCreator("Zhuqi");
		document.open();
		try {
			PdfContentByte canvas = writer.getDirectContent();
			Iterator<VoterCard> each = cards.iterator();
			if (!each.hasNext()) {
				document.add(new Paragraph(PdfFonts.phrase(title, NAME_SIZE, Font.BOLD, Color.BLACK)));
				document.add(new Paragraph(PdfFonts.phrase(message("evaluation.sheet.empty", locale), 10,
						Font.NORMAL, GREY)));
			}
			for (int number = 1; each.hasNext(); number++) {
				int slot = (number - 1) % CARDS_PER_PAGE;
				if (slot == 0) {
					if (number > 1) {
						document.newPage();
					}
					drawCutLines(canvas);
				}
				float left = MARGIN + (slot % COLUMNS) * CARD_WIDTH;
				float top = PAGE.getHeight() - MARGIN - (slot / COLUMNS) * CARD_HEIGHT;
				drawCard(canvas, left, top, title, each.next(), number, locale);
			}
		}
		finally {
			document.close();
		}
	}

	/** Dashed lines along every card edge, across the whole sheet, for a guillotine or scissors. */
	private static void drawCutLines(PdfContentByte canvas) {
		canvas.saveState();
		canvas.setColorStroke(CUT_LINE);
		canvas.setLineWidth(0.4f);
		canvas.setLineDash(3, 3, 0);
		for (int column = 0; column <= COLUMNS; column++) {
			float x = MARGIN + column * CARD_WIDTH;
			canvas.moveTo(x, 0);
			canvas.lineTo(x, PAGE.getHeight());
		}
		for (int row = 0; row <= ROWS; row++) {
			float y = MARGIN + row * CARD_HEIGHT;
			canvas.moveTo(0, y);
			canvas.lineTo(PAGE.getWidth(), y);
		}
		canvas.stroke();
		canvas.restoreState();
	}

	private void drawCard(PdfContentByte canvas, float cardLeft, float cardTop, String title, VoterCard card,
			int number, Locale locale) {
		float left = cardLeft + PADDING;
		float right = cardLeft + CARD_WIDTH - PADDING;
		float top = cardTop - PADDING;
		float bottom = cardTop - CARD_HEIGHT + PADDING;

		// header: the campaign on the left, the card's number on the right
		String numberText = message("evaluation.sheet.number", locale, String.valueOf(number));
		Phrase numberPhrase = PdfFonts.phrase(numberText, 7.5f, Font.NORMAL, GREY);
		ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, numberPhrase, right, top - 8, 0);
		column(canvas, left, top - HEADER_HEIGHT, right - 50, top, 10,
				PdfFonts.phrase(title, 8.5f, Font.NORMAL, GREY));

		// the QR code at the right, its quiet zone keeping it clear of the text
		float qrTop = top - HEADER_HEIGHT;
		drawQrCode(canvas, QrCodes.matrix(card.url()), right - QR_SIZE, qrTop - QR_SIZE, QR_SIZE);

		// the enterprise and its representative at the left, the name shrunk until it fits
		float textRight = right - QR_SIZE;
		float textBottom = qrTop - QR_SIZE + PADDING;
		writeFitting(canvas, card, locale, left, textBottom, textRight, qrTop - 4);

		// the reminder and the link under the code, across the card
		ColumnText footer = new ColumnText(canvas);
		footer.setSimpleColumn(left, bottom, right, qrTop - QR_SIZE);
		footer.addElement(paragraph(message("evaluation.sheet.instruction", locale), 9, Font.BOLD, Color.BLACK));
		footer.addElement(paragraph(card.url(), 6.5f, Font.NORMAL, GREY));
		footer.go();
	}

	/**
	 * The name at the largest size from {@value #NAME_SIZE} points down to {@value #SMALLEST_NAME_SIZE} at which
	 * name and representative fit (a long name is cut off at the smallest).
	 */
	private void writeFitting(PdfContentByte canvas, VoterCard card, Locale locale, float left, float bottom,
			float right, float top) {
		float size = NAME_SIZE;
		while (size > SMALLEST_NAME_SIZE
				&& ColumnText.hasMoreText(nameColumn(canvas, card, locale, size, left, bottom, right, top).go(true))) {
			size -= 1;
		}
		// a simulated column cannot be replayed: draw a fresh one
		nameColumn(canvas, card, locale, size, left, bottom, right, top).go();
	}

	private ColumnText nameColumn(PdfContentByte canvas, VoterCard card, Locale locale, float size, float left,
			float bottom, float right, float top) {
		ColumnText text = new ColumnText(canvas);
		text.setSimpleColumn(left, bottom, right, top);
		text.addElement(paragraph(card.enterpriseName(), size, Font.BOLD, Color.BLACK));
		if (card.representativeName() != null && !card.representativeName().isBlank()) {
			Paragraph representative = paragraph(
					message("evaluation.sheet.representative", locale, card.representativeName()), 10, Font.NORMAL,
					Color.BLACK);
			representative.setSpacingBefore(6);
			text.addElement(representative);
		}
		return text;
	}

	/**
	 * The dark modules as filled squares, one rectangle per horizontal run, in a coordinate system of one unit
	 * per module with rows counted downwards (short integer operands keep the page small).
	 */
	private static void drawQrCode(PdfContentByte canvas, BitMatrix matrix, float x, float y, float size) {
		float module = size / matrix.getWidth();
		canvas.saveState();
		canvas.concatCTM(module, 0, 0, -module, x, y + size);
		canvas.setColorFill(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			int column = 0;
			while (column < matrix.getWidth()) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < matrix.getWidth() && matrix.get(column, row)) {
					column++;
				}
				canvas.rectangle(start, row, column - start, 1);
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	private static void column(PdfContentByte canvas, float left, float bottom, float right, float top, float leading,
			Phrase phrase) {
		ColumnText text = new ColumnText(canvas);
		text.setSimpleColumn(phrase, left, bottom, right, top, leading, Element.ALIGN_LEFT);
		text.go();
	}

	private static Paragraph paragraph(String text, float size, int style, Color color) {
		Paragraph paragraph = new Paragraph(PdfFonts.phrase(text, size, style, color));
		paragraph.setLeading(size * 1.25f);
		return paragraph;
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private static float millimetres(float mm) {
		return mm * 72 / 25.4f;
	}

}
