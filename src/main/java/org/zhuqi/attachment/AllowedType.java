package org.zhuqi.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file an attachment may be, each with the media type its content is detected as and the
 * extensions its name may end in. Everything else — web pages, SVG drawings (which can carry scripts),
 * programs, archives, documents with macros — is refused.
 */
enum AllowedType {

	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	DOC("application/msword", "doc"),
	XLS("application/vnd.ms-excel", "xls"),
	PPT("application/vnd.ms-powerpoint", "ppt"),
	TEXT("text/plain", "txt", "csv");

	private final String mediaType;

	private final List<String> extensions;

	AllowedType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	String mediaType() {
		return mediaType;
	}

	/** The extensions a file name of this type may end in, lower case without the dot. */
	List<String> extensions() {
		return extensions;
	}

	boolean image() {
		return this == PNG || this == JPEG || this == GIF || this == WEBP;
	}

	/** The allowed type with this media type (parameters such as {@code ; charset=} ignored). */
	static Optional<AllowedType> of(String mediaType) {
		if (mediaType == null) {
			return Optional.empty();
		}
		String bare = mediaType.split(";", 2)[0].strip();
		return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(bare)).findFirst();
	}

	/** Every allowed extension as a file input's {@code accept} list: {@code .pdf,.png,...}. */
	static String acceptList() {
		return Arrays.stream(values())
			.flatMap(type -> type.extensions.stream())
			.map(extension -> "." + extension)
			.collect(Collectors.joining(","));
	}

}
