package org.zhuqi.evaluation.sheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (二维码) for the personal links printed on credential sheets and shown on screens: error correction
 * level M (about 15 % of the code may be smudged or torn and it still scans) and the white quiet zone of four
 * modules the QR standard asks for around the code.
 * <p>
 * {@link #matrix(String)} gives one bit per module, for a writer that draws the modules itself (a PDF draws
 * them as vector squares, sharp at any print size); {@link #png(String, int)} gives a picture for a web page.
 */
public final class QrCodes {

	/** Modules of white border on each side of the code (ISO/IEC 18004 quiet zone). */
	public static final int QUIET_ZONE = 4;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(
			EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
			EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
			EncodeHintType.MARGIN, QUIET_ZONE);

	private QrCodes() {
	}

	/**
	 * The code's modules, one bit each ({@code true} = dark), quiet zone included: a square of
	 * {@code 21 + 4 × (version − 1) + 2 × QUIET_ZONE} bits, 41 for a typical 60-character link.
	 * @throws IllegalArgumentException when the text is blank or too long for a QR code
	 */
	public static BitMatrix matrix(String text) {
		return encode(text, 0);
	}

	/**
	 * The code as a black-on-white PNG, each module a square of {@code pixelsPerModule} pixels.
	 * @throws IllegalArgumentException when the text is blank or too long, or the scale is below 1
	 */
	public static byte[] png(String text, int pixelsPerModule) {
		if (pixelsPerModule < 1) {
			throw new IllegalArgumentException("pixels per module must be at least 1, not " + pixelsPerModule);
		}
		int size = matrix(text).getWidth() * pixelsPerModule;
		BufferedImage image = MatrixToImageWriter.toBufferedImage(encode(text, size));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			// a byte array does not fail
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static BitMatrix encode(String text, int size) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a QR code needs some text");
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("text too long for a QR code (" + text.length() + " characters)", ex);
		}
	}

}
