package org.zhuqi.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.account.TestViewers;
import org.zhuqi.shared.Viewer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * {@code /inbox} and {@code /api/v1/inbox}: each user's own notices only, the badge, opening and marking read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Notifications notifications;

	private final Viewer ours = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());

	private final Viewer theirs = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());

	@Test
	void theInboxPageShowsTheViewersUnreadNoticesAndTheBadgeButNoOneElses() throws Exception {
		String mine = TestAudiences.token();
		String other = TestAudiences.token();
		postNotice(ours, mine, "/enterprises/" + ours.enterpriseId());
		postNotice(theirs, other, "/enterprises/" + theirs.enterpriseId());

		mvc.perform(get("/inbox").with(TestViewers.as(ours)))
			.andExpect(status().isOk())
			.andExpect(view().name("notification/inbox"))
			.andExpect(content().string(containsString("【助企】" + mine)))
			.andExpect(content().string(not(containsString(other))))
			.andExpect(content().string(containsString("class=\"unread\"")))
			.andExpect(content().string(containsString("id=\"inbox-unread\">1</span>")))
			.andExpect(content().string(containsString("新交办")));
	}

	@Test
	void htmxGetsOnlyTheList() throws Exception {
		postNotice(ours, TestAudiences.token(), "/inbox");
		mvc.perform(get("/inbox").param("unread", "true").header("HX-Request", "true").with(TestViewers.as(ours)))
			.andExpect(status().isOk())
			.andExpect(view().name("notification/inbox :: results"));
	}

	@Test
	void anEmptyInboxSaysSoAndShowsNoBadge() throws Exception {
		mvc.perform(get("/inbox").with(TestViewers.as(theirs)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无消息")))
			.andExpect(content().string(not(containsString("inbox-unread"))));
	}

	@Test
	void openingANoticeMarksItReadAndLeadsToItsPage() throws Exception {
		long id = postNotice(ours, TestAudiences.token(), "/enterprises/" + ours.enterpriseId());

		mvc.perform(get("/inbox/{id}", id).with(TestViewers.as(ours)))
			.andExpect(redirectedUrl("/enterprises/" + ours.enterpriseId()));

		mvc.perform(get("/inbox").with(TestViewers.as(ours)))
			.andExpect(content().string(containsString("class=\"read\"")))
			.andExpect(content().string(not(containsString("inbox-unread"))));
	}

	@Test
	void anotherEnterprisesNoticeIsNotFound() throws Exception {
		long id = postNotice(theirs, TestAudiences.token(), "/inbox");

		mvc.perform(get("/inbox/{id}", id).with(TestViewers.as(ours))).andExpect(status().isNotFound());
		mvc.perform(post("/inbox/{id}/read", id).with(csrf()).with(TestViewers.as(ours)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/inbox/{id}/read", id).with(TestViewers.as(ours))).andExpect(status().isNotFound());
	}

	@Test
	void marksOneAndThenAllReadWithoutOpeningThem() throws Exception {
		long first = postNotice(ours, TestAudiences.token(), "/inbox");
		postNotice(ours, TestAudiences.token(), "/inbox");

		mvc.perform(post("/inbox/{id}/read", first).param("unread", "true").param("page", "0").with(csrf())
			.with(TestViewers.as(ours))).andExpect(redirectedUrl("/inbox?unread=true&page=0"));
		mvc.perform(get("/api/v1/inbox/unread-count").with(TestViewers.as(ours)))
			.andExpect(jsonPath("$.unread").value(1));

		mvc.perform(post("/inbox/read-all").with(csrf()).with(TestViewers.as(ours)))
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("message", "inbox.allRead"));
		mvc.perform(get("/api/v1/inbox/unread-count").with(TestViewers.as(ours)))
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void theApiListsTheCallersNoticesInItsLanguage() throws Exception {
		String mine = TestAudiences.token();
		postNotice(theirs, TestAudiences.token(), "/inbox");
		long id = postNotice(ours, mine, "/enterprises/" + ours.enterpriseId());

		mvc.perform(get("/api/v1/inbox").param("lang", "en").with(TestViewers.as(ours))
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].kind").value("ASSIGNED"))
			.andExpect(jsonPath("$.content[0].kindLabel").value("New assignment"))
			.andExpect(jsonPath("$.content[0].text").value("[Zhuqi] " + mine))
			.andExpect(jsonPath("$.content[0].link").value("/enterprises/" + ours.enterpriseId()))
			.andExpect(jsonPath("$.content[0].read").value(false));

		mvc.perform(post("/api/v1/inbox/{id}/read", id).with(TestViewers.as(ours))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/inbox").param("unread", "true").with(TestViewers.as(ours)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(post("/api/v1/inbox/read-all").with(TestViewers.as(theirs))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/inbox").with(TestViewers.as(theirs)))
			.andExpect(jsonPath("$.content[0].read").value(true));
	}

	@Test
	void theApiWantsASignedInCaller() throws Exception {
		mvc.perform(get("/api/v1/inbox")).andExpect(status().isUnauthorized());
	}

	private long postNotice(Viewer viewer, String token, String link) {
		return notifications.send(Audience.of(viewer), Notice.of(Notice.ASSIGNED, TestAudiences.TOKEN_KEY, link, token));
	}

}
