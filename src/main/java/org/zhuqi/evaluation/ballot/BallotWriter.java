package org.zhuqi.evaluation.ballot;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.evaluation.ballot.BallotOutcome.Receipt;
import org.zhuqi.evaluation.ballot.Ballots.Stored;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.campaign.VotingState;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.ledger.LedgerLines;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;

/**
 * Group commit of the ballot box: stores the ballots that passed the box's checks, many per transaction, and
 * answers each only after the transaction that stored it has committed.
 * <p>
 * Each campaign has a queue. A caller puts its ballot in the queue; if no writer is running for the campaign
 * it becomes the writer, otherwise it waits. The writer takes everything queued (at most {@value #BATCH_MAX})
 * and in one transaction: locks the ledger head, reads the campaign's voting state and the rounds of the live
 * departments concerned at one moment (the batch's time), reads the stored ballots of the batch's voters,
 * decides each ballot in queue order (a stored or earlier-in-batch ballot of the voter for the department
 * answers a retry with the same idempotency key with that ballot's receipt and another attempt with
 * {@link BallotVerdict#ALREADY_VOTED}; then a closed or not yet open campaign or round refuses), inserts the
 * accepted ballots and their ledger entries in JDBC batches, moves the head and commits. Only then are the
 * waiting callers answered. If ballots are still queued, the writer hands the job to the oldest waiting caller
 * (whose ballot is then in the next batch) and returns with its own answer, so no caller writes for others for
 * long. No thread is kept: while nobody votes, nothing runs.
 * <p>
 * Should a batch break a database constraint anyway (the box's unique constraint is the last word, e.g. with a
 * second server), its ballots are retried one by one, each in its own transaction, so each gets its true answer;
 * any other failure fails every ballot of the batch. A failure is never answered as accepted.
 */
@Component
class BallotWriter {

	/** Ballots per transaction at most; more wait for the next one. */
	static final int BATCH_MAX = 1_000;

	private final Ballots ballots;

	private final Ledger ledger;

	private final LiveRoundGate rounds;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Map<Long, CampaignQueue> queues = new ConcurrentHashMap<>();

	BallotWriter(Ballots ballots, Ledger ledger, LiveRoundGate rounds, PlatformTransactionManager transactions,
			Clock clock, ApplicationEventPublisher events) {
		this.ballots = ballots;
		this.ledger = ledger;
		this.rounds = rounds;
		this.transaction = new TransactionTemplate(transactions);
		// the writer's transaction is its own, even if a caller were inside one
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.events = events;
	}

	/** A ballot that passed the box's checks, to be stored under its voter key. */
	record Ballot(BallotRequest request, String voterKey, String comment, DepartmentGroup group) {

		/** Same voter, same department. */
		String slot() {
			return request.departmentId() + "|" + voterKey;
		}

	}

	/**
	 * Stores the ballot with others of its campaign and returns its outcome once committed (or refused).
	 * A failure of the database is thrown to every caller of the batch.
	 */
	BallotOutcome write(Ballot ballot) {
		CampaignQueue queue = queues.computeIfAbsent(ballot.request().campaignId(), id -> new CampaignQueue());
		Pending mine = new Pending(ballot);
		boolean writer = queue.enqueue(mine);
		while (true) {
			if (writer) {
				List<Pending> batch = queue.take();
				try {
					writeBatch(ballot.request().campaignId(), batch);
				}
				finally {
					queue.handOver();
				}
				// the writer's own ballot was first in its queue, so it was in this batch
				return mine.outcome();
			}
			if (mine.await() == Turn.ANSWERED) {
				return mine.outcome();
			}
			writer = true;
		}
	}

	private void writeBatch(long campaignId, List<Pending> batch) {
		Decided decided;
		try {
			decided = store(campaignId, batch);
		}
		catch (DataIntegrityViolationException ex) {
			if (batch.size() == 1) {
				answerLoser(batch.get(0), ex);
			}
			else {
				for (Pending one : batch) {
					writeBatch(campaignId, List.of(one));
				}
			}
			return;
		}
		catch (RuntimeException | Error ex) {
			batch.forEach(pending -> pending.fail(ex));
			return;
		}
		decided.answer();
		decided.publish(campaignId);
	}

