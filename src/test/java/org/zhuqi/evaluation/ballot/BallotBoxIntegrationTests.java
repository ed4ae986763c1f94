package org.zhuqi.evaluation.ballot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.live.HostAction;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.voter.CredentialTokens;
import org.zhuqi.evaluation.voter.VoterKeys;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@ActiveProfiles("test")
class BallotBoxIntegrationTests {

	private static final List<Integer> SCORES = List.of(8, 9, 7, 10);

	@Autowired
	BallotBox box;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	VoterKeys keys;

	@Autowired
	Ledger ledger;

	@Autowired
	LiveHost host;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	EvaluationFixture fixture;

	long live;

	long online;

	long campaignId;

	List<String> tokens;

	@BeforeEach
	void setUp() {
		fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		transactions = new TransactionTemplate(transactionManager);
		live = fixture.department("区市场监管局");
		online = fixture.department("区税务局");
		Campaign campaign = fixture.draft(List.of(live), List.of(online));
		tokens = fixture.voters(campaign.getId(), 12);
		campaignId = fixture.open(campaign).getId();
		host.start(campaignId, CENTRE);
		host.act(campaignId, HostAction.OPEN_VOTING, null, 600, CENTRE);
	}

	@Test
	void acceptsBallotsAndAppendsThemToTheLedgerInOrderWithoutTheVoter() {
		BallotOutcome first = box.cast(ballot(tokens.get(0), live, key()));
		BallotOutcome second = box.cast(ballot(tokens.get(1), live, key()));
		BallotOutcome third = box.cast(new BallotRequest(campaignId, online, tokens.get(0), List.of(6, 6, 6, 6),
				"  办事很快  ", Channel.ONLINE, key()));
		assertThat(List.of(first, second, third)).allMatch(BallotOutcome::accepted);
		assertThat(List.of(first, second, third)).extracting(outcome -> outcome.receipt().ledgerSeq())
			.containsExactly(1L, 2L, 3L);

		List<LedgerEntry> entries = ledger.entries(campaignId);
		assertThat(entries).extracting(LedgerEntry::seq).containsExactly(0L, 1L, 2L, 3L);
		assertThat(entries.get(3).hash()).isEqualTo(third.receipt().entryHash());
		assertThat(entries.get(3).line()).contains("|BALLOT|" + online + "|ONLINE|6,6,6,6|")
			.contains("|" + entries.get(2).hash());
		assertThat(ledger.verify(campaignId).intact()).isTrue();
		for (LedgerEntry entry : entries) {
			assertThat(entry.line()).doesNotContain(tokens.get(0), keys.keyOf(tokens.get(0)), "办事很快");
		}
		assertThat(jdbc.sql("select comment from evaluation_ballot where campaign_id = :c and ledger_seq = 3")
			.param("c", campaignId)
			.query(String.class)
			.single()).isEqualTo("办事很快");
	}

	@Test
	void answersARetryWithTheSameIdempotencyKeyWithTheSameOutcomeEvenAfterTheClose() {
		String key = key();
		BallotOutcome first = box.cast(ballot(tokens.get(0), live, key));
		BallotOutcome retry = box.cast(ballot(tokens.get(0), live, key));
		assertThat(retry).isEqualTo(first);
		fixture.close(campaignId);
		assertThat(box.cast(ballot(tokens.get(0), live, key))).isEqualTo(first);
		assertThat(box.cast(ballot(tokens.get(1), live, key())).verdict()).isEqualTo(BallotVerdict.CLOSED);
		assertThat(ballots()).isEqualTo(1);
	}

	@Test
	void refusesASecondBallotOfTheVoterForTheSameDepartmentAndWritesNothing() {
		assertThat(box.cast(ballot(tokens.get(0), live, key())).accepted()).isTrue();
		BallotOutcome second = box.cast(new BallotRequest(campaignId, live, tokens.get(0), List.of(1, 1, 1, 1), null,
				Channel.KEYPAD, key()));
		assertThat(second).isEqualTo(new BallotOutcome(BallotVerdict.ALREADY_VOTED, null));
		assertThat(ballots()).isEqualTo(1);
		assertThat(ledger.entries(campaignId)).hasSize(2);
		assertThat(box.cast(ballot(tokens.get(0), online, key())).accepted()).as("another department").isTrue();
	}

