package org.zhuqi.directory.pairing;

import java.time.Instant;

/**
 * One row of an enterprise's pairing history: which cadre, from when to when ({@code endedAt} is
 * {@code null} for the current pairing), who assigned it and why.
 */
public record PairingRecord(long cadreId, String cadreName, String cadrePhone, String departmentName,
		Instant startedAt, Instant endedAt, String assignedBy, String reason) {

	public boolean current() {
		return endedAt == null;
	}

}