	/** A lone ballot that broke a constraint: answered like a retry if the voter's ballot is stored, else failed. */
	private void answerLoser(Pending pending, DataIntegrityViolationException ex) {
		Ballot ballot = pending.ballot;
		try {
			Optional<Stored> stored = ex instanceof DuplicateKeyException ? ballots.find(ballot.request().campaignId(),
					ballot.request().departmentId(), ballot.voterKey()) : Optional.empty();
			if (stored.isPresent()) {
				pending.answer(answerFor(stored.get(), ballot.request()));
			}
			else {
				pending.fail(ex);
			}
		}
		catch (RuntimeException lookup) {
			pending.fail(lookup);
		}
	}

	/** Decides and stores one batch in one transaction; the outcomes are given out only after it commits. */
	private Decided store(long campaignId, List<Pending> batch) {
		return transaction.execute(status -> {
			LedgerHead head = ledger.lock(campaignId);
			Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			VotingState campaignState = ballots.votingState(campaignId, now);
			Map<Long, VotingState> roundStates = new HashMap<>();
			Map<String, Stored> stored = ballots.findAll(campaignId,
					batch.stream().map(pending -> pending.ballot.request().departmentId()).distinct().toList(),
					batch.stream().map(pending -> pending.ballot.voterKey()).distinct().toList());
			Map<String, Pending> taken = new HashMap<>();
			Decided decided = new Decided();
			List<Pending> accepted = new ArrayList<>();
			List<String> lines = new ArrayList<>();
			long seq = head.seq();
			String previous = head.hash();
			for (Pending pending : batch) {
				Ballot ballot = pending.ballot;
				BallotRequest request = ballot.request();
				Stored earlier = stored.get(ballot.slot());
				if (earlier != null) {
					decided.put(pending, answerFor(earlier, request));
					continue;
				}
				Pending first = taken.get(ballot.slot());
				if (first != null) {
					decided.follow(pending, first);
					continue;
				}
				VotingState state = campaignState;
				if (state == VotingState.OPEN && ballot.group() == DepartmentGroup.LIVE) {
					state = roundStates.computeIfAbsent(request.departmentId(),
							department -> rounds.votingState(campaignId, department, now));
				}
				if (state != VotingState.OPEN) {
					decided.put(pending, BallotOutcome.refused(state == VotingState.NOT_YET_OPEN
							? BallotVerdict.NOT_YET_OPEN : BallotVerdict.CLOSED));
					continue;
				}
				seq++;
				String line = LedgerLines.ballot(campaignId, seq, new BallotContent(request.departmentId(),
						request.channel().name(), request.scores(), ballot.comment()), now, previous);
				previous = LedgerLines.hash(line);
				taken.put(ballot.slot(), pending);
				accepted.add(pending);
				lines.add(line);
			}
			if (accepted.isEmpty()) {
				return decided;
			}
			long firstSeq = head.nextSeq();
			ballots.insertAll(accepted.stream().map(pending -> pending.ballot).toList(), firstSeq, now);
			List<LedgerEntry> entries = ledger.append(head, lines);
			for (int i = 0; i < accepted.size(); i++) {
				Pending pending = accepted.get(i);
				LedgerEntry entry = entries.get(i);
				decided.put(pending, BallotOutcome.accepted(new Receipt(entry.seq(), entry.hash(), now)));
				decided.cast(pending.ballot.request().departmentId());
			}
			return decided;
		});
	}

	/** The answer owed for the voter's stored ballot: its receipt for a retry, already voted otherwise. */
	static BallotOutcome answerFor(Stored stored, BallotRequest request) {
		return stored.idempotencyKey().equals(request.idempotencyKey()) ? BallotOutcome.accepted(stored.receipt())
				: BallotOutcome.refused(BallotVerdict.ALREADY_VOTED);
	}

