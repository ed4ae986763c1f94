package org.zhuqi.notification;

import java.util.Objects;

import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who a notice is for: either one user, named by its login, or a group named by a role and the directory record
 * it is bound to: all administrators of the service centre ({@code boundId} {@code null}), the handlers of one
 * department, the account(s) of one cadre record, or the user(s) of one enterprise. A group is matched against
 * each reader's {@link Viewer} when the inbox is read, so the caller needs no user lookup and accounts opened
 * later see the group's notices too.
 *
 * @param role the role of the accounts addressed; {@code null} for one user
 * @param boundId the department, cadre or enterprise id the accounts are bound to; {@code null} for the
 * administrators and for one user
 * @param username the login name of the one user addressed; {@code null} for a group
 */
public record Audience(Role role, Long boundId, String username) {

	/** Login names are at most this long (as in the account module). */
	static final int USERNAME_MAX = 64;

	public Audience {
		if (username != null) {
			if (role != null || boundId != null) {
				throw new IllegalArgumentException("an audience is either one user or a role, not both");
			}
			if (username.isBlank() || username.length() > USERNAME_MAX) {
				throw new IllegalArgumentException("not a login name: " + username);
			}
		}
		else {
			Objects.requireNonNull(role, "an audience needs a role or a login name");
			if (role == Role.ADMIN ? boundId != null : boundId == null) {
				throw new IllegalArgumentException("an audience of role " + role
						+ (role == Role.ADMIN ? " has no bound record" : " needs the id of its bound record"));
			}
		}
	}

	/** One user, whatever its role, e.g. the one who filed a problem ({@code filed_by}). */
	public static Audience user(String username) {
		return new Audience(null, null, username);
	}

	/** The service centre: every administrator. */
	public static Audience admins() {
		return new Audience(Role.ADMIN, null, null);
	}

	/** The handlers of one department (区级部门/街道). */
	public static Audience department(long departmentId) {
		return new Audience(Role.DEPARTMENT, departmentId, null);
	}

	/** The liaison cadre (联企干部) of one cadre record. */
	public static Audience cadre(long cadreId) {
		return new Audience(Role.CADRE, cadreId, null);
	}

	/** The users of one enterprise. */
	public static Audience enterprise(long enterpriseId) {
		return new Audience(Role.ENTERPRISE, enterpriseId, null);
	}

	/**
	 * The group a signed-in user shares with its colleagues: its role and its bound record. (Its own notices are
	 * {@link #user(String)} of its login name.)
	 */
	public static Audience of(Viewer viewer) {
		return new Audience(viewer.role(), boundIdOf(viewer), null);
	}

	/** Whether this is one user rather than a group. */
	public boolean isUser() {
		return username != null;
	}

	/** Whether this user is, or is one of, the audience. */
	public boolean includes(Viewer viewer) {
		if (isUser()) {
			return username.equals(viewer.username());
		}
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
