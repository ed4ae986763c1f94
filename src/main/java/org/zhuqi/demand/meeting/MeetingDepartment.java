package org.zhuqi.demand.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A department attending a coordination meeting (参会部门). */
@Table("meeting_department")
record MeetingDepartment(long departmentId) {
}
