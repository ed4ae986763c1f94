package org.zhuqi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist, or the caller may not know that it exists. Rendered as 404: problem details on
 * the API, the error page otherwise.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	private final String kind;

	private final Object id;

	public RecordNotFoundException(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return kind;
	}

	public Object id() {
		return id;
	}

}
