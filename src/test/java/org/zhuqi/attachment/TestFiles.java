package org.zhuqi.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small real files of every kind an upload may be, made in memory: pictures by ImageIO, Office files by Apache
 * POI, a PDF by hand, and the things that must be refused (web page, SVG with a script, Windows program).
 */
public final class TestFiles {

	/** A 1×1 lossless WebP picture (ImageIO cannot write WebP). */
	private static final String WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

	private TestFiles() {
	}

	/** A one-page PDF with a valid cross-reference table. */
	public static byte[] pdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
		for (int i = 0; i < objects.length; i++) {
			xref.append("%010d 00000 n \n".formatted(pdf.length()));
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int start = pdf.length();
		pdf.append(xref).append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	public static byte[] gif() {
		return image("gif");
	}

	public static byte[] webp() {
		return Base64.getDecoder().decode(WEBP);
	}

	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("企业诉求附件");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("数据").createRow(0).createCell(0).setCellValue("营业收入");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] pptx() {
		try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			slides.createSlide();
			slides.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("数据").createRow(0).createCell(0).setCellValue("营业收入");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An OLE2 container with a Word 97 main stream (POI without its scratchpad cannot write a whole .doc). */
	public static byte[] doc() {
		return ole2("WordDocument");
	}

	/** An OLE2 container with a PowerPoint 97 main stream. */
	public static byte[] ppt() {
		return ole2("PowerPoint Document");
	}

	/** A Word 97 container that also carries a VBA project. */
	public static byte[] docWithMacros() {
		return ole2("WordDocument", "Macros");
	}

	/** A .docx with a VBA project inside, as Word saves a macro-enabled document (.docm). */
	public static byte[] docxWithMacros() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
			}
			zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
			zip.write(new byte[] { 1, 2, 3 });
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] zip() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("说明.txt"));
			zip.write("压缩包".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] html() {
		return "<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] svg() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
				""".getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Windows program: the MZ header pointing at a PE signature. */
	public static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	public static byte[] utf8Text() {
		return "走访记录：企业反映用工难。\n联系人：王五\n".getBytes(StandardCharsets.UTF_8);
	}

	/** Chinese text as older Windows editors save it. */
	public static byte[] gbkText() {
		return "走访记录：企业反映用工难。\r\n联系人：王五\r\n".getBytes(Charset.forName("GBK"));
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xc0392b);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] ole2(String... streams) {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String stream : streams) {
				ole.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
			}
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
