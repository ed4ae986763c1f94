package org.zhuqi.policy.application;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * What the application part of a policy's detail page shows ({@code policy/application-panel.html}, bean
 * {@code @policyApplicationPanel}): to an enterprise its application or the button to apply; to the reviewing
 * staff the counts of the review queue and the grants waiting for public notice; to everybody the policy's
 * notices.
 */
@Component("policyApplicationPanel")
public class ApplicationPanel {

	private final ApplicationService service;

	private final ApplicationQueries queries;

	private final PublicNotices notices;

	ApplicationPanel(ApplicationService service, ApplicationQueries queries, PublicNotices notices) {
		this.service = service;
		this.queries = queries;
		this.notices = notices;
	}

	/**
	 * The panel's content for the viewer ({@code null} when nobody is signed in).
	 *
	 * @param canApply whether the button 申报 shows
	 * @param own the enterprise's active application under the policy, or {@code null}
	 * @param reviewer whether the viewer reviews the policy's applications
	 * @param counts applications per status (reviewers only)
	 * @param awaitingNotice approved grants waiting for a notice (reviewers only)
	 * @param notices how many notices the policy has had
	 */
	public record View(boolean canApply, ApplicationRow own, boolean reviewer, Map<ApplicationStatus, Long> counts,
			int awaitingNotice, long notices) {

		public long count(String status) {
			return counts.getOrDefault(ApplicationStatus.valueOf(status), 0L);
		}

	}

	public View of(PolicyRef policy, Viewer viewer) {
		ApplicationRow own = viewer != null && viewer.role() == Role.ENTERPRISE && viewer.enterpriseId() != null
				? queries.active(policy.id(), viewer.enterpriseId()).orElse(null) : null;
		boolean reviewer = ApplicationAccess.canReview(viewer, policy.departmentId());
		return new View(service.canApply(policy, viewer), own, reviewer,
				reviewer ? queries.countsByStatus(policy.id()) : Map.of(),
				reviewer ? notices.awaitingNotice(policy.id()) : 0,
				notices.list(policy.id(), org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
	}

}