	@Test
	void storesExactlyOneBallotWhenOneVoterSubmitsFromManyThreadsAtOnce() throws Exception {
		List<BallotOutcome> outcomes = concurrently(16, i -> ballot(tokens.get(0), live, key()));
		assertThat(outcomes).filteredOn(BallotOutcome::accepted).hasSize(1);
		assertThat(outcomes).filteredOn(outcome -> !outcome.accepted())
			.allMatch(outcome -> outcome.verdict() == BallotVerdict.ALREADY_VOTED)
			.hasSize(15);
		assertThat(ballots()).isEqualTo(1);
		assertThat(ledger.entries(campaignId)).hasSize(2);
		assertThat(ledger.verify(campaignId).intact()).isTrue();
	}

	@Test
	void answersConcurrentRetriesOfOneBallotAllWithItsReceipt() throws Exception {
		String key = key();
		List<BallotOutcome> outcomes = concurrently(8, i -> ballot(tokens.get(0), live, key));
		assertThat(outcomes).allMatch(BallotOutcome::accepted);
		assertThat(outcomes).extracting(BallotOutcome::receipt).containsOnly(outcomes.get(0).receipt());
		assertThat(ballots()).isEqualTo(1);
	}

	@Test
	void chainsTheBallotsOfManyVotersArrivingAtOnceWithoutGaps() throws Exception {
		List<BallotOutcome> outcomes = concurrently(tokens.size(), i -> ballot(tokens.get(i), live, key()));
		assertThat(outcomes).allMatch(BallotOutcome::accepted);
		assertThat(outcomes).extracting(outcome -> outcome.receipt().ledgerSeq())
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, tokens.size()).boxed().toList());
		assertThat(ledger.verify(campaignId).intact()).isTrue();
		assertThat(ledger.head(campaignId).orElseThrow().seq()).isEqualTo(tokens.size());
	}

	@Test
	void storesOneBallotPerVoterWhenManyVotersEachSubmitSeveralAttemptsAtOnce() throws Exception {
		List<String> keys = tokens.stream().map(token -> key()).toList();
		int attempts = 4;
		// per voter: twice the same key (a retry), twice another key each (a second ballot)
		List<BallotOutcome> outcomes = concurrently(tokens.size() * attempts, i -> {
			int voter = i % tokens.size();
			int attempt = i / tokens.size();
			return ballot(tokens.get(voter), live, attempt < 2 ? keys.get(voter) : key());
		});
		assertThat(ballots()).isEqualTo(tokens.size());
		assertThat(ledger.head(campaignId).orElseThrow().seq()).isEqualTo(tokens.size());
		assertThat(ledger.verify(campaignId).intact()).isTrue();
		for (int voter = 0; voter < tokens.size(); voter++) {
			List<BallotOutcome> mine = new ArrayList<>();
			for (int attempt = 0; attempt < attempts; attempt++) {
				mine.add(outcomes.get(attempt * tokens.size() + voter));
			}
			List<BallotOutcome> accepted = mine.stream().filter(BallotOutcome::accepted).toList();
			assertThat(accepted).as("voter %d", voter).isNotEmpty();
			assertThat(accepted).extracting(BallotOutcome::receipt).containsOnly(accepted.get(0).receipt());
			assertThat(mine).filteredOn(outcome -> !outcome.accepted())
				.allMatch(outcome -> outcome.verdict() == BallotVerdict.ALREADY_VOTED);
			boolean sameKeyWon = mine.get(0).accepted();
			assertThat(accepted).hasSize(sameKeyWon ? 2 : 1);
		}
	}

	@Test
	void decidesEachBallotOfABatchOnItsOwnSoARefusalDoesNotAffectTheOthers() throws Exception {
		long waiting = fixture.department("区住建局");
		Campaign campaign = fixture.draft(List.of(live, waiting), List.of(online));
		List<String> voters = fixture.voters(campaign.getId(), 10);
		long id = fixture.open(campaign).getId();
		host.start(id, CENTRE);
		host.act(id, HostAction.OPEN_VOTING, null, 600, CENTRE);
		String earlierKey = key();
		BallotOutcome earlier = box.cast(new BallotRequest(id, live, voters.get(0), SCORES, null, Channel.PHONE,
				earlierKey));
		List<BallotRequest> requests = new ArrayList<>();
		for (int i = 0; i < voters.size(); i++) {
			requests.add(new BallotRequest(id, live, voters.get(i), SCORES, null, Channel.PHONE, key()));
		}
		requests.add(new BallotRequest(id, live, voters.get(0), SCORES, null, Channel.PHONE, earlierKey));
		requests.add(new BallotRequest(id, waiting, voters.get(1), SCORES, null, Channel.PHONE, key()));
		requests.add(new BallotRequest(id, online, voters.get(2), SCORES, "好", Channel.ONLINE, key()));
		requests.add(new BallotRequest(id, online, voters.get(2), SCORES, null, Channel.ONLINE, key()));

		List<BallotOutcome> outcomes = whileLedgerLocked(id, requests);

		assertThat(outcomes.get(0).verdict()).as("voted before").isEqualTo(BallotVerdict.ALREADY_VOTED);
		assertThat(outcomes.subList(1, voters.size())).allMatch(BallotOutcome::accepted);
		assertThat(outcomes.get(voters.size())).as("a retry").isEqualTo(earlier);
		assertThat(outcomes.get(voters.size() + 1).verdict()).as("round not open").isEqualTo(BallotVerdict.NOT_YET_OPEN);
		assertThat(outcomes.subList(voters.size() + 2, voters.size() + 4)).extracting(BallotOutcome::verdict)
			.as("two attempts of one voter in one batch: one wins")
			.containsExactlyInAnyOrder(BallotVerdict.ACCEPTED, BallotVerdict.ALREADY_VOTED);
		assertThat(ledger.head(id).orElseThrow().seq()).isEqualTo(voters.size() + 1);
		assertThat(ledger.verify(id).intact()).isTrue();
		assertThat(count(id)).isEqualTo(voters.size() + 1);
	}

	@Test
	void retriesABatchThatBreaksTheUniqueConstraintBallotByBallotAndNeverAcceptsTheBrokenOne() throws Exception {
		// a ballot row not written by the box (no ledger entry): the batch's own look-up cannot see it
		jdbc.sql("""
				insert into evaluation_ballot (campaign_id, department_id, voter_key, scores, channel, idempotency_key,
				    ledger_seq, accepted_at)
				values (:campaign, :department, :voter, '1,1,1,1', 'PHONE', 'by-hand-0002', 999, current_timestamp)""")
			.param("campaign", campaignId)
			.param("department", live)
			.param("voter", keys.keyOf(tokens.get(0)))
			.update();
		List<BallotRequest> requests = new ArrayList<>();
		for (String token : tokens) {
			requests.add(ballot(token, live, key()));
		}
		List<Object> answers = whileLedgerLockedAllowingFailures(campaignId, requests);
		assertThat(answers.get(0)).isInstanceOf(DuplicateKeyException.class);
		assertThat(answers.subList(1, tokens.size()))
			.allSatisfy(answer -> assertThat(((BallotOutcome) answer).accepted()).isTrue());
		assertThat(ledger.head(campaignId).orElseThrow().seq()).isEqualTo(tokens.size() - 1);
		assertThat(ledger.verify(campaignId).intact()).isTrue();
	}

	/** Casts while the ledger is locked for a moment, so that all but the first ballot queue into one batch. */
	private List<BallotOutcome> whileLedgerLocked(long campaign, List<BallotRequest> requests) throws Exception {
		return whileLedgerLockedAllowingFailures(campaign, requests).stream()
			.map(answer -> {
				if (answer instanceof RuntimeException ex) {
					throw ex;
				}
				return (BallotOutcome) answer;
			})
			.toList();
	}

	private List<Object> whileLedgerLockedAllowingFailures(long campaign, List<BallotRequest> requests)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size() + 1);
		try {
			CountDownLatch locked = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Future<?> holder = pool.submit(() -> transactions.executeWithoutResult(status -> {
				ledger.lock(campaign);
				locked.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			locked.await(10, TimeUnit.SECONDS);
			List<Future<Object>> futures = new ArrayList<>();
			for (BallotRequest request : requests) {
				futures.add(pool.submit(() -> {
					try {
						return (Object) box.cast(request);
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			Thread.sleep(300);
			release.countDown();
			holder.get(10, TimeUnit.SECONDS);
			List<Object> answers = new ArrayList<>();
			for (Future<Object> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int count(long campaign) {
		return jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :campaign")
			.param("campaign", campaign)
			.query(Integer.class)
			.single();
	}

	@Test
	void theDatabaseItselfRefusesASecondBallotOfAVoterForADepartment() {
		box.cast(ballot(tokens.get(0), live, key()));
		assertThatThrownBy(() -> jdbc.sql("""
				insert into evaluation_ballot (campaign_id, department_id, voter_key, scores, channel, idempotency_key,
				    ledger_seq, accepted_at)
				values (:campaign, :department, :voter, '1,1,1,1', 'PHONE', 'by-hand-0001', 999, current_timestamp)""")
			.param("campaign", campaignId)
			.param("department", live)
			.param("voter", keys.keyOf(tokens.get(0)))
			.update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void refusesBadCredentialsAndDepartmentsWithAVerdictAndWritesNothing() {
		assertThat(box.cast(ballot("AAAAAAAAAAAAAAAAAAAAAAAA", live, key())).verdict())
			.isEqualTo(BallotVerdict.UNKNOWN_CREDENTIAL);
		assertThat(box.cast(ballot("short", live, key())).verdict()).isEqualTo(BallotVerdict.UNKNOWN_CREDENTIAL);
		long voterId = jdbc.sql("select id from evaluation_voter where credential_hash = :hash")
			.param("hash", CredentialTokens.digest(tokens.get(1)))
			.query(Long.class)
			.single();
		roll.revoke(campaignId, voterId, CENTRE);
		assertThat(box.cast(ballot(tokens.get(1), live, key())).verdict()).isEqualTo(BallotVerdict.REVOKED_CREDENTIAL);
		long other = fixture.department("区城管局");
		assertThat(box.cast(ballot(tokens.get(0), other, key())).verdict()).isEqualTo(BallotVerdict.NOT_RATED);
		assertThatThrownBy(() -> box.cast(new BallotRequest(-1, live, tokens.get(0), SCORES, null, Channel.PHONE, key())))
			.isInstanceOf(RecordNotFoundException.class);

		Campaign draft = fixture.draft(List.of(live), List.of());
		String draftToken = fixture.voters(draft.getId(), 1).get(0);
		assertThat(box.cast(new BallotRequest(draft.getId(), live, draftToken, SCORES, null, Channel.PHONE, key()))
			.verdict()).isEqualTo(BallotVerdict.NOT_YET_OPEN);
		assertThat(ballots()).isZero();
		assertThat(ledger.entries(campaignId)).hasSize(1);
	}

	@Test
	void refusesMalformedContentFieldByField() {
		assertRejected(new BallotRequest(campaignId, live, tokens.get(0), List.of(8, 9, 7), null, Channel.PHONE, key()),
				"scores");
		assertRejected(new BallotRequest(campaignId, live, tokens.get(0), List.of(8, 9, 7, 11), null, Channel.PHONE, key()),
				"scores");
		assertRejected(new BallotRequest(campaignId, live, tokens.get(0), SCORES, "评".repeat(501), Channel.PHONE, key()),
				"comment");
		assertRejected(new BallotRequest(campaignId, live, tokens.get(0), SCORES, null, null, key()), "channel");
		assertRejected(new BallotRequest(campaignId, live, tokens.get(0), SCORES, null, Channel.PHONE, "short"),
				"idempotencyKey");
		assertThat(ballots()).isZero();
	}

	@Test
	void keepsVoterIdentityOutOfTheBallotAndLedgerTables() {
		assertThat(columns("evaluation_ballot")).containsExactlyInAnyOrder("id", "campaign_id", "department_id",
				"voter_key", "scores", "comment", "channel", "idempotency_key", "ledger_seq", "accepted_at");
		assertThat(columns("evaluation_ledger")).containsExactlyInAnyOrder("campaign_id", "seq", "line", "prev_hash",
				"entry_hash");
		assertThat(columns("evaluation_voter")).doesNotContain("voter_key");
	}

	private List<String> columns(String table) {
		return jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = :table")
			.param("table", table)
			.query(String.class)
			.list();
	}

	private void assertRejected(BallotRequest request, String field) {
		assertThatThrownBy(() -> box.cast(request)).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}

	private interface Ballot {

		BallotRequest of(int index);

	}

	/** Submits {@code count} ballots from as many threads released at the same moment. */
	private List<BallotOutcome> concurrently(int count, Ballot ballot) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<BallotOutcome>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				BallotRequest request = ballot.of(i);
				Callable<BallotOutcome> cast = () -> {
					start.await();
					return box.cast(request);
				};
				futures.add(pool.submit(cast));
			}
			start.countDown();
			List<BallotOutcome> outcomes = new ArrayList<>();
			for (Future<BallotOutcome> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int ballots() {
		return jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Integer.class)
			.single();
	}

	private BallotRequest ballot(String token, long department, String key) {
		return new BallotRequest(campaignId, department, token, SCORES, null, Channel.PHONE, key);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
