package org.zhuqi.demand.problem;

import java.util.Collection;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhuqi.demand.DemandChanged;
import org.zhuqi.notification.Audience;
import org.zhuqi.notification.Notice;
import org.zhuqi.notification.Notifications;

/**
 * Tells the people concerned when a problem moves, through their inboxes (and e-mail, where set up): the
 * departments of a new assignment, the lead department of a 督办 reminder, a rating or a reopening, the centre
 * of a returned problem or a rectification, the enterprise of progress, a resolution and the need to rate.
 * Runs after the workflow's transaction committed, so a failed notice never undoes an action; due-soon
 * notices come from {@link DemandClocks}.
 */
@Component
class DemandNotices {

	private final Demands demands;

	private final Notifications notifications;

	DemandNotices(Demands demands, Notifications notifications) {
		this.demands = demands;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(DemandChanged changed) {
		demands.findById(changed.demandId()).ifPresent(demand -> notify(changed, demand));
	}

	private void notify(DemandChanged changed, Demand demand) {
		String link = link(demand.getId());
		String title = demand.getTitle();
		Long lead = demand.getLeadDepartmentId();
		switch (DemandAction.valueOf(changed.action())) {
			case FILE -> send(Audience.admins(), Notice.of(Notice.INFO, "demand.notice.filed", link, title));
			case ASSIGN -> {
				send(Audience.department(lead), Notice.of(Notice.ASSIGNED, "demand.notice.assigned", link, title));
				coDepartments(demand.getCoDepartmentIds(), Notice.of(Notice.ASSIGNED, "demand.notice.coAssigned", link, title));
			}
			case RETURN -> send(Audience.admins(), Notice.of(Notice.INFO, "demand.notice.returned", link, title));
			case REMIND -> send(Audience.department(lead), Notice.of(Notice.OVERDUE, "demand.notice.overdue", link, title));
			case PROGRESS -> toEnterprise(demand, Notice.of(Notice.INFO, "demand.notice.progress", link, title));
			case RESOLVE, RESOLVE_BY_CADRE, MARK_UNRESOLVABLE -> toEnterprise(demand,
					Notice.of(Notice.INFO, "demand.notice.pleaseRate", link, title,
							Notice.message("demand.state." + changed.toState())));
			case RATE -> rated(changed, demand, link, title, lead);
			case ESCALATE -> {
				if (lead != null) {
					send(Audience.department(lead), Notice.of(Notice.INFO, "demand.notice.escalated", link, title));
				}
			}
			default -> {
			}
		}
	}

	/** A problem without an enterprise (e.g. an evaluation rectification) has nobody to tell on that side. */
	private void toEnterprise(Demand demand, Notice notice) {
		if (demand.getEnterpriseId() != null) {
			send(Audience.enterprise(demand.getEnterpriseId()), notice);
		}
	}

	private void rated(DemandChanged changed, Demand demand, String link, String title, Long lead) {
		Notice.Argument level = Notice.message("demand.satisfaction." + demand.getRating());
		if (DemandState.RECTIFYING.name().equals(changed.toState())) {
			Notice reopened = Notice.of(Notice.REOPENED, "demand.notice.reopened", link, title, level);
			send(Audience.admins(), reopened);
			if (lead != null) {
				send(Audience.department(lead), reopened);
			}
			else if (demand.getCadreId() != null) {
				send(Audience.cadre(demand.getCadreId()), reopened);
			}
		}
		else if (lead != null) {
			send(Audience.department(lead), Notice.of(Notice.RATED, "demand.notice.rated", link, title, level));
		}
	}

	/** Due-soon notices to the lead departments of the given problems. */
	void dueSoon(Collection<Long> ids) {
		demands.findAllById(ids).forEach(demand -> {
			if (demand.getLeadDepartmentId() != null) {
				send(Audience.department(demand.getLeadDepartmentId()),
						Notice.of(Notice.DUE_SOON, "demand.notice.dueSoon", link(demand.getId()), demand.getTitle()));
			}
		});
	}

	private void coDepartments(Collection<Long> ids, Notice notice) {
		ids.forEach(id -> send(Audience.department(id), notice));
	}

	private void send(Audience audience, Notice notice) {
		notifications.send(audience, notice);
	}

	private static String link(long id) {
		return "/demands/" + id;
	}

}