	/** The outcomes of a committed batch and the departments that got new ballots. */
	private final class Decided {

		private final Map<Pending, BallotOutcome> outcomes = new LinkedHashMap<>();

		/** Later attempts in the batch for a slot some earlier one took, with the one they follow. */
		private final Map<Pending, Pending> followers = new LinkedHashMap<>();

		private final Set<Long> departments = new LinkedHashSet<>();

		void put(Pending pending, BallotOutcome outcome) {
			outcomes.put(pending, outcome);
		}

		void follow(Pending pending, Pending first) {
			followers.put(pending, first);
		}

		void cast(long departmentId) {
			departments.add(departmentId);
		}

		void answer() {
			followers.forEach((pending, first) -> outcomes.put(pending,
					pending.ballot.request().idempotencyKey().equals(first.ballot.request().idempotencyKey())
							? outcomes.get(first) : BallotOutcome.refused(BallotVerdict.ALREADY_VOTED)));
			outcomes.forEach(Pending::answer);
		}

		/** One event per department that got new ballots: the screens read the count afresh. */
		void publish(long campaignId) {
			departments.forEach(department -> events.publishEvent(new BallotCast(campaignId, department)));
		}

	}

	/** Whether a waiting caller was answered or must now write. */
	private enum Turn {

		ANSWERED, WRITE

	}

	/** A queued ballot and the caller waiting for it. */
	private static final class Pending {

		private final Ballot ballot;

		private final CompletableFuture<Turn> turn = new CompletableFuture<>();

		private volatile BallotOutcome outcome;

		private volatile RuntimeException failure;

		private volatile Error error;

		Pending(Ballot ballot) {
			this.ballot = ballot;
		}

		void answer(BallotOutcome answer) {
			outcome = answer;
			turn.complete(Turn.ANSWERED);
		}

		void fail(Throwable ex) {
			// not turn.isDone(): a caller promoted to writer has its turn done (WRITE) before its ballot is decided
			if (outcome != null || failure != null || error != null) {
				return;
			}
			if (ex instanceof Error err) {
				error = err;
			}
			else {
				failure = (RuntimeException) ex;
			}
			turn.complete(Turn.ANSWERED);
		}

		void promote() {
			turn.complete(Turn.WRITE);
		}

		Turn await() {
			boolean interrupted = false;
			try {
				while (true) {
					try {
						return turn.get();
					}
					catch (InterruptedException ex) {
						// the ballot is in the queue and will be answered: wait for it
						interrupted = true;
					}
					catch (ExecutionException ex) {
						throw new IllegalStateException("a turn never fails", ex);
					}
				}
			}
			finally {
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}

		BallotOutcome outcome() {
			if (error != null) {
				throw error;
			}
			if (failure != null) {
				throw failure;
			}
			if (outcome == null) {
				throw new IllegalStateException("ballot left unanswered by its batch");
			}
			return outcome;
		}

	}

	/**
	 * A campaign's queue. Invariant (under its monitor): while nobody writes, the queue is empty; a writer that
	 * leaves ballots behind promotes the oldest one's caller to writer before it goes.
	 */
	private static final class CampaignQueue {

		private final ArrayDeque<Pending> queued = new ArrayDeque<>();

		private boolean writing;

		/** Queues the ballot; whether its caller is to write now. */
		synchronized boolean enqueue(Pending pending) {
			queued.add(pending);
			if (writing) {
				return false;
			}
			writing = true;
			return true;
		}

		synchronized List<Pending> take() {
			List<Pending> batch = new ArrayList<>(Math.min(queued.size(), BATCH_MAX));
			while (!queued.isEmpty() && batch.size() < BATCH_MAX) {
				batch.add(queued.poll());
			}
			return batch;
		}

		/** Ends this writer's turn: the oldest queued ballot's caller writes next, if any is queued. */
		synchronized void handOver() {
			Pending next = queued.peek();
			if (next == null) {
				writing = false;
			}
			else {
				next.promote();
			}
		}

	}

}
