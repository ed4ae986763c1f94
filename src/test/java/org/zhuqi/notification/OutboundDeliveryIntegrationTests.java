package org.zhuqi.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.account.TestViewers;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outbound messages: queued for the audience's addresses with the notice, sent by the delivery job through a
 * test {@link Notifier}, retried with backoff, given up after the maximum attempts, never sent twice by two
 * runs at once. Messages are made due a day ahead, out of reach of the application's own scheduled run (which
 * uses the real time), and the job is run by hand at that time with the test's notifier.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OutboundDeliveryIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Notifications notifications;

	@Autowired
	private OutboundDelivery delivery;

	@Autowired
	private OutboundQueue queue;

	@Autowired
	private NotificationProperties properties;

	@Autowired
	private TransactionTemplate transactions;

	private TestDirectory directory;

	private Instant later;

	@BeforeEach
	void setUp() {
		directory = new TestDirectory(jdbc);
		// whole milliseconds: the database keeps microseconds and may round a nanosecond instant up
		later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
	}

	/** A message as stored. */
	record Stored(String recipient, String status, int attempts, String lastError, boolean sent) {
	}

	@Test
	void queuesOneMessageForEachEnabledAccountOfTheAudienceWithAnAddress() throws Exception {
		long enterprise = directory.enterprise("邮件测试企业");
		String reachable = address();
		String alsoReachable = address();
		openEnterpriseUser(enterprise, reachable);
		openEnterpriseUser(enterprise, alsoReachable);
		openEnterpriseUser(enterprise, "");
		long disabled = openEnterpriseUser(enterprise, address());
		mvc.perform(post("/admin/users/{id}/disable", disabled).with(csrf()).with(admin()))
			.andExpect(status().is3xxRedirection());

		long notice = notifications.send(Audience.enterprise(enterprise), notice());

		assertThat(messagesOf(notice)).extracting(Stored::recipient, Stored::status, Stored::attempts)
			.containsExactlyInAnyOrder(tuple(reachable, "PENDING", 0),
					tuple(alsoReachable, "PENDING", 0));
	}

	@Test
	void queuesTheMessageOfAPersonalNoticeForThatUserAlone() throws Exception {
		long enterprise = directory.enterprise("个人通知企业");
		String username = TestAudiences.username("mail");
		String own = address();
		openEnterpriseUser(username, enterprise, own);
		openEnterpriseUser(enterprise, address());

		long notice = notifications.send(Audience.user(username), notice());

		assertThat(messagesOf(notice)).extracting(Stored::recipient).containsExactly(own);
	}

	@Test
	void aMailServerThatIsDownNeitherFailsNorRollsBackTheSendersTransaction() throws Exception {
		long enterprise = directory.enterprise("故障测试企业");
		String recipient = address();
		openEnterpriseUser(enterprise, recipient);
		Notifier down = new SmtpNotifier(mailServerThatIsDown(), "noreply@zhuqi.example");

		long[] committed = transactions.execute(status -> {
			long sendersOwnRecord = directory.enterprise("发送方自己的记录");
			long notice = postDueLater(Audience.enterprise(enterprise));
			return new long[] { sendersOwnRecord, notice };
		});
		delivery.deliverDue(later, down);

		assertThat(count("select count(*) from enterprise where id = :id", committed[0])).isOne();
		assertThat(count("select count(*) from notice where id = :id", committed[1])).isOne();
		assertThat(messagesOf(committed[1])).singleElement().satisfies(message -> {
			assertThat(message.status()).isEqualTo("PENDING");
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.lastError()).contains("MailSendException");
		});
		Instant retry = later.plus(properties.delivery().firstRetry());
		assertThat(jdbc.sql("select next_attempt_at from outbound_message where notice_id = :notice")
			.param("notice", committed[1])
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single()).isEqualTo(retry);

		RecordingNotifier back = new RecordingNotifier(recipient);
		delivery.deliverDue(retry, back);
		assertThat(back.ids()).hasSize(1);
		assertThat(messagesOf(committed[1])).singleElement()
			.extracting(Stored::status, Stored::attempts)
			.containsExactly("SENT", 2);
	}

	@Test
	void aSendThatFailsTwiceIsRetriedUntilItGoesThrough() throws Exception {
		String recipient = address();
		long notice = postDueLater(recipient);
		FlakyNotifier notifier = new FlakyNotifier(recipient, 2);

		delivery.deliverDue(later, notifier);
		assertThat(messagesOf(notice)).singleElement().satisfies(message -> {
			assertThat(message.status()).isEqualTo("PENDING");
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.lastError()).contains("mail server unreachable");
		});
		delivery.deliverDue(later.plus(Duration.ofSeconds(30)), notifier);
		assertThat(notifier.attempts()).as("not due before the first retry").isEqualTo(1);

		Instant second = later.plus(properties.delivery().firstRetry());
		delivery.deliverDue(second, notifier);
		Instant third = second.plus(properties.delivery().firstRetry().multipliedBy(2));
		delivery.deliverDue(third.minusSeconds(1), notifier);
		assertThat(notifier.attempts()).as("the second wait is twice as long").isEqualTo(2);
		delivery.deliverDue(third, notifier);

		assertThat(messagesOf(notice)).singleElement().satisfies(message -> {
			assertThat(message.status()).isEqualTo("SENT");
			assertThat(message.attempts()).isEqualTo(3);
			assertThat(message.sent()).isTrue();
		});
		assertThat(notifier.delivered()).singleElement().satisfies(message -> {
			assertThat(message.recipient()).isEqualTo(recipient);
			assertThat(message.subject()).as("【助企】 before the notice's text, itself 【助企】外发测试…")
				.startsWith("【助企】【助企】外发测试");
			assertThat(message.body()).contains("查看详情：/inbox");
		});
	}

	@Test
	void aSendThatAlwaysFailsIsGivenUpAfterTheMaximumAttempts() throws Exception {
		String recipient = address();
		long notice = postDueLater(recipient);
		FlakyNotifier notifier = new FlakyNotifier(recipient, Integer.MAX_VALUE);

		Instant at = later;
		for (int run = 0; run < properties.delivery().maxAttempts() + 2; run++) {
			delivery.deliverDue(at, notifier);
			at = at.plus(properties.delivery().maxRetry());
		}

		assertThat(notifier.attempts()).isEqualTo(properties.delivery().maxAttempts());
		assertThat(messagesOf(notice)).singleElement().satisfies(message -> {
			assertThat(message.status()).isEqualTo("FAILED");
			assertThat(message.attempts()).isEqualTo(properties.delivery().maxAttempts());
			assertThat(message.lastError()).contains("mail server unreachable");
			assertThat(message.sent()).isFalse();
		});
	}

	@Test
	void postingInATransactionThatRollsBackLeavesNeitherNoticeNorMessage() throws Exception {
		long enterprise = directory.enterprise("回滚测试企业");
		String recipient = address();
		openEnterpriseUser(enterprise, recipient);

		transactions.executeWithoutResult(status -> {
			notifications.send(Audience.enterprise(enterprise), notice());
			status.setRollbackOnly();
		});

		assertThat(count("select count(*) from notice where audience_role = 'ENTERPRISE' and audience_id = :id",
				enterprise)).isZero();
		assertThat(jdbc.sql("select count(*) from outbound_message where recipient = :r")
			.param("r", recipient)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMessageWhoseSenderDiedIsDueAgainOnceItsLeaseRunsOut() throws Exception {
		String recipient = address();
		long notice = postDueLater(recipient);
		Duration lease = properties.delivery().lease();

		List<OutboundQueue.Claimed> first = mine(queue.claim(later, lease, 1000), recipient);
		assertThat(first).singleElement().extracting(OutboundQueue.Claimed::attempt).isEqualTo(1);
		assertThat(mine(queue.claim(later, lease, 1000), recipient)).as("leased to the first run").isEmpty();
		assertThat(mine(queue.claim(later.plus(lease), lease, 1000), recipient)).singleElement()
			.extracting(OutboundQueue.Claimed::attempt)
			.isEqualTo(2);

		queue.markSent(first.get(0), later);
		assertThat(messagesOf(notice)).singleElement()
			.as("the late result of the first run does not overwrite the second's")
			.extracting(Stored::status)
			.isEqualTo("PENDING");
	}

	@Test
	void twoRunsAtOnceSendEveryMessageExactlyOnce() throws Exception {
		long enterprise = directory.enterprise("并发测试企业");
		String recipient = address();
		openEnterpriseUser(enterprise, recipient);
		List<Long> notices = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			notices.add(postDueLater(Audience.enterprise(enterprise)));
		}
		RecordingNotifier notifier = new RecordingNotifier(recipient);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService runs = Executors.newFixedThreadPool(2);
		try {
			List<Future<OutboundDelivery.Run>> results = new ArrayList<>();
			for (int run = 0; run < 2; run++) {
				results.add(runs.submit(() -> {
					start.await();
					return delivery.deliverDue(later, notifier);
				}));
			}
			start.countDown();
			for (Future<OutboundDelivery.Run> result : results) {
				result.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			runs.shutdownNow();
		}

		assertThat(notifier.ids()).hasSize(notices.size()).doesNotHaveDuplicates();
		for (long notice : notices) {
			assertThat(messagesOf(notice)).singleElement().satisfies(message -> {
				assertThat(message.status()).isEqualTo("SENT");
				assertThat(message.attempts()).isEqualTo(1);
			});
		}
	}

	/** Fails the first {@code failures} sends to its recipient; sends to anyone else succeed unrecorded. */
	static final class FlakyNotifier implements Notifier {

		private final String recipient;

		private final int failures;

		private final List<OutboundMessage> delivered = Collections.synchronizedList(new ArrayList<>());

		private int attempts;

		FlakyNotifier(String recipient, int failures) {
			this.recipient = recipient;
			this.failures = failures;
		}

		@Override
		public synchronized void send(OutboundMessage message) {
			if (!recipient.equals(message.recipient())) {
				return;
			}
			attempts++;
			if (attempts <= failures) {
				throw new IllegalStateException("mail server unreachable");
			}
			delivered.add(message);
		}

		synchronized int attempts() {
			return attempts;
		}

		List<OutboundMessage> delivered() {
			return delivered;
		}

	}

	/** Records the ids of the messages to its recipient, taking a moment for each like a real server. */
	static final class RecordingNotifier implements Notifier {

		private final String recipient;

		private final List<Long> ids = Collections.synchronizedList(new ArrayList<>());

		RecordingNotifier(String recipient) {
			this.recipient = recipient;
		}

		@Override
		public void send(OutboundMessage message) {
			if (recipient.equals(message.recipient())) {
				ids.add(message.id());
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		List<Long> ids() {
			return List.copyOf(ids);
		}

	}

	private long postDueLater(String recipient) throws Exception {
		long enterprise = directory.enterprise("外发测试企业");
		openEnterpriseUser(enterprise, recipient);
		return postDueLater(Audience.enterprise(enterprise));
	}

	/** Posts a notice whose messages come due only at {@link #later}. */
	private long postDueLater(Audience audience) {
		return transactions.execute(status -> {
			long notice = notifications.send(audience, notice());
			jdbc.sql("update outbound_message set next_attempt_at = :at where notice_id = :notice")
				.param("at", later.atOffset(ZoneOffset.UTC))
				.param("notice", notice)
				.update();
			return notice;
		});
	}

	private static Notice notice() {
		return Notice.of(Notice.ASSIGNED, TestAudiences.TOKEN_KEY, "/inbox", "外发测试" + TestAudiences.id());
	}

	private long openEnterpriseUser(long enterprise, String email) throws Exception {
		return openEnterpriseUser(TestAudiences.username("mail"), enterprise, email);
	}

	/** Opens an enterprise account through the user administration, with this e-mail address (blank: none). */
	private long openEnterpriseUser(String username, long enterprise, String email) throws Exception {
		mvc.perform(post("/admin/users/new").with(csrf())
			.with(admin())
			.param("username", username)
			.param("displayName", "邮件测试")
			.param("role", "ENTERPRISE")
			.param("enterpriseId", String.valueOf(enterprise))
			.param("email", email)
			.param("password", ""))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from user_account where username = :u").param("u", username).query(Long.class).single();
	}

	/** An SMTP sender pointed at a local port nobody listens on: every send fails at once. */
	private static JavaMailSender mailServerThatIsDown() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

	private static RequestPostProcessor admin() {
		return TestViewers.as(Viewer.admin("admin"));
	}

	private static String address() {
		return TestAudiences.username("zhang") + "@example.org";
	}

	private List<Stored> messagesOf(long notice) {
		return jdbc.sql("""
				select recipient, status, attempts, last_error, sent_at from outbound_message
				where notice_id = :notice order by id""")
			.param("notice", notice)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5) != null))
			.list();
	}

	private static List<OutboundQueue.Claimed> mine(List<OutboundQueue.Claimed> claimed, String recipient) {
		return claimed.stream().filter(message -> recipient.equals(message.recipient())).toList();
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
