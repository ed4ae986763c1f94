package org.zhuqi.demand.meeting;

import org.springframework.data.repository.ListCrudRepository;

/** The coordination meetings store; lists and figures are queried in {@link MeetingQueries}. */
interface Meetings extends ListCrudRepository<Meeting, Long> {
}
