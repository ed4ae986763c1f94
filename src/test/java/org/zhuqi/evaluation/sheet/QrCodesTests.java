package org.zhuqi.evaluation.sheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A generated code scans back to the same link, at the promised error correction level and with its quiet zone.
 */
class QrCodesTests {

	static final String URL = "https://zhuqi.example.gov.cn/v/Xq3k9Zp_2mL8vT4rW1aN0cYhB6sJ";

	@Test
	void pngDecodesBackToTheSameUrl() throws Exception {
		byte[] png = QrCodes.png(URL, 4);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		Result result = decode(ImageIO.read(new ByteArrayInputStream(png)));
		assertThat(result.getText()).isEqualTo(URL);
		assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
	}

	@Test
	void chineseTextSurvivesTheRoundTrip() throws Exception {
		String text = "https://zhuqi.example.gov.cn/v/abc?企业=西湖科技";

		assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 3)))).getText()).isEqualTo(text);
	}

	@Test
	void matrixHasOneBitPerModuleAndAFourModuleQuietZone() {
		BitMatrix matrix = QrCodes.matrix(URL);

		int size = matrix.getWidth();
		assertThat(matrix.getHeight()).isEqualTo(size);
		assertThat((size - 2 * QrCodes.QUIET_ZONE - 21) % 4).as("21 + 4 × (version − 1) modules").isZero();
		for (int i = 0; i < size; i++) {
			for (int border = 0; border < QrCodes.QUIET_ZONE; border++) {
				assertThat(matrix.get(i, border) || matrix.get(border, i) || matrix.get(i, size - 1 - border)
						|| matrix.get(size - 1 - border, i))
					.as("quiet zone at %d/%d", i, border)
					.isFalse();
			}
		}
		// the finder pattern's corner starts right inside the quiet zone
		assertThat(matrix.get(QrCodes.QUIET_ZONE, QrCodes.QUIET_ZONE)).isTrue();
	}

	@Test
	void pngScalesEveryModuleToTheRequestedPixels() throws IOException {
		int modules = QrCodes.matrix(URL).getWidth();

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, 5)));
		assertThat(image.getWidth()).isEqualTo(modules * 5);
		assertThat(image.getHeight()).isEqualTo(modules * 5);
	}

	@Test
	void refusesBlankOrOversizeText() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.matrix(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.matrix(null));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.matrix("x".repeat(5000)))
			.withMessageContaining("5000");
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(URL, 0));
	}

	static Result decode(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
		}
		catch (NotFoundException ex) {
			throw new AssertionError("no QR code found in the image", ex);
		}
	}

}
