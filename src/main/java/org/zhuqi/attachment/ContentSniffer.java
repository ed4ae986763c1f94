package org.zhuqi.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes alone; the name the uploader gave it plays no part.
 * <p>
 * Apache Tika's magic numbers recognise PDF, images, web pages, SVG, programs and text. Tika core alone
 * sees only "some zip-based Office file" or "some OLE2 Office file", so this class looks inside those
 * containers: the main part of a Word, Excel or PowerPoint file decides which it is, and a VBA project inside
 * makes it a {@linkplain #MACROS document with macros}. Text in the Chinese legacy encodings (GBK/GB18030),
 * which Tika calls binary, is recognised as text when it decodes cleanly.
 */
class ContentSniffer {

	/** Office documents carrying a VBA project (the registered type of {@code vbaProject.bin}). */
	static final String MACROS = "application/vnd.ms-office.vbaProject";

	/** An Office document encrypted with a password: an OLE2 container around the real file. */
	static final String ENCRYPTED_OFFICE = "application/x-tika-ooxml-protected";

	static final String UNKNOWN = "application/octet-stream";

	private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-tika-ooxml",
			AllowedType.DOCX.mediaType(), AllowedType.XLSX.mediaType(), AllowedType.PPTX.mediaType());

	private static final Set<String> OLE2_TYPES = Set.of("application/x-tika-msoffice", AllowedType.DOC.mediaType(),
			AllowedType.XLS.mediaType(), AllowedType.PPT.mediaType());

	/** How much of a file that Tika calls binary is read to decide whether it is Chinese text. */
	private static final int TEXT_SAMPLE = 64 * 1024;

	private final Detector detector = MimeTypes.getDefaultMimeTypes();

	/** The media type of the file's content, without parameters; {@value #UNKNOWN} when nothing fits. */
	String detect(Path file) {
		String detected = magic(file);
		if (ZIP_TYPES.contains(detected)) {
			return officeOpenXml(file, detected);
		}
		if (OLE2_TYPES.contains(detected)) {
			return ole2(file, detected);
		}
		if (UNKNOWN.equals(detected) && chineseText(file)) {
			return AllowedType.TEXT.mediaType();
		}
		return detected;
	}

	private String magic(Path file) {
		// no resource name in the metadata: Tika would otherwise trust the extension when the bytes are unclear
		try (TikaInputStream in = TikaInputStream.get(file)) {
			return detector.detect(in, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Word, Excel or PowerPoint by the main part in the zip's directory (its contents are not unpacked). */
	private static String officeOpenXml(Path file, String detected) {
		List<String> names;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
		}
		catch (IOException ex) {
			return detected; // not a readable zip: stays "zip" or "some Office file", which are refused
		}
		if (!names.contains("[Content_Types].xml")) {
			return detected;
		}
		if (names.stream().anyMatch(name -> name.endsWith("vbaProject.bin"))) {
			return MACROS;
		}
		if (names.contains("word/document.xml")) {
			return AllowedType.DOCX.mediaType();
		}
		if (names.contains("xl/workbook.xml")) {
			return AllowedType.XLSX.mediaType();
		}
		if (names.contains("ppt/presentation.xml")) {
			return AllowedType.PPTX.mediaType();
		}
		return detected;
	}

	/** Word 97, Excel 97 or PowerPoint 97 by the streams at the root of the OLE2 container. */
	private static String ole2(Path file, String detected) {
		try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = ole.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
				return ENCRYPTED_OFFICE;
			}
			if (root.hasEntryCaseInsensitive("Macros") || root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
				return MACROS;
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return AllowedType.DOC.mediaType();
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return AllowedType.XLS.mediaType();
			}
			if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
				return AllowedType.PPT.mediaType();
			}
			return detected;
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a damaged container with a variety of runtime exceptions; such a file stays
			// "some Office file", which is refused
			return detected;
		}
	}

	/** Whether the start of the file decodes as GB18030 (a superset of GBK) without control characters. */
	private static boolean chineseText(Path file) {
		byte[] sample;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(TEXT_SAMPLE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CharsetDecoder decoder = java.nio.charset.Charset.forName("GB18030")
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer text = CharBuffer.allocate(sample.length);
		// a sample cut in the middle of a character is fine: only errors before its end count
		CoderResult result = decoder.decode(ByteBuffer.wrap(sample), text, sample.length < TEXT_SAMPLE);
		if (result.isError()) {
			return false;
		}
		text.flip();
		return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f');
	}

}
