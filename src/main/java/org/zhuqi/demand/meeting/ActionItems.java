package org.zhuqi.demand.meeting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The action items store. */
interface ActionItems extends ListCrudRepository<ActionItem, Long> {

	List<ActionItem> findByMeetingId(long meetingId);

}
