package org.zhuqi.demand.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionItemTests {

	private static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 10);

	private static final Instant NOW = Instant.parse("2026-03-12T02:00:00Z");

	private final Meeting meeting = meeting(7L);

	@Test
	void isOverdueOnlyWhenOpenAndDueBeforeToday() {
		LocalDate today = LocalDate.of(2026, 3, 20);
		assertThat(ActionItem.isOverdue(today.minusDays(1), false, today)).isTrue();
		assertThat(ActionItem.isOverdue(today, false, today)).as("due today is not overdue yet").isFalse();
		assertThat(ActionItem.isOverdue(today.plusDays(3), false, today)).isFalse();
		assertThat(ActionItem.isOverdue(today.minusDays(5), true, today)).as("done is never overdue").isFalse();
	}

	@Test
	void markingDoneNeedsANote() {
		ActionItem item = decide(null);
		assertThatThrownBy(() -> item.markDone("  ", "dept", NOW)).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.code()).isEqualTo("actionItem.note.required"));
		assertThatThrownBy(() -> item.markDone(null, "dept", NOW)).isInstanceOf(RejectedFieldException.class);
		assertThat(item.isDone()).isFalse();
	}

	@Test
	void markingDoneKeepsTheNoteWhoAndWhen() {
		ActionItem item = decide(null);
		item.markDone("  已完成场地协调  ", "dept", NOW);
		assertThat(item.isDone()).isTrue();
		assertThat(item.getDoneNote()).isEqualTo("已完成场地协调");
		assertThat(item.getDoneBy()).isEqualTo("dept");
		assertThat(item.getDoneAt()).isEqualTo(NOW);
	}

	@Test
	void refusesMarkingDoneTwiceAndReportingProgressOnADoneItem() {
		ActionItem item = decide(null);
		item.markDone("完成", "dept", NOW);
		assertThatThrownBy(() -> item.markDone("again", "dept", NOW)).isInstanceOfSatisfying(RefusedActionException.class,
				ex -> assertThat(ex.code()).isEqualTo("actionItem.done.already"));
		assertThatThrownBy(() -> item.noteProgress("more", "dept", NOW)).isInstanceOf(RefusedActionException.class);
	}

	@Test
	void reopeningNeedsAReasonAndADoneItem() {
		ActionItem item = decide(null);
		assertThatThrownBy(() -> item.reopen("原因")).isInstanceOf(RefusedActionException.class);
		item.markDone("完成", "dept", NOW);
		assertThatThrownBy(() -> item.reopen(" ")).isInstanceOf(RejectedFieldException.class);
		assertThat(item.isDone()).isTrue();
		item.reopen("企业反映仍未落实");
		assertThat(item.isDone()).isFalse();
		assertThat(item.getDoneNote()).isNull();
	}

	@Test
	void keepsProgressNotesInOrder() {
		ActionItem item = decide(null);
		item.noteProgress("已对接", "dept", NOW);
		item.noteProgress("已现场查看", "dept", NOW.plusSeconds(60));
		assertThat(item.progress()).extracting(ActionItemProgress::note).containsExactly("已对接", "已现场查看");
		assertThatThrownBy(() -> item.noteProgress("", "dept", NOW)).isInstanceOf(RejectedFieldException.class);
	}

	@Test
	void refusesADueDateBeforeTheMeetingAndAProblemNotOnItsAgenda() {
		assertThatThrownBy(() -> ActionItem.decide(meeting,
				new ActionItemDetails("协调用地", 3L, MEETING_DAY.minusDays(1), null)))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("dueOn"));
		assertThatThrownBy(() -> decide(999L))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.code()).isEqualTo("actionItem.demand.notOnAgenda"));
		assertThat(decide(7L).getDemandId()).isEqualTo(7L);
	}

	@Test
	void agendaTakesKeyProblemsOnlyEachOnce() {
		assertThatThrownBy(() -> Meeting.agendaOf(List.of(new AgendaProblem(1, "普通诉求", false))))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.code()).isEqualTo("meeting.agenda.notKeyProblem");
				assertThat(ex.arguments()).containsExactly("普通诉求");
			});
		assertThatThrownBy(() -> Meeting.agendaOf(List.of(new AgendaProblem(1, "重点", true), new AgendaProblem(1, "重点", true))))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.code()).isEqualTo("meeting.agenda.duplicate"));
		assertThat(Meeting.agendaOf(List.of(new AgendaProblem(2, "乙", true), new AgendaProblem(1, "甲", true))))
			.extracting(AgendaEntry::demandId)
			.containsExactly(2L, 1L);
	}

	private ActionItem decide(Long demandId) {
		return ActionItem.decide(meeting, new ActionItemDetails("协调解决厂房用电", 3L, MEETING_DAY.plusDays(10), demandId));
	}

	private static Meeting meeting(long keyProblemId) {
		Meeting meeting = Meeting.convene(new MeetingDetails("用电专题协调会", MEETING_DAY, 1L, Set.of(2L, 3L),
				List.of(new AgendaProblem(keyProblemId, "厂房用电", true)), null), "admin", NOW);
		ReflectionTestUtils.setField(meeting, "id", 42L);
		return meeting;
	}

}
