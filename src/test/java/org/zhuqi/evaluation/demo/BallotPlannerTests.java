package org.zhuqi.evaluation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class BallotPlannerTests {

	private static final Instant MEETING = Instant.parse("2026-07-10T06:10:00Z");

	private static final Instant ONLINE_FROM = Instant.parse("2026-07-10T09:30:00Z");

	private static final Instant ONLINE_UNTIL = Instant.parse("2026-07-20T09:30:00Z");

	private final List<Long> live = LongStream.rangeClosed(1, 20).boxed().toList();

	private final List<Long> online = LongStream.rangeClosed(21, 72).boxed().toList();

	private BallotPlanner.Plan plan(long seed) {
		return new BallotPlanner(seed, 4).plan(live, online, 1032, MEETING, ONLINE_FROM, ONLINE_UNTIL);
	}

	@Test
	void plansOneRoundPerLiveDepartmentInOrderWithinItsCountdown() {
		BallotPlanner.Plan plan = plan(1);
		assertThat(plan.rounds()).extracting(BallotPlanner.Round::departmentId).containsExactlyElementsOf(live);
		for (BallotPlanner.Round round : plan.rounds()) {
			assertThat(round.ballots()).allSatisfy(ballot -> {
				assertThat(ballot.at()).isAfter(round.opensAt()).isBefore(round.closesAt());
				assertThat(ballot.departmentId()).isEqualTo(round.departmentId());
			});
			assertThat(round.ballots()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
			assertThat(round.ballots().size()).isBetween(960, 1032);
		}
	}

	@Test
	void givesEachVoterAtMostOneBallotPerDepartment() {
		BallotPlanner.Plan plan = plan(2);
		Set<String> seen = new HashSet<>();
		plan.rounds().forEach(round -> round.ballots().forEach(b -> assertThat(seen.add(b.voter() + "/" + b.departmentId())).isTrue()));
		plan.online().forEach(b -> assertThat(seen.add(b.voter() + "/" + b.departmentId())).isTrue());
		assertThat(plan.ballots()).isEqualTo(seen.size());
	}

	@Test
	void keepsOnlineBallotsInTheWindowInTimeOrderOnTheScale() {
		BallotPlanner.Plan plan = plan(3);
		assertThat(plan.online()).isNotEmpty().isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
		assertThat(plan.online()).allSatisfy(ballot -> {
			assertThat(ballot.at()).isBetween(ONLINE_FROM, ONLINE_UNTIL);
			assertThat(ballot.scores()).hasSize(4).allSatisfy(score -> assertThat(score).isBetween(1, 10));
			assertThat(online).contains(ballot.departmentId());
		});
		long commented = plan.online().stream().filter(b -> b.comment() != null).count();
		assertThat(commented).isBetween(plan.online().size() / 40L, plan.online().size() / 10L);
	}

	@Test
	void isTheSamePlanForTheSameSeed() {
		assertThat(plan(7)).isEqualTo(plan(7));
		assertThat(plan(7)).isNotEqualTo(plan(8));
	}

}
