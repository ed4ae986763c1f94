package org.zhuqi.notification;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who sees a posted notice, and the read state each user keeps of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxIntegrationTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	private Notifications notifications;

	@Autowired
	private Inbox inbox;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void anEnterpriseSeesItsOwnNoticesAndNeverAnotherEnterprises() {
		Viewer ours = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());
		Viewer theirs = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());
		String token = post(Audience.of(ours));

		assertThat(texts(ours)).containsExactly("【助企】" + token);
		assertThat(texts(theirs)).isEmpty();
		assertThat(inbox.unreadCount(theirs, 100)).isZero();
	}

	@Test
	void everyHandlerOfTheDepartmentSeesItsNoticeButNoOtherDepartmentNorRole() {
		long department = TestAudiences.id();
		Viewer first = Viewer.department(TestAudiences.username("dept"), department);
		Viewer second = Viewer.department(TestAudiences.username("dept"), department);
		Viewer otherDepartment = Viewer.department(TestAudiences.username("dept"), TestAudiences.id());
		Viewer cadreWithTheSameId = Viewer.cadre(TestAudiences.username("cadre"), department);
		String token = post(Audience.department(department));

		assertThat(texts(first)).containsExactly("【助企】" + token);
		assertThat(texts(second)).containsExactly("【助企】" + token);
		assertThat(texts(otherDepartment)).isEmpty();
		assertThat(texts(cadreWithTheSameId)).isEmpty();
		assertThat(texts(Viewer.admin("admin"))).doesNotContain("【助企】" + token);
	}

	@Test
	void everyAdministratorSeesTheCentresNotices() {
		String token = post(Audience.admins());

		assertThat(texts(Viewer.admin("admin"))).contains("【助企】" + token);
		assertThat(texts(Viewer.admin(TestAudiences.username("admin")))).contains("【助企】" + token);
		assertThat(texts(Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id()))).isEmpty();
	}

	@Test
	void aPersonalNoticeIsSeenByItsUserAloneBesideTheGroupsNotices() {
		long department = TestAudiences.id();
		Viewer addressee = Viewer.department(TestAudiences.username("dept"), department);
		Viewer colleague = Viewer.department(TestAudiences.username("dept"), department);
		String shared = post(Audience.department(department));
		String personal = post(Audience.user(addressee.username()));

		assertThat(texts(addressee)).containsExactly("【助企】" + personal, "【助企】" + shared);
		assertThat(texts(colleague)).containsExactly("【助企】" + shared);
		long id = notifications.send(Audience.user(addressee.username()), notice(TestAudiences.token()));
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> inbox.open(id, colleague));
		assertThat(inbox.unreadCount(addressee, 100)).isEqualTo(3);
	}

	@Test
	void listsNewestFirstInTheReadersLanguage() {
		Viewer cadre = Viewer.cadre(TestAudiences.username("cadre"), TestAudiences.id());
		String older = post(Audience.of(cadre));
		notifications.send(Audience.of(cadre), Notice.of(Notice.OVERDUE, TestAudiences.TOKEN_KEY, "/inbox",
				Notice.message("inbox.kind.OVERDUE")));

		assertThat(texts(cadre)).containsExactly("【助企】已逾期", "【助企】" + older);
		List<InboxEntry> english = inbox.entries(cadre, false, PageRequest.of(0, 10), Locale.ENGLISH).getContent();
		assertThat(english).extracting(InboxEntry::text).containsExactly("[Zhuqi] Overdue", "[Zhuqi] " + older);
		assertThat(english).extracting(InboxEntry::kindLabel).containsExactly("Overdue", "New assignment");
	}

	@Test
	void listsTheUnreadNoticesFirst() {
		Viewer cadre = Viewer.cadre(TestAudiences.username("cadre"), TestAudiences.id());
		String oldest = post(Audience.of(cadre));
		String middle = post(Audience.of(cadre));
		String newest = TestAudiences.token();
		inbox.markRead(notifications.send(Audience.of(cadre), notice(newest)), cadre);

		assertThat(entries(cadre, false)).extracting(InboxEntry::text, InboxEntry::read)
			.containsExactly(tuple("【助企】" + middle, false), tuple("【助企】" + oldest, false),
					tuple("【助企】" + newest, true));
	}

	@Test
	void keepsTheReadStateOfEachUserApart() {
		long department = TestAudiences.id();
		Viewer reader = Viewer.department(TestAudiences.username("dept"), department);
		Viewer colleague = Viewer.department(TestAudiences.username("dept"), department);
		long id = notifications.send(Audience.department(department), notice(TestAudiences.token()));
		assertThat(inbox.unreadCount(reader, 100)).isEqualTo(1);

		assertThat(inbox.open(id, reader)).isEqualTo("/inbox");

		assertThat(inbox.unreadCount(reader, 100)).isZero();
		assertThat(inbox.unreadCount(colleague, 100)).isEqualTo(1);
		assertThat(entries(reader, false)).extracting(InboxEntry::read).containsExactly(true);
		assertThat(entries(colleague, false)).extracting(InboxEntry::read).containsExactly(false);
		assertThat(entries(reader, true)).isEmpty();
		assertThat(entries(colleague, true)).hasSize(1);
	}

	@Test
	void markingAllReadCoversTheNoticesSoFarButNotLaterOnes() {
		Viewer enterprise = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());
		Viewer colleague = new Viewer(TestAudiences.username("ent"), enterprise.role(), null, null,
				enterprise.enterpriseId());
		long first = notifications.send(Audience.of(enterprise), notice(TestAudiences.token()));
		post(Audience.of(enterprise));
		inbox.markRead(first, enterprise);

		inbox.markAllRead(enterprise);
		inbox.markAllRead(enterprise);

		assertThat(inbox.unreadCount(enterprise, 100)).isZero();
		assertThat(inbox.unreadCount(colleague, 100)).isEqualTo(2);
		String later = post(Audience.of(enterprise));
		assertThat(entries(enterprise, true)).extracting(InboxEntry::text).containsExactly("【助企】" + later);
		assertThat(entries(enterprise, false)).extracting(InboxEntry::read).containsExactly(false, true, true);
	}

	@Test
	void countsUnreadNoFurtherThanTheCap() {
		Viewer cadre = Viewer.cadre(TestAudiences.username("cadre"), TestAudiences.id());
		for (int i = 0; i < 5; i++) {
			post(Audience.of(cadre));
		}
		assertThat(inbox.unreadCount(cadre, 3)).isEqualTo(3);
		assertThat(inbox.unreadCount(cadre, 100)).isEqualTo(5);
	}

	@Test
	void anotherAudiencesNoticeCanNeitherBeOpenedNorMarked() {
		Viewer ours = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());
		Viewer theirs = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());
		long id = notifications.send(Audience.of(ours), notice(TestAudiences.token()));

		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> inbox.open(id, theirs));
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> inbox.markRead(id, theirs));
		assertThat(inbox.unreadCount(ours, 100)).isEqualTo(1);
	}

	@Test
	void aNoticePostedInATransactionThatRollsBackIsGone() {
		Viewer enterprise = Viewer.enterprise(TestAudiences.username("ent"), TestAudiences.id());
		transactions.executeWithoutResult(status -> {
			notifications.send(Audience.of(enterprise), notice(TestAudiences.token()));
			status.setRollbackOnly();
		});
		assertThat(texts(enterprise)).isEmpty();
	}

	private String post(Audience audience) {
		String token = TestAudiences.token();
		notifications.send(audience, notice(token));
		return token;
	}

	private static Notice notice(String token) {
		return Notice.of(Notice.ASSIGNED, TestAudiences.TOKEN_KEY, "/inbox", token);
	}

	private List<InboxEntry> entries(Viewer viewer, boolean unreadOnly) {
		return inbox.entries(viewer, unreadOnly, PageRequest.of(0, 50), ZH).getContent();
	}

	private List<String> texts(Viewer viewer) {
		return entries(viewer, false).stream().map(InboxEntry::text).toList();
	}

}
