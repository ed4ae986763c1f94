package org.zhuqi.notification;

import java.util.Objects;

import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who a notice is for, without naming users: every account with this role bound to this directory record. All
 * administrators ({@code boundId} {@code null}), the handlers of one department, the account(s) of one cadre
 * record, or the user(s) of one enterprise. A user sees a notice when its {@link Viewer} matches, so the caller
 * needs no user lookup and users opened later see it too.
 *
 * @param role the role of the accounts addressed
 * @param boundId the department, cadre or enterprise id the accounts are bound to; {@code null} exactly for
 * {@link Role#ADMIN}
 */
public record Audience(Role role, Long boundId) {

	public Audience {
		Objects.requireNonNull(role, "role");
		if (role == Role.ADMIN ? boundId != null : boundId == null) {
			throw new IllegalArgumentException("an audience of role " + role
					+ (role == Role.ADMIN ? " has no bound record" : " needs the id of its bound record"));
		}
	}

	/** The service centre: every administrator. */
	public static Audience admins() {
		return new Audience(Role.ADMIN, null);
	}

	/** The handlers of one department (区级部门/街道). */
	public static Audience department(long departmentId) {
		return new Audience(Role.DEPARTMENT, departmentId);
	}

	/** The liaison cadre (联企干部) of one cadre record. */
	public static Audience cadre(long cadreId) {
		return new Audience(Role.CADRE, cadreId);
	}

	/** The users of one enterprise. */
	public static Audience enterprise(long enterpriseId) {
		return new Audience(Role.ENTERPRISE, enterpriseId);
	}

	/** The audience a signed-in user belongs to: its role and its bound record. */
	public static Audience of(Viewer viewer) {
		return new Audience(viewer.role(), boundIdOf(viewer));
	}

	/** Whether this user is one of the audience. */
	public boolean includes(Viewer viewer) {
		return viewer.role() == role && Objects.equals(boundIdOf(viewer), boundId);
	}

	private static Long boundIdOf(Viewer viewer) {
		return switch (viewer.role()) {
			case ADMIN -> null;
			case DEPARTMENT -> viewer.departmentId();
			case CADRE -> viewer.cadreId();
			case ENTERPRISE -> viewer.enterpriseId();
		};
	}

}
