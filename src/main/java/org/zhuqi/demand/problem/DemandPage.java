package org.zhuqi.demand.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhuqi.shared.Viewer;

/**
 * Fills the model of a problem's page: the problem as the viewer may see it, and one form for each action the
 * viewer may take now, in the order of the work. Shared by the page itself and by the action handler, which
 * shows the page again when an action fails.
 */
@Component
class DemandPage {

	static final String VIEW = "demand/demand";

	/** The order in which the action forms appear: the next step of the work first, housekeeping last. */
	static final List<DemandAction> ORDER = List.of(DemandAction.ACCEPT, DemandAction.RESOLVE,
			DemandAction.RATE, DemandAction.FOLLOW_UP, DemandAction.PROGRESS, DemandAction.ASSIGN,
			DemandAction.RESOLVE_BY_CADRE, DemandAction.MARK_UNRESOLVABLE, DemandAction.RETURN,
			DemandAction.REQUEST_EXTENSION, DemandAction.DECIDE_EXTENSION, DemandAction.ESCALATE,
			DemandAction.MARK_COMPLEX, DemandAction.REMIND, DemandAction.CLOSE);

	private final DemandDetails details;

	private final DepartmentChoices departments;

	DemandPage(DemandDetails details, DepartmentChoices departments) {
		this.details = details;
		this.departments = departments;
	}

	/**
	 * Adds the problem and its action forms; {@code submitted} is the form that just failed (kept as typed),
	 * or {@code null}.
	 */
	void fill(Model model, long id, Viewer viewer, Locale locale, ActionForm submitted) {
		DemandDetail detail = details.of(id, viewer, locale);
		List<DemandAction> actions = offered(detail);
		model.addAttribute("detail", detail);
		model.addAttribute("actions", actions);
		model.addAttribute("blankAction", ActionForm.at(detail.version()));
		model.addAttribute("reasons", UnresolvableReason.values());
		model.addAttribute("levels", Satisfaction.values());
		if (actions.contains(DemandAction.ASSIGN)) {
			Set<Long> picked = new HashSet<>();
			if (submitted != null) {
				if (submitted.getLeadDepartmentId() != null) {
					picked.add(submitted.getLeadDepartmentId());
				}
				picked.addAll(submitted.getCoDepartmentIds());
			}
			model.addAttribute("departments", departments.find("", picked));
		}
	}

	/**
	 * The actions to offer a form for: those the viewer may take, less those the problem's own facts would
	 * refuse at once (a second extension request, deciding on none, escalating a problem neither overdue nor
	 * complex, marking a complex problem again).
	 */
	private List<DemandAction> offered(DemandDetail detail) {
		Set<DemandAction> allowed = detail.allowedActions();
		boolean extensionPending = detail.extensionDaysRequested() != null;
		List<DemandAction> offered = new ArrayList<>();
		for (DemandAction action : ORDER) {
			boolean pointless = switch (action) {
				case REQUEST_EXTENSION -> extensionPending;
				case DECIDE_EXTENSION -> !extensionPending;
				case ESCALATE -> detail.keyProblem() || !(detail.complex() || detail.overdue());
				case MARK_COMPLEX -> detail.complex();
				case REMIND -> detail.deadline() == null;
				default -> false;
			};
			if (allowed.contains(action) && !pointless) {
				offered.add(action);
			}
		}
		return offered;
	}

}
