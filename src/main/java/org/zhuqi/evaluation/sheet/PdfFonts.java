package org.zhuqi.evaluation.sheet;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

/**
 * Text in mixed Chinese and Latin for PDFs written with OpenPDF, printable on any machine: Latin letters, digits
 * and Western punctuation in Helvetica (a PDF standard font every viewer and printer has), everything else in
 * Droid Sans Fallback, a free CJK font shipped in {@code fonts/} (Apache-2.0, see {@code fonts/README.md})
 * whose glyphs used are embedded in the PDF. No system font is needed on the server or on the reader's side.
 * <p>
 * OpenPDF's built-in Asian fonts (STSong-Light) are never embedded and look different, or not at all, depending
 * on the reader's machine; that is why a font file is shipped. Characters neither font has (CJK Extension B
 * and beyond) are left out. Bold is simulated by stroking the outlines, as the CJK font has one weight.
 */
public final class PdfFonts {

	static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";

	private PdfFonts() {
	}

	/**
	 * The text as a phrase whose every run is set in a font that has its characters.
	 * @param style {@link Font#NORMAL} or {@link Font#BOLD}
	 */
	public static Phrase phrase(String text, float size, int style, Color color) {
		Font latin = new Font(Loaded.LATIN, size, style, color);
		Font cjk = new Font(Loaded.CJK, size, style, color);
		// OpenPDF's FontSelector would do this too, but it parses a font file each time it is made
		Phrase phrase = new Phrase();
		StringBuilder run = new StringBuilder();
		Font runFont = null;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int codePoint = text.codePointAt(i);
			Font font = Loaded.LATIN.charExists(codePoint) ? latin : cjk;
			if (font != runFont && run.length() > 0) {
				phrase.add(new Chunk(run.toString(), runFont));
				run.setLength(0);
			}
			runFont = font;
			run.appendCodePoint(codePoint);
		}
		if (run.length() > 0) {
			phrase.add(new Chunk(run.toString(), runFont));
		}
		return phrase;
	}

	/** The fonts, loaded on first use (the CJK file is 4 MB) and shared: a BaseFont serves many documents. */
	private static final class Loaded {

		static final BaseFont LATIN = create(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED, null);

		static final BaseFont CJK = create(CJK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, read(CJK_FONT));

		private static BaseFont create(String name, String encoding, boolean embedded, byte[] file) {
			try {
				return BaseFont.createFont(name, encoding, embedded, false, file, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot load the font " + name, ex);
			}
		}

		/** Read from the class path, so that it works from inside the application's jar too. */
		private static byte[] read(String resource) {
			try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("font " + resource + " is missing from the class path");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the font " + resource, ex);
			}
		}

	}

}
