package org.zhuqi.attachment;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhuqi.shared.RejectedFieldException;

/**
 * What an upload must be to become an attachment, as plain rules: a file name, some content, within the size
 * limit, of an {@linkplain AllowedType allowed type} by its content, and named with an extension of that type.
 * <p>
 * A file whose name says one type and whose content is another (a PNG picture named {@code .pdf}) is refused
 * rather than stored under the detected type: the uploader most likely picked the wrong file or renamed it, and
 * a reader who downloads {@code 合同.pdf} should get a PDF. The message names the detected type and the
 * extension the name should have.
 * <p>
 * Every refusal is a {@link RejectedFieldException} on field {@value #FIELD}; the detected type appears in the
 * message as a label in the reader's language where one exists, else as the bare media type.
 */
class UploadRules {

	/** The field every refusal names (written out at each refusal so that the message-code test finds it). */
	static final String FIELD = "attachments";

	/** Longest file name kept; longer names are shortened before the extension. */
	static final int MAX_NAME_LENGTH = 200;

	/**
	 * Control characters, line separators and the bidirectional marks that can make {@code exe.pdf} look like
	 * {@code fdp.exe}.
	 */
	private static final Pattern INVISIBLE = Pattern.compile(
			"[\\p{Cntrl}\\u0080-\\u009f\\p{Zl}\\p{Zp}\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

	/** Labels for the refused types people most often try, by media type or its start. */
	private static final Map<String, String> REFUSED_LABELS = Map.ofEntries(
			Map.entry("text/html", "attachment.refused.html"),
			Map.entry("application/xhtml+xml", "attachment.refused.html"),
			Map.entry("image/svg+xml", "attachment.refused.svg"),
			Map.entry("application/x-msdownload", "attachment.refused.program"),
			Map.entry("application/x-dosexec", "attachment.refused.program"),
			Map.entry("application/x-executable", "attachment.refused.program"),
			Map.entry("application/x-elf", "attachment.refused.program"),
			Map.entry("application/x-sh", "attachment.refused.program"),
			Map.entry("application/x-bat", "attachment.refused.program"),
			Map.entry("application/java-archive", "attachment.refused.program"),
			Map.entry("application/zip", "attachment.refused.archive"),
			Map.entry("application/x-rar-compressed", "attachment.refused.archive"),
			Map.entry("application/x-7z-compressed", "attachment.refused.archive"),
			Map.entry("application/gzip", "attachment.refused.archive"),
			Map.entry(ContentSniffer.MACROS, "attachment.refused.macros"),
			Map.entry(ContentSniffer.ENCRYPTED_OFFICE, "attachment.refused.encrypted"),
			Map.entry("application/x-tika-ooxml", "attachment.refused.office"),
			Map.entry("application/x-tika-msoffice", "attachment.refused.office"),
			Map.entry(ContentSniffer.UNKNOWN, "attachment.refused.unknown"));

	private final long maxFileSizeBytes;

	UploadRules(long maxFileSizeBytes) {
		this.maxFileSizeBytes = maxFileSizeBytes;
	}

	long maxFileSizeBytes() {
		return maxFileSizeBytes;
	}

	/**
	 * The name to keep: its last path segment (some browsers send {@code C:\fakepath\a.pdf}), without control
	 * characters, in Unicode normal form C, at most {@value #MAX_NAME_LENGTH} characters.
	 * @throws RejectedFieldException when nothing is left
	 */
	static String fileName(String submitted) {
		String name = submitted == null ? "" : submitted;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			throw new RejectedFieldException("attachments", "attachment.nameMissing");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			String extension = extension(name);
			int keep = MAX_NAME_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
			name = name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
		}
		return name;
	}

	/** Refuses an empty file or one over the limit; {@code size} may be a lower bound once over the limit. */
	void checkSize(String fileName, long size) {
		if (size <= 0) {
			throw new RejectedFieldException("attachments", "attachment.empty", fileName);
		}
		if (size > maxFileSizeBytes) {
			throw new RejectedFieldException("attachments", "attachment.tooLarge", fileName, ByteSizes.readable(maxFileSizeBytes));
		}
	}

	/**
	 * The allowed type of a file with this name and detected content type.
	 * @throws RejectedFieldException when the type is not allowed or the name's extension belongs to another
	 */
	static AllowedType type(String fileName, String detectedType) {
		AllowedType type = AllowedType.of(detectedType)
			.orElseThrow(() -> new RejectedFieldException("attachments", "attachment.typeNotAllowed", fileName,
					label(detectedType)));
		if (!type.extensions().contains(extension(fileName))) {
			String expected = type.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" / "));
			throw new RejectedFieldException("attachments", "attachment.extensionMismatch", fileName, label(detectedType),
					expected);
		}
		return type;
	}

	/** The file name's extension, lower case without the dot; empty when it has none. */
	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** A message argument naming a media type: its label in the reader's language, or the type itself. */
	static DefaultMessageSourceResolvable label(String mediaType) {
		List<String> codes = AllowedType.of(mediaType)
			.map(type -> List.of("attachment.type." + type.name()))
			.orElseGet(() -> REFUSED_LABELS.containsKey(mediaType) ? List.of(REFUSED_LABELS.get(mediaType)) : List.of());
		return new DefaultMessageSourceResolvable(codes.toArray(String[]::new), mediaType);
	}

}
