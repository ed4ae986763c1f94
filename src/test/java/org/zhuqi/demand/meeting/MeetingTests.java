package org.zhuqi.demand.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTests {

	private static final LocalDate DAY = LocalDate.of(2026, 4, 8);

	private static final AgendaProblem POWER = new AgendaProblem(1, "厂房用电", true);

	private static final AgendaProblem HOUSING = new AgendaProblem(2, "人才公寓", true);

	@Test
	void keepsAProblemWithActionItemsOnTheAgenda() {
		Meeting meeting = convene(List.of(POWER, HOUSING));
		assertThatThrownBy(() -> meeting.revise(details(List.of(HOUSING), null), Set.of(1L)))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.code()).isEqualTo("meeting.agenda.hasActions"));
		assertThat(meeting.agendaDemandIds()).containsExactly(1L, 2L);
		assertThat(meeting.revise(details(List.of(POWER), null), Set.of(1L))).containsExactly("agenda");
		assertThat(meeting.agendaDemandIds()).containsExactly(1L);
	}

	@Test
	void namesWhatARevisionChanged() {
		Meeting meeting = convene(List.of(POWER));
		assertThat(meeting.revise(details(List.of(POWER), null), Set.of())).isEmpty();
		assertThat(meeting.revise(details(List.of(POWER), "  会议纪要  "), Set.of())).containsExactly("minutes");
		assertThat(meeting.getMinutes()).isEqualTo("会议纪要");
	}

	@Test
	void needsAnAttendingDepartmentAndLimitsTheMinutes() {
		assertThatThrownBy(() -> Meeting.convene(new MeetingDetails("协调会", DAY, 1L, Set.of(), List.of(), null), "admin",
				Instant.now()))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("attendingDepartmentIds"));
		Meeting meeting = convene(List.of());
		assertThatThrownBy(() -> meeting.recordMinutes("纪".repeat(Meeting.MINUTES_MAX + 1)))
			.isInstanceOf(RejectedFieldException.class);
		assertThat(meeting.recordMinutes("商定分工")).isTrue();
		assertThat(meeting.recordMinutes(" 商定分工 ")).as("the same minutes again change nothing").isFalse();
		assertThat(meeting.recordMinutes(" ")).isTrue();
		assertThat(meeting.getMinutes()).isNull();
	}

	private static Meeting convene(List<AgendaProblem> agenda) {
		return Meeting.convene(details(agenda, null), "admin", Instant.parse("2026-04-08T01:00:00Z"));
	}

	private static MeetingDetails details(List<AgendaProblem> agenda, String minutes) {
		return new MeetingDetails("用电专题协调会", DAY, 1L, Set.of(2L), agenda, minutes);
	}

}
