package org.zhuqi.policy.application;

import java.time.OffsetDateTime;

/**
 * An objection (异议) recorded during a public notice against one grant, and how it was resolved.
 *
 * @param status PENDING, DISMISSED or UPHELD
 */
public record Objection(long id, long noticeId, long grantId, String enterpriseName, String objector,
		String content, String status, String recordedBy, OffsetDateTime recordedAt, String resolution,
		String resolvedBy, OffsetDateTime resolvedAt, int version) {

	public boolean pending() {
		return "PENDING".equals(status);
	}

}
