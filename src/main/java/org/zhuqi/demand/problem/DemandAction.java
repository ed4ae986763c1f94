package org.zhuqi.demand.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Everything that can happen to a problem; each is one entry on its timeline. */
public enum DemandAction {

	/** Filed by an enterprise, a cadre or the centre. */
	FILE,

	/** 交办: the centre routes it to a lead department (and co-departments); also re-routing. */
	ASSIGN,

	/** 受理: the lead department accepts it. */
	ACCEPT,

	/** A progress note, visible to the enterprise. */
	PROGRESS,

	/** 办结 by the lead department, with a resolution text. */
	RESOLVE,

	/** Resolved directly by the paired cadre before routing (counts as coordinated by the cadre). */
	RESOLVE_BY_CADRE,

	/** 无法解决, with a reason. */
	MARK_UNRESOLVABLE,

	/** Returned to the centre by the department (e.g. wrong department), with a reason. */
	RETURN,

	/** The enterprise's satisfaction rating (好差评). */
	RATE,

	/** 整改 follow-up contact with the enterprise after a dissatisfied rating. */
	FOLLOW_UP,

	/** Closed by the centre, or automatically when rated or left unrated for 7 days. */
	CLOSE,

	/** Marked as a complex problem (may then be escalated before it is overdue). */
	MARK_COMPLEX,

	/** 升级为重点问题: escalated to a key problem for a coordination meeting. */
	ESCALATE,

	/** The lead department asks for more working days. */
	REQUEST_EXTENSION,

	/** The centre approves or refuses an extension request. */
	DECIDE_EXTENSION,

	/** 督办: a reminder to the department about a due or overdue problem. */
	REMIND;

	/** How the action appears in addresses, e.g. {@code resolve-by-cadre} for {@link #RESOLVE_BY_CADRE}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The action with this {@link #slug()}, except filing, which is no action on an existing problem. */
	public static Optional<DemandAction> ofSlug(String slug) {
		return Arrays.stream(values()).filter(action -> action != FILE && action.slug().equals(slug)).findFirst();
	}

}
