package org.zhuqi.demand.problem;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One action on a problem with what it needs, validated by Bean Validation; the same records are the JSON
 * API bodies of {@code POST /api/v1/demands/{id}/<action>} and the page forms.
 */
public sealed interface DemandCommand {

	DemandAction action();

	/** The note for the timeline. */
	String note();

	/** 交办 to a lead department with optional co-departments. */
	record Assign(@NotNull Long leadDepartmentId, Set<Long> coDepartmentIds, @Size(max = 1000) String note)
			implements DemandCommand {

		public Assign {
			coDepartmentIds = coDepartmentIds == null ? Set.of() : Set.copyOf(coDepartmentIds);
		}

		@Override
		public DemandAction action() {
			return DemandAction.ASSIGN;
		}

	}

	record Accept(@Size(max = 1000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.ACCEPT;
		}

	}

	/** A progress note visible to the enterprise. */
	record Progress(@NotBlank @Size(max = 2000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.PROGRESS;
		}

	}

	/** 办结 with the resolution text. */
	record Resolve(@NotBlank @Size(max = 4000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.RESOLVE;
		}

	}

	/** Resolved directly by the paired cadre. */
	record ResolveByCadre(@NotBlank @Size(max = 4000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.RESOLVE_BY_CADRE;
		}

	}

	record MarkUnresolvable(@NotNull UnresolvableReason reason, @Size(max = 2000) String note)
			implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.MARK_UNRESOLVABLE;
		}

	}

	/** Back to the centre, e.g. because it is another department's business. */
	record Return(@NotBlank @Size(max = 1000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.RETURN;
		}

	}

	/** The enterprise's rating (好差评). */
	record Rate(@NotNull Satisfaction level, @Size(max = 1000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.RATE;
		}

	}

	/** 整改 follow-up contact. */
	record FollowUp(@NotBlank @Size(max = 2000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.FOLLOW_UP;
		}

	}

	record Close(@Size(max = 1000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.CLOSE;
		}

	}

	record MarkComplex(@Size(max = 1000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.MARK_COMPLEX;
		}

	}

	/** 升级为重点问题. */
	record Escalate(@Size(max = 1000) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.ESCALATE;
		}

	}

	record RequestExtension(@NotNull @Min(1) @Max(30) Integer days, @NotBlank @Size(max = 500) String note)
			implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.REQUEST_EXTENSION;
		}

	}

	record DecideExtension(boolean approve, @Size(max = 500) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.DECIDE_EXTENSION;
		}

	}

	/** 督办 reminder to the department. */
	record Remind(@Size(max = 500) String note) implements DemandCommand {

		@Override
		public DemandAction action() {
			return DemandAction.REMIND;
		}

	}

}
