package org.zhuqi.evaluation.voter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Keeps a campaign's voter roll for the service centre: enrols enterprise representatives from the directory
 * in bulk (one voter per enterprise; enterprises already on the roll are skipped), issues each voter's
 * credential once, revokes credentials and, while the campaign is a draft, re-issues a lost one. The plain tokens exist only in the return value of
 * {@link #issueCredentials}; the roll stores their hashes. Changes are audited on the campaign
 * ({@value CampaignSetup#AUDIT_TYPE}), without tokens.
 */
@Service
public class VoterRoll {

	public static final int REPRESENTATIVE_MAX = 50;

	/** Voters enrolled per call at most. */
	public static final int ENROL_MAX = 20_000;

	private static final Comparator<Voter> BY_NAME = Comparator
		.comparing(Voter::enterpriseName, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Voter::id);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Campaigns campaigns;

	private final Directory directory;

	private final CredentialTokens tokens;

	private final AuditLog audit;

	private final Clock clock;

	VoterRoll(JdbcClient jdbc, JdbcTemplate batch, Campaigns campaigns, Directory directory, CredentialTokens tokens,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.campaigns = campaigns;
		this.directory = directory;
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One enterprise's representative to enrol.
	 * @param representativeName who votes for it (blank for not known yet)
	 */
	public record Enrolment(long enterpriseId, String representativeName) {
	}

	/** What an enrolment did: voters added, and enterprises skipped because they were on the roll already. */
	public record EnrolmentResult(int added, int alreadyOnRoll) {
	}

	/**
	 * A credential just issued, with its plain token: hand it to the voter (credential sheet, SMS) now, it
	 * cannot be shown again.
	 */
	public record IssuedCredential(long voterId, long enterpriseId, String enterpriseName, String representativeName,
			String token) {
	}

	/** A voter on the roll as the service centre sees it (never with the credential). */
	public record Voter(long id, long enterpriseId, String enterpriseName, String representativeName,
			Instant issuedAt, Instant revokedAt) {

		public boolean eligible() {
			return issuedAt != null && revokedAt == null;
		}

	}

	/** Adds the enterprises' representatives to the roll of a draft or open campaign. */
	@Transactional
	public EnrolmentResult enrol(long campaignId, List<Enrolment> enrolments, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		requireRollOpen(campaignId);
		if (enrolments.isEmpty()) {
			throw new RejectedFieldException("enterpriseIds", "evaluation.voter.none");
		}
		if (enrolments.size() > ENROL_MAX) {
			throw new RejectedFieldException("enterpriseIds", "evaluation.voter.tooMany", ENROL_MAX);
		}
		Map<Long, String> representatives = new LinkedHashMap<>();
		for (Enrolment enrolment : enrolments) {
			representatives.put(enrolment.enterpriseId(), representative(enrolment.representativeName()));
		}
		Map<Long, String> known = directory.enterpriseNames(representatives.keySet());
		for (Long enterpriseId : representatives.keySet()) {
			if (!known.containsKey(enterpriseId)) {
				throw new RejectedFieldException("enterpriseIds", "evaluation.voter.unknownEnterprise",
						String.valueOf(enterpriseId));
			}
		}
		Set<Long> onRoll = new HashSet<>(jdbc.sql("select enterprise_id from evaluation_voter where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Long.class)
			.list());
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Object[]> rows = new ArrayList<>();
		representatives.forEach((enterpriseId, representative) -> {
			if (!onRoll.contains(enterpriseId)) {
				rows.add(new Object[] { campaignId, enterpriseId, representative, viewer.username(), now });
			}
		});
		batch.batchUpdate("""
				insert into evaluation_voter (campaign_id, enterprise_id, representative_name, added_by, added_at)
				values (?, ?, ?, ?, ?)""", rows);
		int added = rows.size();
		int skipped = representatives.size() - added;
		if (added > 0) {
			audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "voters-added",
					added + " added, " + skipped + " already on the roll");
		}
		return new EnrolmentResult(added, skipped);
	}

	/**
	 * Issues a credential to every voter on the roll who has none yet and returns the plain tokens, by
	 * enterprise name. Voters who have one are left alone: a credential is issued once.
	 */
	@Transactional
	public List<IssuedCredential> issueCredentials(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		requireRollOpen(campaignId);
		List<Voter> waiting = named(jdbc.sql(VOTERS + " where v.campaign_id = :campaign and v.credential_hash is null"
				+ " and v.revoked_at is null")
			.param("campaign", campaignId)
			.query(VoterRoll::voter)
			.list());
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<String> issuedTokens = waiting.stream().map(voter -> tokens.newToken()).toList();
		List<Object[]> rows = new ArrayList<>(waiting.size());
		for (int i = 0; i < waiting.size(); i++) {
			rows.add(new Object[] { CredentialTokens.digest(issuedTokens.get(i)), now, waiting.get(i).id() });
		}
		int[] updated = batch.batchUpdate(
				"update evaluation_voter set credential_hash = ?, issued_at = ? where id = ? and credential_hash is null",
				rows);
		List<IssuedCredential> issued = new ArrayList<>(waiting.size());
		for (int i = 0; i < waiting.size(); i++) {
			// a voter issued meanwhile by a concurrent call keeps that credential; this token was never stored
			if (updated[i] != 0) {
				Voter voter = waiting.get(i);
				issued.add(new IssuedCredential(voter.id(), voter.enterpriseId(), voter.enterpriseName(),
						voter.representativeName(), issuedTokens.get(i)));
			}
		}
		if (!issued.isEmpty()) {
			audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "credentials-issued",
					issued.size() + " credentials");
		}
		return issued;
	}

	/**
	 * Revokes a voter's credential: it is refused from now on. Ballots already cast stay (nothing links them to
	 * the voter), and no new credential is issued to this voter (unless re-issued while the campaign is a draft).
	 */
	@Transactional
	public void revoke(long campaignId, long voterId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		int updated = jdbc.sql("""
				update evaluation_voter set revoked_at = :at
				where id = :id and campaign_id = :campaign and revoked_at is null""")
			.param("at", OffsetDateTime.now(clock))
			.param("id", voterId)
			.param("campaign", campaignId)
			.update();
		if (updated == 0) {
			throw new RecordNotFoundException("evaluation-voter", voterId);
		}
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "voter-revoked", "voter " + voterId);
	}

	/**
	 * Replaces a lost credential with a new one and returns it: the old token stops working at once (its hash is
	 * gone) and a revocation is lifted. Only while the campaign is a draft: a new token gives a new voter key,
	 * so during voting it would let the voter cast a second ballot for every department. Refused too while any
	 * keypad is registered in the campaign, since a keypad keeps the old voter key and nothing tells which
	 * keypad is the voter's.
	 */
	@Transactional
	public IssuedCredential reissue(long campaignId, long voterId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		// locks the campaign row: opening the campaign waits until this re-issue has committed
		String status = jdbc.sql("select status from evaluation_campaign where id = :campaign for update")
			.param("campaign", campaignId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
		if (!CampaignStatus.DRAFT.name().equals(status)) {
			throw new RefusedActionException("evaluation.voters.reissue.notDraft",
					campaigns.findById(campaignId).map(Campaign::getName).orElse(""));
		}
		Voter voter = named(jdbc.sql(VOTERS + " where v.id = :id and v.campaign_id = :campaign")
			.param("id", voterId)
			.param("campaign", campaignId)
			.query(VoterRoll::voter)
			.list()).stream().findFirst().orElseThrow(() -> new RecordNotFoundException("evaluation-voter", voterId));
		if (voter.issuedAt() == null) {
			throw new RefusedActionException("evaluation.voters.reissue.notIssued", voter.enterpriseName());
		}
		int keypads = jdbc.sql("select count(*) from evaluation_keypad where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Integer.class)
			.single();
		if (keypads > 0) {
			throw new RefusedActionException("evaluation.voters.reissue.keypads", keypads);
		}
		String token = tokens.newToken();
		jdbc.sql("""
				update evaluation_voter set credential_hash = :hash, issued_at = :at, revoked_at = null
				where id = :id""")
			.param("hash", CredentialTokens.digest(token))
			.param("at", OffsetDateTime.now(clock))
			.param("id", voterId)
			.update();
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "credential-reissued",
				"voter " + voterId);
		return new IssuedCredential(voter.id(), voter.enterpriseId(), voter.enterpriseName(),
				voter.representativeName(), token);
	}

	/** The campaign's roll by enterprise name. */
	@Transactional(readOnly = true)
	public List<Voter> voters(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return named(jdbc.sql(VOTERS + " where v.campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(VoterRoll::voter)
			.list());
	}

	/** How many voters hold a credential that is not revoked: the eligible voters of participation rates. */
	@Transactional(readOnly = true)
	public int eligibleVoters(long campaignId) {
		return jdbc.sql("""
				select count(*) from evaluation_voter
				where campaign_id = :campaign and issued_at is not null and revoked_at is null""")
			.param("campaign", campaignId)
			.query(Integer.class)
			.single();
	}

	private static final String VOTERS = """
			select v.id, v.enterprise_id, v.representative_name, v.issued_at, v.revoked_at from evaluation_voter v""";

	/** A voter without the enterprise's name, which the directory supplies. */
	private static Voter voter(ResultSet rs, int row) throws SQLException {
		return new Voter(rs.getLong("id"), rs.getLong("enterprise_id"), null, rs.getString("representative_name"),
				instant(rs, "issued_at"), instant(rs, "revoked_at"));
	}

	private List<Voter> named(List<Voter> voters) {
		Map<Long, String> names = directory.enterpriseNames(voters.stream().map(Voter::enterpriseId).toList());
		return voters.stream()
			.map(voter -> new Voter(voter.id(), voter.enterpriseId(), names.get(voter.enterpriseId()),
					voter.representativeName(), voter.issuedAt(), voter.revokedAt()))
			.sorted(BY_NAME)
			.toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
	}

	private void requireRollOpen(long campaignId) {
		Campaign campaign = campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
		if (campaign.getStatus() != CampaignStatus.DRAFT && campaign.getStatus() != CampaignStatus.OPEN) {
			throw new RefusedActionException("evaluation.voter.rollClosed", campaign.getName());
		}
	}

	private static String representative(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.length() > REPRESENTATIVE_MAX) {
			throw new RejectedFieldException("representativeName", "evaluation.voter.representative.overLimit",
					REPRESENTATIVE_MAX);
		}
		return clean.isEmpty() ? null : clean;
	}

}
