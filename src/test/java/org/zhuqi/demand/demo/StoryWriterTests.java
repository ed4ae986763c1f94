package org.zhuqi.demand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.zhuqi.demand.problem.DemandAction;
import org.zhuqi.shared.Role;

/** The planned demo history, checked without a database. */
class StoryWriterTests {

	private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final StoryWriter.District district = new StoryWriter.District(
			LongStream.rangeClosed(1, 1000).mapToObj(id -> new StoryWriter.Enterprise(id, 5000 + id % 900)).toList(),
			Map.of("RSJ", 1L, "JRB", 2L, "TCJ", 3L, "JXJ", 4L, "XZFW", 5L, "RCB", 6L, "JYJ", 7L, "SFJ", 8L, "SHWJ", 9L,
					"QFZX", 10L),
			7, 5007, 4);

	private final List<Story> stories = new StoryWriter(1, ZONE, district).write(3600, NOW);

	@Test
	void writesTheRequestedNumberInFilingOrderWithinTheSpan() {
		assertThat(stories).hasSize(3600);
		assertThat(stories).isSortedAccordingTo((a, b) -> a.filedAt().compareTo(b.filedAt()));
		assertThat(stories.get(0).filedAt()).isAfter(NOW.minus(StoryWriter.SPAN).minusSeconds(86400));
		assertThat(stories.get(stories.size() - 1).filedAt()).isBefore(NOW);
	}

	@Test
	void isTheSameForTheSameSeed() {
		List<Story> again = new StoryWriter(1, ZONE, district).write(3600, NOW);

		assertThat(again).extracting(Story::title, Story::filedAt)
			.containsExactlyElementsOf(stories.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.title(), s.filedAt())).toList());
	}

	@Test
	void aboutOneInTwentyFiveBecomesAKeyProblemAndFewCannotBeResolved() {
		long key = withAction(DemandAction.ESCALATE);
		long unresolvable = withAction(DemandAction.MARK_UNRESOLVABLE);

		assertThat(key).isBetween(120L, 190L);
		assertThat(unresolvable).isBetween(30L, 90L);
	}

	@Test
	void someRatingsAreDissatisfiedAndOpenARectification() {
		assertThat(withAction(DemandAction.FOLLOW_UP)).isBetween(60L, 250L);
	}

	@Test
	void everyStepComesAfterTheOneBefore() {
		for (Story story : stories) {
			IntStream.range(1, story.steps().size())
				.forEach(i -> assertThat(story.steps().get(i).at()).isAfter(story.steps().get(i - 1).at()));
			if (!story.steps().isEmpty()) {
				assertThat(story.steps().get(0).at()).isAfter(story.filedAt());
			}
		}
	}

	@Test
	void theShowcaseEnterpriseFilesRecentProblemsForTheShowcaseBureau() {
		List<Story> showcase = stories.stream().filter(s -> s.enterpriseId() == 7).toList();

		assertThat(showcase).hasSizeGreaterThanOrEqualTo(9);
		assertThat(showcase).anyMatch(s -> s.filedAt().isAfter(NOW.minusSeconds(86400)));
		assertThat(showcase.stream()
			.filter(s -> s.filer().role() == Role.ENTERPRISE)
			.filter(s -> s.steps().stream().anyMatch(step -> step.actor().equals(new Story.Actor(Role.DEPARTMENT, 4)))))
			.hasSizeGreaterThanOrEqualTo(9);
	}

	private long withAction(DemandAction action) {
		return stories.stream()
			.filter(s -> s.steps().stream().anyMatch(step -> step.command().action() == action))
			.count();
	}

}
