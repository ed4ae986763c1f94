package org.zhuqi.directory.cadre;

import org.zhuqi.directory.reference.PhoneNumbers;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Normalised, checked details of a liaison cadre (联企干部): trimmed name and title, the department by its
 * short code, the phone in its canonical spelling ({@link PhoneNumbers#canonical}). The constructor refuses
 * what the rules forbid with a {@link RejectedFieldException} naming the field, so an import row gets the
 * same messages as the form.
 *
 * @param name the cadre's name
 * @param departmentCode the short code of the department the cadre works in, e.g. {@code FGJ}
 * @param phone the phone, which identifies the cadre on import
 * @param title the job title, or {@code null}
 * @param active whether the cadre can still be paired with enterprises
 */
public record CadreDetails(String name, String departmentCode, String phone, String title, boolean active) {

	public static final int NAME_MAX = 50;

	public static final int TITLE_MAX = 50;

	public CadreDetails {
		name = name == null ? "" : name.strip();
		departmentCode = departmentCode == null ? "" : departmentCode.strip();
		String raw = phone;
		phone = PhoneNumbers.canonical(raw).orElse(null);
		title = title == null || title.isBlank() ? null : title.strip();
		if (name.isEmpty()) {
			throw new RejectedFieldException("name", "cadre.name.required");
		}
		if (name.length() > NAME_MAX) {
			throw new RejectedFieldException("name", "cadre.name.tooLong", NAME_MAX);
		}
		if (departmentCode.isEmpty()) {
			throw new RejectedFieldException("departmentCode", "cadre.department.required");
		}
		if (phone == null) {
			throw new RejectedFieldException("phone", "phone.invalid", raw);
		}
		if (title != null && title.length() > TITLE_MAX) {
			throw new RejectedFieldException("title", "cadre.title.tooLong", TITLE_MAX);
		}
	}

	/** From a form that passed Bean Validation. */
	public static CadreDetails from(CadreForm form) {
		return new CadreDetails(form.getName(), form.getDepartmentCode(), form.getPhone(), form.getTitle(),
				form.isActive());
	}

}
