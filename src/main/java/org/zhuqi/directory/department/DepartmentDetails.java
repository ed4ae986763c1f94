package org.zhuqi.directory.department;

import java.util.regex.Pattern;

import org.zhuqi.shared.RejectedFieldException;

/**
 * Normalised, checked department details: trimmed code and name, a known kind. The constructor refuses what
 * the rules forbid with a {@link RejectedFieldException} naming the field, so an import row gets the same
 * messages as the form.
 *
 * @param code the short code (简称代码), upper-case letters, digits and hyphens, e.g. {@code FGJ}
 * @param name the full name, e.g. 区发展和改革局
 * @param kind bureau, street/town or other
 * @param active whether cadres may still join the department
 */
public record DepartmentDetails(String code, String name, DepartmentKind kind, boolean active) {

	/** A short code: upper-case letters, digits and hyphens. */
	public static final String CODE_PATTERN = "[A-Z0-9-]*";

	public static final int CODE_MAX = 32;

	public static final int NAME_MAX = 100;

	private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

	public DepartmentDetails {
		code = code == null ? "" : code.strip();
		name = name == null ? "" : name.strip();
		if (code.isEmpty()) {
			throw new RejectedFieldException("code", "department.code.required");
		}
		if (code.length() > CODE_MAX) {
			throw new RejectedFieldException("code", "department.code.tooLong", CODE_MAX);
		}
		if (!CODE.matcher(code).matches()) {
			throw new RejectedFieldException("code", "department.code.pattern", code);
		}
		if (name.isEmpty()) {
			throw new RejectedFieldException("name", "department.name.required");
		}
		if (name.length() > NAME_MAX) {
			throw new RejectedFieldException("name", "department.name.tooLong", NAME_MAX);
		}
		if (kind == null) {
			throw new RejectedFieldException("kind", "department.kind.invalid");
		}
	}

	/** From a form that passed Bean Validation. */
	public static DepartmentDetails from(DepartmentForm form) {
		return new DepartmentDetails(form.getCode(), form.getName(), DepartmentKind.parse(form.getKind()),
				form.isActive());
	}

}
