package org.zhuqi.demand.demo;

import java.time.Instant;
import java.util.List;

import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.Urgency;
import org.zhuqi.shared.Role;

/**
 * The planned life of one demo problem: who files it and when, then each later action with its actor and
 * time. Replayed through the real workflow up to the present; steps still in the future are left out, which
 * is how recent problems end up open.
 */
record Story(long enterpriseId, Actor filer, Instant filedAt, String categoryCode, String title,
		String description, Urgency urgency, List<Step> steps) {

	/** Who acts: a role and the record it is bound to (department, cadre or enterprise; 0 for the centre). */
	record Actor(Role role, long id) {

		static Actor centre() {
			return new Actor(Role.ADMIN, 0);
		}

	}

	/** One action on the problem at a time. */
	record Step(Instant at, Actor actor, DemandCommand command) {
	}

}
