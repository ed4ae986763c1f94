package org.zhuqi.demand.problem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Viewer;

/** Assembles a {@link DemandDetail} for the viewer, with names looked up in the directory. */
@Component
public class DemandDetails {

	private final DemandWorkflow workflow;

	private final Directory directory;

	private final Categories categories;

	private final Clock clock;

	DemandDetails(DemandWorkflow workflow, Directory directory, Categories categories, Clock clock) {
		this.workflow = workflow;
		this.directory = directory;
		this.categories = categories;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DemandDetail of(long id, Viewer viewer, Locale locale) {
		Demand d = workflow.get(id, viewer);
		Instant now = clock.instant();
		List<Long> departmentIds = new ArrayList<>(d.getCoDepartmentIds());
		if (d.getLeadDepartmentId() != null) {
			departmentIds.add(d.getLeadDepartmentId());
		}
		Map<Long, String> departments = directory.departmentNames(departmentIds);
		String enterprise = d.getEnterpriseId() == null ? null
				: directory.enterpriseNames(List.of(d.getEnterpriseId())).get(d.getEnterpriseId());
		String cadre = d.getCadreId() == null ? null : directory.cadreNames(List.of(d.getCadreId())).get(d.getCadreId());
		String category = categories.find(d.getCategoryCode()).map(c -> c.name(locale)).orElse(d.getCategoryCode());
		return new DemandDetail(d.getId(), d.getTitle(), d.getDescription(), d.getEnterpriseId(), enterprise,
				d.getCadreId(), cadre, d.getCategoryCode(), category, d.getUrgency(), d.getChannel(), d.getState(),
				d.getFiledBy(), d.getSubmittedAt(), d.getLeadDepartmentId(),
				d.getLeadDepartmentId() == null ? null : departments.get(d.getLeadDepartmentId()),
				d.getCoDepartmentIds().stream().map(departments::get).toList(), d.getAssignedAt(), d.getAcceptDueAt(),
				d.getAcceptedAt(), d.getResolveDueAt(), d.getResolvedAt(), d.getResolution(), d.isResolvedByCadre(),
				d.getUnresolvableReason(), d.isComplex(), d.isKeyProblem(), d.getExtensionDays(), d.getExtensionReason(),
				d.getExtendedDays(), d.getRating(), d.getRatingComment(), d.getRatedAt(), d.getRateDueAt(),
				d.getFirstRating(), d.getRectificationOpenedAt(), d.getFollowUpDueAt(), d.getFollowedUpAt(),
				d.getRectifyDueAt(), d.currentDeadline(), d.isOverdue(now), d.isDueSoon(now, DemandQueries.DUE_SOON),
				d.getVersion(), workflow.timeline(id, viewer), workflow.allowedActions(d, viewer));
	}

}
