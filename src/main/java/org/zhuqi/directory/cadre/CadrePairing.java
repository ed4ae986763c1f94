package org.zhuqi.directory.cadre;

import java.time.Instant;

/**
 * One enterprise a cadre was or is paired with, from the pairing history; {@code endedAt} is {@code null}
 * while the pairing lasts.
 */
public record CadrePairing(long enterpriseId, String enterpriseName, String uscc, Instant startedAt, Instant endedAt,
		String assignedBy, String reason) {

	public boolean current() {
		return endedAt == null;
	}

}
