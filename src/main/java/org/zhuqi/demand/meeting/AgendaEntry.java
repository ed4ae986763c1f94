package org.zhuqi.demand.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** One key problem on a meeting's agenda; its place in the order is the list index ({@code position}). */
@Table("meeting_agenda")
record AgendaEntry(long demandId) {
}
