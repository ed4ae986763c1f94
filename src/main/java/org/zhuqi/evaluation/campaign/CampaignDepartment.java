package org.zhuqi.evaluation.campaign;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A department rated in a campaign, in its group at a position from 1 (the live group's order of reports).
 */
@Table("evaluation_campaign_department")
public record CampaignDepartment(long departmentId, DepartmentGroup groupKind, int position) {
}
