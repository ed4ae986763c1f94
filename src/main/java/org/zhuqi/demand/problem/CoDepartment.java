package org.zhuqi.demand.problem;

import org.springframework.data.relational.core.mapping.Table;

/** A co-department (协办部门) working on a problem beside the lead department. */
@Table("demand_co_department")
record CoDepartment(long departmentId) {
}
