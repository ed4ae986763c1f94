package org.zhuqi.shared;

/**
 * A domain rule refused the value of one input field (a duplicate code, an unknown reference). Forms show
 * it beside the field; the JSON API lists it in the problem details. The message is resolved from
 * {@code code} and {@code arguments} in the caller's language.
 */
public class RejectedFieldException extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public RejectedFieldException(String field, String code, Object... arguments) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
