package org.zhuqi.evaluation.ballot;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.evaluation.ballot.BallotOutcome.Receipt;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.campaign.VotingState;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.ledger.LedgerLines;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;
import org.zhuqi.evaluation.voter.VoterCredentials;
import org.zhuqi.evaluation.voter.VoterCredentials.Check;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Accepts ballots. In order: the content's shape (field errors), the campaign (404 if unknown), the department
 * rated in it, the scores on the rubric, the credential; then a ballot this voter already cast for the
 * department is answered at once (the same outcome for a retry with the same idempotency key, already voted
 * otherwise), so that a retry of an accepted ballot still succeeds after the vote has closed. Last, in one
 * transaction: lock the campaign's ledger head, re-read whether voting is open, store the ballot and append
 * its ledger entry. The ballot's unique constraint decides between concurrent attempts of one voter: the
 * loser's transaction rolls back whole and it is answered like a retry.
 * <p>
 * A department of the live group takes ballots only while its round in the live session is open
 * ({@link LiveRoundGate}); that too is checked before and again after the lock. After a new ballot has been
 * committed, {@link BallotCast} is published for the live session's screens.
 * <p>
 * For now one ballot is one transaction, serialised per campaign by the ledger lock. The live session's
 * write path will gather the ballots arriving within a few milliseconds into one such transaction (one lock,
 * batched inserts, one commit) and answer each only after that commit.
 */
@Service
public class BallotBox {

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile(BallotRequest.IDEMPOTENCY_KEY_PATTERN);

	private final Campaigns campaigns;

	private final VoterCredentials credentials;

	private final Ballots ballots;

	private final Ledger ledger;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LiveRoundGate rounds;

	private final ApplicationEventPublisher events;

	BallotBox(Campaigns campaigns, VoterCredentials credentials, Ballots ballots, Ledger ledger,
			PlatformTransactionManager transactions, Clock clock, LiveRoundGate rounds,
			ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.credentials = credentials;
		this.ballots = ballots;
		this.ledger = ledger;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.rounds = rounds;
		this.events = events;
	}

	/** Casts a ballot authenticated by the voter's credential ({@link BallotRequest#credential()}). */
	public BallotOutcome cast(BallotRequest ballot) {
		String comment = checkShape(ballot);
		Campaign campaign = campaign(ballot);
		Optional<CampaignDepartment> rated = campaign.department(ballot.departmentId());
		if (rated.isEmpty()) {
			return BallotOutcome.refused(BallotVerdict.NOT_RATED);
		}
		campaign.rubric().check(ballot.scores());
		Check credential = credentials.check(ballot.campaignId(), ballot.credential());
		switch (credential.standing()) {
			case UNKNOWN:
				return BallotOutcome.refused(BallotVerdict.UNKNOWN_CREDENTIAL);
			case REVOKED:
				return BallotOutcome.refused(BallotVerdict.REVOKED_CREDENTIAL);
			default:
				break;
		}
		return castAs(ballot, credential.voterKey(), comment, campaign, rated.get());
	}

	/**
	 * Casts a ballot under a voter key the caller has already established from a credential, e.g. a press of a
	 * hardware keypad registered by scanning the voter's credential ({@link BallotRequest#credential()} is then
	 * ignored). Only for such registrations: this skips the credential check.
	 */
	public BallotOutcome castRegistered(BallotRequest ballot, String voterKey) {
		String comment = checkShape(ballot);
		Campaign campaign = campaign(ballot);
		Optional<CampaignDepartment> rated = campaign.department(ballot.departmentId());
		if (rated.isEmpty()) {
			return BallotOutcome.refused(BallotVerdict.NOT_RATED);
		}
		campaign.rubric().check(ballot.scores());
		return castAs(ballot, voterKey, comment, campaign, rated.get());
	}

	private Campaign campaign(BallotRequest ballot) {
		return campaigns.findById(ballot.campaignId())
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, ballot.campaignId()));
	}

	private BallotOutcome castAs(BallotRequest ballot, String voterKey, String comment, Campaign campaign,
			CampaignDepartment rated) {
		Optional<BallotOutcome> earlier = earlier(ballot, voterKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = clock.instant();
		VotingState state = campaign.votingAt(now);
		if (state == VotingState.OPEN && rated.groupKind() == DepartmentGroup.LIVE) {
			state = rounds.votingState(ballot.campaignId(), ballot.departmentId(), now);
		}
		if (state != VotingState.OPEN) {
			return BallotOutcome.refused(refusal(state));
		}
		BallotOutcome outcome;
		try {
			outcome = transaction.execute(status -> store(ballot, voterKey, comment, rated.groupKind()));
		}
		catch (DuplicateKeyException ex) {
			return earlier(ballot, voterKey).orElseThrow(() -> ex);
		}
		if (outcome.accepted()) {
			events.publishEvent(new BallotCast(ballot.campaignId(), ballot.departmentId()));
		}
		return outcome;
	}

	private BallotOutcome store(BallotRequest ballot, String voterKey, String comment, DepartmentGroup group) {
		LedgerHead head = ledger.lock(ballot.campaignId());
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		VotingState state = ballots.votingState(ballot.campaignId(), now);
		if (state == VotingState.OPEN && group == DepartmentGroup.LIVE) {
			state = rounds.votingState(ballot.campaignId(), ballot.departmentId(), now);
		}
		if (state != VotingState.OPEN) {
			return BallotOutcome.refused(refusal(state));
		}
		long seq = head.nextSeq();
		String line = LedgerLines.ballot(ballot.campaignId(), seq,
				new BallotContent(ballot.departmentId(), ballot.channel().name(), ballot.scores(), comment), now,
				head.hash());
		ballots.insert(ballot, voterKey, comment, seq, now);
		String hash = ledger.append(head, List.of(line)).get(0).hash();
		return BallotOutcome.accepted(new Receipt(seq, hash, now));
	}

	/** The answer owed for the voter's stored ballot for the department, if there is one. */
	private Optional<BallotOutcome> earlier(BallotRequest ballot, String voterKey) {
		return ballots.find(ballot.campaignId(), ballot.departmentId(), voterKey)
			.map(stored -> stored.idempotencyKey().equals(ballot.idempotencyKey())
					? BallotOutcome.accepted(stored.receipt()) : BallotOutcome.refused(BallotVerdict.ALREADY_VOTED));
	}

	private static BallotVerdict refusal(VotingState state) {
		return state == VotingState.NOT_YET_OPEN ? BallotVerdict.NOT_YET_OPEN : BallotVerdict.CLOSED;
	}

	/** Refuses malformed content field by field and returns the comment as stored (stripped, blank as none). */
	private static String checkShape(BallotRequest ballot) {
		if (ballot.channel() == null) {
			throw new RejectedFieldException("channel", "evaluation.ballot.channel.required");
		}
		if (ballot.idempotencyKey() == null || !IDEMPOTENCY_KEY.matcher(ballot.idempotencyKey()).matches()) {
			throw new RejectedFieldException("idempotencyKey", "evaluation.ballot.idempotencyKey.invalid");
		}
		String comment = ballot.comment() == null ? null : ballot.comment().strip();
		if (comment != null && comment.length() > BallotRequest.COMMENT_MAX) {
			throw new RejectedFieldException("comment", "evaluation.ballot.comment.overLimit", BallotRequest.COMMENT_MAX);
		}
		return comment == null || comment.isEmpty() ? null : comment;
	}

}
