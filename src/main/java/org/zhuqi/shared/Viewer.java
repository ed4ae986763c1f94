package org.zhuqi.shared;

import java.util.Objects;

/**
 * Who is asking: the signed-in user's role and the one directory record it is bound to. Services take a
 * {@code Viewer} and decide from it what the caller may see, so scoping lives where data is read.
 *
 * @param username the login name, recorded in audit history
 * @param role the role
 * @param departmentId the department of a {@link Role#DEPARTMENT} user, else {@code null}
 * @param cadreId the cadre record of a {@link Role#CADRE} user, else {@code null}
 * @param enterpriseId the enterprise of an {@link Role#ENTERPRISE} user, else {@code null}
 */
public record Viewer(String username, Role role, Long departmentId, Long cadreId, Long enterpriseId) {

	public Viewer {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
	}

	public static Viewer admin(String username) {
		return new Viewer(username, Role.ADMIN, null, null, null);
	}

	public static Viewer department(String username, long departmentId) {
		return new Viewer(username, Role.DEPARTMENT, departmentId, null, null);
	}

	public static Viewer cadre(String username, long cadreId) {
		return new Viewer(username, Role.CADRE, null, cadreId, null);
	}

	public static Viewer enterprise(String username, long enterpriseId) {
		return new Viewer(username, Role.ENTERPRISE, null, null, enterpriseId);
	}

	public boolean is(Role candidate) {
		return role == candidate;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

}
