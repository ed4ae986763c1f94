package org.zhuqi.demand.meeting;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A progress note (进展) the owner department reported on an open action item. */
@Table("action_item_progress")
public record ActionItemProgress(Instant notedAt, String notedBy, String note) {
}
