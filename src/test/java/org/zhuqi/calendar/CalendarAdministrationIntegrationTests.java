package org.zhuqi.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhuqi.account.TestViewers;
import org.zhuqi.audit.AuditEntry;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service centre edits the working-day calendar on {@code /admin/calendar}: a mark takes effect for
 * deadlines as soon as it is saved, every change is audited, marks that would change nothing or lie on the
 * wrong kind of day are refused with a field error, and nobody but the service centre may see or edit the
 * page. The database is shared by the whole test run, so these tests mark days in 2097 only, where no
 * other test counts deadlines.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarAdministrationIntegrationTests {

	private static final RequestPostProcessor ADMIN = TestViewers.as(Viewer.admin("calendar-admin"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private AuditLog audit;

	@Autowired
	private CalendarAdministration administration;

	@Test
	void adminMarksATuesdayAsHolidayRenamesItAndReturnsItToTheWeekdayRuleWithAuditHistory() throws Exception {
		LocalDate tuesday = LocalDate.parse("2097-03-12");
		assertThat(calendar.addWorkingDays(LocalDate.parse("2097-03-11"), 1)).isEqualTo(tuesday);

		mark(tuesday, DayKind.HOLIDAY, "测试节")
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2097&date=2097-03-12#edit"))
			.andExpect(flash().attribute("message", "calendar.saved"));

		assertThat(calendar.isWorkingDay(tuesday)).as("counted at once").isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.parse("2097-03-11"), 1)).isEqualTo(LocalDate.parse("2097-03-13"));
		mvc.perform(get("/admin/calendar").param("year", "2097").param("date", "2097-03-12").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mark-2097-03-12\"")))
			.andExpect(content().string(containsString("测试节")))
			.andExpect(content().string(containsString("id=\"remove\"")));

		mark(tuesday, DayKind.HOLIDAY, "  测试节  ").andExpect(flash().attribute("message", "calendar.unchanged"));
		mark(tuesday, DayKind.HOLIDAY, "测试纪念日").andExpect(flash().attribute("message", "calendar.saved"));
		mvc.perform(post("/admin/calendar/remove").param("date", "2097-03-12").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2097&date=2097-03-12#edit"))
			.andExpect(flash().attribute("message", "calendar.removed"));

		assertThat(calendar.isWorkingDay(tuesday)).isTrue();
		List<AuditEntry> history = audit.history(CalendarAdministration.AUDIT_TYPE, 20970312, 10);
		assertThat(history).extracting(AuditEntry::action).containsExactly("reset", "updated", "created");
		assertThat(history).extracting(AuditEntry::actor).containsOnly("calendar-admin");
		assertThat(history.get(1).detail()).isEqualTo("HOLIDAY 测试节 → HOLIDAY 测试纪念日");
		mvc.perform(post("/admin/calendar/remove").param("date", "2097-03-12").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("message", "calendar.nothingToRemove"));
		assertThat(audit.history(CalendarAdministration.AUDIT_TYPE, 20970312, 10)).hasSize(3);
	}

	@Test
	void aMakeUpSaturdayIsCountedAsAWorkingDay() throws Exception {
		LocalDate saturday = LocalDate.parse("2097-04-13");

		mark(saturday, DayKind.WORKDAY, "测试节").andExpect(flash().attribute("message", "calendar.saved"));

		assertThat(calendar.isWorkingDay(saturday)).isTrue();
		assertThat(calendar.workingDaysBetween(LocalDate.parse("2097-04-12"), LocalDate.parse("2097-04-15")))
			.as("Saturday (make-up), Monday").isEqualTo(2);
		assertThat(audit.history(CalendarAdministration.AUDIT_TYPE, 20970413, 10)).extracting(AuditEntry::detail)
			.containsExactly("WORKDAY 测试节");
	}

	@Test
	void refusesAHolidayOnAWeekendAndAMakeUpDayOnAWeekday() throws Exception {
		mark(LocalDate.parse("2097-03-16"), DayKind.HOLIDAY, "测试节").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "date", "calendar.holiday.onWeekend"))
			.andExpect(content().string(containsString("2097-03-16 是周六或周日")));
		mark(LocalDate.parse("2097-03-14"), DayKind.WORKDAY, "测试节").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "date", "calendar.workday.onWeekday"));

		assertThat(calendar.isWorkingDay(LocalDate.parse("2097-03-14"))).isTrue();
		assertThat(audit.history(CalendarAdministration.AUDIT_TYPE, 20970316, 10)).isEmpty();
		assertThat(audit.history(CalendarAdministration.AUDIT_TYPE, 20970314, 10)).isEmpty();
	}

	@Test
	void refusesAMarkWithoutDateKindOrNameOrWithAnOverlongNameOrADateOutsideTheEditableYears() throws Exception {
		mvc.perform(post("/admin/calendar").param("date", "").param("kind", "").param("name", " ")
			.with(ADMIN)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "date", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "kind", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "name", "NotBlank"))
			.andExpect(content().string(containsString("请选择日期")))
			.andExpect(content().string(containsString("请填写节日名称")));
		mvc.perform(post("/admin/calendar").param("date", "2097-13-01").param("kind", "HOLIDAY").param("name", "x")
			.with(ADMIN)
			.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "date", "typeMismatch"))
			.andExpect(content().string(containsString("请按“年-月-日”填写日期")));
		mark(LocalDate.parse("2097-03-14"), DayKind.HOLIDAY, "节".repeat(CalendarDayForm.NAME_MAX + 1))
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "name", "Size"))
			.andExpect(content().string(containsString("节日名称最多 50 个字")));
		mark(LocalDate.parse("2100-01-01"), DayKind.HOLIDAY, "元旦")
			.andExpect(model().attributeHasFieldErrorCode("calendarDay", "date", "calendar.date.outOfRange"));

		assertThat(calendar.isWorkingDay(LocalDate.parse("2097-03-14"))).isTrue();
	}

	@Test
	void showsTheShippedHolidaysOfAYearWithItsCounts() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年工作日历")))
			.andExpect(content().string(containsString("id=\"mark-2026-02-16\"")))
			.andExpect(content().string(containsString("id=\"mark-2026-10-10\"")))
			.andExpect(content().string(containsString("<dd id=\"working-days\">248 天</dd>")));
	}

	@Test
	void nobodyButTheServiceCentreMaySeeOrEditTheCalendar() throws Exception {
		for (Viewer viewer : List.of(Viewer.department("dept-cal", 1), Viewer.cadre("cadre-cal", 1),
				Viewer.enterprise("ent-cal", 1))) {
			RequestPostProcessor as = TestViewers.as(viewer);
			mvc.perform(get("/admin/calendar").with(as)).andExpect(status().isForbidden());
			mvc.perform(post("/admin/calendar").param("date", "2097-05-14")
				.param("kind", "HOLIDAY")
				.param("name", "越权")
				.with(as)
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/admin/calendar/remove").param("date", "2097-05-14").with(as).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(calendar.isWorkingDay(LocalDate.parse("2097-05-14"))).isTrue();
		assertThat(audit.history(CalendarAdministration.AUDIT_TYPE, 20970514, 10)).isEmpty();
	}

	@Test
	void theServiceRefusesNonAdminsEvenWithoutTheWebLayer() {
		CalendarDayForm form = CalendarDayForm.of(LocalDate.parse("2097-05-15"), null);
		form.setName("越权");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.set(form, Viewer.department("dept-cal", 1)));
	}

	private ResultActions mark(LocalDate date, DayKind kind, String name)
			throws Exception {
		return mvc.perform(post("/admin/calendar").param("date", date.toString())
			.param("kind", kind.name())
			.param("name", name)
			.with(ADMIN)
			.with(csrf()));
	}

}
