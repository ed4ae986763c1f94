package org.zhuqi.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param subjectType what kind of record changed, e.g. {@code enterprise}
 * @param action what happened, e.g. {@code created}, {@code updated}, {@code paired}
 * @param detail a short human-readable account, e.g. the changed fields
 */
public record AuditEntry(Instant occurredAt, String actor, String subjectType, long subjectId, String action,
		String detail) {
}
