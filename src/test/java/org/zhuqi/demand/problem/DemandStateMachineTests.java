package org.zhuqi.demand.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RefusedActionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandStateMachineTests {

	private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

	/** Calendar days for the state machine's own tests; working days are the calendar module's business. */
	static final Deadlines DAYS = new Deadlines() {

		@Override
		public Instant deadline(Instant start, int workingDays) {
			return start.plus(Duration.ofDays(workingDays));
		}

		@Override
		public int workingDaysBetween(Instant start, Instant end) {
			return (int) Duration.between(start, end).toDays();
		}

	};

	private static final Demand.Timing TIMING = new Demand.Timing(1, 7);

	static Demand filed() {
		return Demand.file(new Demand.Filing(1L, 2L, "XIXI", Channel.ENTERPRISE, null, "SPACE", "厂房漏水",
				"二号厂房屋顶漏水，影响生产", Urgency.URGENT, "ent"), T0);
	}

	/** A demand brought into the given state through legal actions only. */
	static Demand in(DemandState state) {
		Demand demand = filed();
		switch (state) {
			case SUBMITTED -> {
			}
			case ASSIGNED -> demand.assign(10L, Set.of(11L), TIMING, DAYS, T0);
			case IN_PROGRESS -> {
				demand.assign(10L, Set.of(), TIMING, DAYS, T0);
				demand.accept(T0);
			}
			case RESOLVED -> {
				demand.assign(10L, Set.of(), TIMING, DAYS, T0);
				demand.accept(T0);
				demand.resolve("已修缮", T0);
			}
			case UNRESOLVABLE -> {
				demand.assign(10L, Set.of(), TIMING, DAYS, T0);
				demand.accept(T0);
				demand.markUnresolvable(UnresolvableReason.POLICY, null, T0);
			}
			case RATED -> {
				demand.resolveByCadre("已协调", T0);
				demand.rate(Satisfaction.SATISFIED, null, DAYS, T0);
			}
			case RECTIFYING -> {
				demand.resolveByCadre("已协调", T0);
				demand.rate(Satisfaction.DISSATISFIED, "没解决", DAYS, T0);
			}
			case CLOSED -> demand.close(T0);
		}
		assertThat(demand.getState()).isEqualTo(state);
		return demand;
	}

	/** Performs one action with plausible arguments. */
	private static final Map<DemandAction, Function<Demand, Transition>> ACTIONS = new EnumMap<>(DemandAction.class);

	static {
		ACTIONS.put(DemandAction.ASSIGN, d -> d.assign(10L, Set.of(), TIMING, DAYS, T0));
		ACTIONS.put(DemandAction.ACCEPT, d -> d.accept(T0));
		ACTIONS.put(DemandAction.PROGRESS, Demand::progress);
		ACTIONS.put(DemandAction.RESOLVE, d -> d.resolve("好了", T0));
		ACTIONS.put(DemandAction.RESOLVE_BY_CADRE, d -> d.resolveByCadre("好了", T0));
		ACTIONS.put(DemandAction.MARK_UNRESOLVABLE, d -> d.markUnresolvable(UnresolvableReason.AUTHORITY, null, T0));
		ACTIONS.put(DemandAction.RETURN, Demand::returnToCentre);
		ACTIONS.put(DemandAction.RATE, d -> d.rate(Satisfaction.SATISFIED, null, DAYS, T0));
		ACTIONS.put(DemandAction.FOLLOW_UP, d -> d.followUp(T0));
		ACTIONS.put(DemandAction.CLOSE, d -> d.close(T0));
		ACTIONS.put(DemandAction.MARK_COMPLEX, Demand::markComplex);
		ACTIONS.put(DemandAction.ESCALATE, d -> {
			d.markComplex();
			return d.escalate(T0);
		});
		ACTIONS.put(DemandAction.REQUEST_EXTENSION, d -> d.requestExtension(3, "需要协调用地", T0));
		ACTIONS.put(DemandAction.DECIDE_EXTENSION, d -> {
			d.requestExtension(3, "需要协调用地", T0);
			return d.decideExtension(true, TIMING, DAYS);
		});
		ACTIONS.put(DemandAction.REMIND, d -> d.remind(T0));
	}

	@Test
	void refusesEveryActionTheCurrentStateDoesNotAllow() {
		int refused = 0;
		for (DemandState state : DemandState.values()) {
			for (DemandAction action : ACTIONS.keySet()) {
				if (state.allows(action) || needsAnotherActionFirst(state, action)) {
					continue;
				}
				Demand demand = in(state);
				assertThatThrownBy(() -> ACTIONS.get(action).apply(demand))
					.as("%s in %s", action, state)
					.isInstanceOf(RefusedActionException.class)
					.extracting(ex -> ((RefusedActionException) ex).code())
					.isEqualTo("demand.transition.illegal");
				assertThat(demand.getState()).as("%s in %s leaves the state alone", action, state).isEqualTo(state);
				refused++;
			}
		}
		assertThat(refused).isGreaterThan(60);
	}

	@Test
	void performsEveryActionTheCurrentStateAllows() {
		for (DemandState state : DemandState.values()) {
			for (DemandAction action : ACTIONS.keySet()) {
				if (!state.allows(action) || needsAnotherActionFirst(state, action)) {
					continue;
				}
				Demand demand = in(state);
				assertThat(ACTIONS.get(action).apply(demand).action()).as("%s in %s", action, state).isEqualTo(action);
			}
		}
	}

	/** ESCALATE and DECIDE_EXTENSION perform a first step whose own legality is tested separately. */
	private static boolean needsAnotherActionFirst(DemandState state, DemandAction action) {
		return action == DemandAction.ESCALATE && !state.allows(DemandAction.MARK_COMPLEX)
				&& state.allows(DemandAction.ESCALATE)
				|| action == DemandAction.DECIDE_EXTENSION && !state.allows(DemandAction.REQUEST_EXTENSION)
						&& state.allows(DemandAction.DECIDE_EXTENSION);
	}

	@Test
	void assigningStartsTheAcceptAndResolveClocksAndCountsAsCoordinated() {
		Demand demand = in(DemandState.ASSIGNED);
		assertThat(demand.getAcceptDueAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
		assertThat(demand.getResolveDueAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
		assertThat(demand.getCoDepartmentIds()).containsExactly(11L);
		assertThat(demand.isCoordinated()).isTrue();
	}

	@Test
	void leadDepartmentIsNeverAlsoACoDepartment() {
		Demand demand = filed();
		demand.assign(10L, Set.of(10L, 12L), TIMING, DAYS, T0);
		assertThat(demand.getCoDepartmentIds()).containsExactly(12L);
	}

	@Test
	void returningToTheCentreStopsTheClocksAndClearsTheDepartments() {
		Demand demand = in(DemandState.IN_PROGRESS);
		assertThat(demand.returnToCentre().to()).isEqualTo(DemandState.SUBMITTED);
		assertThat(demand.getLeadDepartmentId()).isNull();
		assertThat(demand.currentDeadline()).isNull();
	}

	@Test
	void cadreResolutionCountsAsCoordinatedByTheCadre() {
		Demand demand = filed();
		demand.resolveByCadre("帮助对接银行", T0);
		assertThat(demand.isResolvedByCadre()).isTrue();
		assertThat(demand.isCoordinated()).isTrue();
		assertThat(demand.getRateDueAt()).isEqualTo(T0.plus(Demand.RATING_WINDOW));
	}

	@Test
	void unresolvableForAnotherReasonNeedsANote() {
		Demand demand = in(DemandState.IN_PROGRESS);
		assertThatThrownBy(() -> demand.markUnresolvable(UnresolvableReason.OTHER, " ", T0))
			.isInstanceOf(RefusedActionException.class);
		assertThat(demand.markUnresolvable(UnresolvableReason.OTHER, "企业已迁出本区", T0).to())
			.isEqualTo(DemandState.UNRESOLVABLE);
	}

	@Test
	void dissatisfiedRatingOpensARectificationWithItsTwoClocks() {
		Demand demand = in(DemandState.RESOLVED);
		Instant ratedAt = T0.plus(Duration.ofDays(2));
		assertThat(demand.rate(Satisfaction.VERY_DISSATISFIED, "漏水依旧", DAYS, ratedAt).to())
			.isEqualTo(DemandState.RECTIFYING);
		assertThat(demand.getFollowUpDueAt()).isEqualTo(ratedAt.plus(Duration.ofDays(1)));
		assertThat(demand.getRectifyDueAt()).isEqualTo(ratedAt.plus(Duration.ofDays(15)));
		assertThat(demand.currentDeadline()).as("follow-up first").isEqualTo(demand.getFollowUpDueAt());
		demand.followUp(ratedAt);
		assertThat(demand.currentDeadline()).as("then the fix").isEqualTo(demand.getRectifyDueAt());
	}

	@Test
	void theReRatingAfterARectificationIsFinalEvenWhenDissatisfied() {
		Demand demand = in(DemandState.RECTIFYING);
		demand.followUp(T0);
		demand.resolve("已彻底修复", T0);
		assertThat(demand.isRectified()).isTrue();
		assertThat(demand.rate(Satisfaction.DISSATISFIED, "还是不满意", DAYS, T0).to()).isEqualTo(DemandState.RATED);
		assertThat(demand.getFirstRating()).isEqualTo(Satisfaction.DISSATISFIED);
	}

	@Test
	void satisfiedRatingMovesToRated() {
		Demand demand = in(DemandState.RESOLVED);
		assertThat(demand.rate(Satisfaction.BASICALLY_SATISFIED, null, DAYS, T0).to()).isEqualTo(DemandState.RATED);
		assertThat(demand.getRectificationOpenedAt()).isNull();
	}

	@Test
	void escalatesOnlyWhenOverdueOrComplexAndOnlyOnce() {
		Demand demand = in(DemandState.IN_PROGRESS);
		assertThatThrownBy(() -> demand.escalate(T0)).isInstanceOf(RefusedActionException.class)
			.extracting(ex -> ((RefusedActionException) ex).code())
			.isEqualTo("demand.escalate.notOverdue");
		Instant late = T0.plus(Duration.ofDays(8));
		assertThat(demand.isOverdue(late)).isTrue();
		demand.escalate(late);
		assertThat(demand.isKeyProblem()).isTrue();
		assertThatThrownBy(() -> demand.escalate(late)).isInstanceOf(RefusedActionException.class);
	}

	@Test
	void approvedExtensionMovesTheResolveDeadlineAndARefusedOneDoesNot() {
		Demand demand = in(DemandState.IN_PROGRESS);
		demand.requestExtension(5, "需跨部门协调", T0);
		assertThatThrownBy(() -> demand.requestExtension(2, "再要", T0)).isInstanceOf(RefusedActionException.class);
		demand.decideExtension(true, TIMING, DAYS);
		assertThat(demand.getResolveDueAt()).isEqualTo(T0.plus(Duration.ofDays(12)));
		demand.requestExtension(3, "还要", T0);
		demand.decideExtension(false, TIMING, DAYS);
		assertThat(demand.getResolveDueAt()).isEqualTo(T0.plus(Duration.ofDays(12)));
		assertThat(demand.getExtensionRequestedAt()).isNull();
	}

	@Test
	void dueSoonAndOverdueFollowTheCurrentClock() {
		Demand demand = in(DemandState.ASSIGNED);
		Instant due = demand.getAcceptDueAt();
		assertThat(demand.isDueSoon(due.minus(Duration.ofHours(2)), Duration.ofDays(1))).isTrue();
		assertThat(demand.isOverdue(due.minus(Duration.ofHours(2)))).isFalse();
		assertThat(demand.isOverdue(due.plusSeconds(1))).isTrue();
		assertThat(demand.isDueSoon(due.plusSeconds(1), Duration.ofDays(1))).isFalse();
	}

	@Test
	void unratedResolutionsPassTheirRatingWindowAfterSevenDays() {
		Demand demand = in(DemandState.RESOLVED);
		assertThat(demand.ratingWindowPassed(T0.plus(Duration.ofDays(6)))).isFalse();
		assertThat(demand.ratingWindowPassed(T0.plus(Duration.ofDays(8)))).isTrue();
	}

}
