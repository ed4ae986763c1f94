package org.zhuqi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A domain rule refused an action as a whole, not one input field: e.g. accepting a problem that was never
 * assigned, or rating twice. The message is resolved from {@code code} and {@code arguments} in the
 * caller's language. Rendered as 409 problem details on the API; pages show it as an error message.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RefusedActionException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	public RefusedActionException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
