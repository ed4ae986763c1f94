package org.zhuqi.evaluation.ballot;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.voter.VoterCredentials;
import org.zhuqi.evaluation.voter.VoterCredentials.Check;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Accepts ballots. In order: the content's shape (field errors), the campaign (404 if unknown), the department
 * rated in it, the scores on the rubric, the credential; then the {@link BallotWriter} stores the ballot with
 * the others arriving at the same time (group commit) and answers only after their transaction has committed.
 * In that transaction, after locking the campaign's ledger head, a ballot this voter already cast for the
 * department is answered first (the same outcome for a retry with the same idempotency key, already voted
 * otherwise), so that a retry of an accepted ballot still succeeds after the vote has closed; then whether
 * voting is open is read afresh, and the ballot is stored and its ledger entry appended. The ballot's unique
 * constraint is the last word between concurrent attempts of one voter.
 * <p>
 * A department of the live group takes ballots only while its round in the live session is open
 * ({@link LiveRoundGate}); that too is read after the lock. After new ballots have been committed,
 * {@link BallotCast} is published for the live session's screens.
 * <p>
 * The rules of an open campaign are frozen, so they are read once and kept (its status is read in the writer's
 * transaction each time).
 */
@Service
public class BallotBox {

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile(BallotRequest.IDEMPOTENCY_KEY_PATTERN);

	private final Campaigns campaigns;

	private final VoterCredentials credentials;

	private final BallotWriter writer;

	/** The rules of campaigns that are no longer drafts: frozen. */
	private final Map<Long, Rules> frozen = new ConcurrentHashMap<>();

	BallotBox(Campaigns campaigns, VoterCredentials credentials, BallotWriter writer) {
		this.campaigns = campaigns;
		this.credentials = credentials;
		this.writer = writer;
	}

	/** What the box checks a ballot against: the rated departments and the rubric, and whether still a draft. */
	private record Rules(Map<Long, CampaignDepartment> departments, Rubric rubric, boolean draft) {

		static Rules of(Campaign campaign) {
			Map<Long, CampaignDepartment> departments = new HashMap<>();
			campaign.departments().forEach(rated -> departments.put(rated.departmentId(), rated));
			return new Rules(Map.copyOf(departments), campaign.rubric(), campaign.getStatus() == CampaignStatus.DRAFT);
		}

	}

	/** Casts a ballot authenticated by the voter's credential ({@link BallotRequest#credential()}). */
	public BallotOutcome cast(BallotRequest ballot) {
		String comment = checkShape(ballot);
		Rules rules = rules(ballot);
		CampaignDepartment rated = rules.departments().get(ballot.departmentId());
		if (rated == null) {
			return BallotOutcome.refused(BallotVerdict.NOT_RATED);
		}
		rules.rubric().check(ballot.scores());
		Check credential = credentials.check(ballot.campaignId(), ballot.credential());
		switch (credential.standing()) {
			case UNKNOWN:
				return BallotOutcome.refused(BallotVerdict.UNKNOWN_CREDENTIAL);
			case REVOKED:
				return BallotOutcome.refused(BallotVerdict.REVOKED_CREDENTIAL);
			default:
				break;
		}
		return castAs(ballot, credential.voterKey(), comment, rules, rated);
	}

	/**
	 * Casts a ballot under a voter key the caller has already established from a credential it checked: a press
	 * of a hardware keypad registered by scanning the voter's credential, or the voter page, which has just
	 * checked the credential of its link ({@link BallotRequest#credential()} is then ignored). Only for such
	 * callers: this skips the credential check.
	 */
	public BallotOutcome castRegistered(BallotRequest ballot, String voterKey) {
		String comment = checkShape(ballot);
		Rules rules = rules(ballot);
		CampaignDepartment rated = rules.departments().get(ballot.departmentId());
		if (rated == null) {
			return BallotOutcome.refused(BallotVerdict.NOT_RATED);
		}
		rules.rubric().check(ballot.scores());
		return castAs(ballot, voterKey, comment, rules, rated);
	}

	private Rules rules(BallotRequest ballot) {
		Rules kept = frozen.get(ballot.campaignId());
		if (kept != null) {
			return kept;
		}
		Rules rules = Rules.of(campaigns.findById(ballot.campaignId())
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, ballot.campaignId())));
		if (!rules.draft()) {
			frozen.put(ballot.campaignId(), rules);
		}
		return rules;
	}

	private BallotOutcome castAs(BallotRequest ballot, String voterKey, String comment, Rules rules,
			CampaignDepartment rated) {
		if (rules.draft()) {
			// a draft has no ledger yet and no ballots
			return BallotOutcome.refused(BallotVerdict.NOT_YET_OPEN);
		}
		return writer.write(new BallotWriter.Ballot(ballot, voterKey, comment, rated.groupKind()));
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
