package org.zhuqi.directory.transfer;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form: which kind of records the file holds and the file itself. The kind arrives as text so that
 * an unknown one is a field error rather than a binding failure.
 */
public class ImportUpload {

	private String kind = ImportKind.ENTERPRISE.name();

	private MultipartFile file;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
