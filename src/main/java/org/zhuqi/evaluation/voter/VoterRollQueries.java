package org.zhuqi.evaluation.voter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseContact;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.shared.Viewer;

/**
 * The voter roll as the service centre reads it: counts by credential state, and one page of voters found by
 * enterprise name, credit code or representative. Enterprise names and codes come from the directory (the roll
 * keeps only the enterprise's id), so a page is cut from the whole roll in memory: a campaign has a few
 * thousand voters at most ({@link VoterRoll#ENROL_MAX} per enrolment).
 */
@Component
class VoterRollQueries {

	private static final Comparator<RollEntry> BY_NAME = Comparator
		.comparing(RollEntry::enterpriseName, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(RollEntry::id);

	private final JdbcClient jdbc;

	private final Directory directory;

	VoterRollQueries(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** Where a voter's credential stands. */
	enum CredentialState {

		/** Enrolled, no credential issued yet. */
		WAITING,

		/** Holds a credential that is not revoked: an eligible voter. */
		ISSUED,

		/** The credential (or the right to one) was revoked. */
		REVOKED

	}

	/** What the roll page filters by: text in enterprise name, credit code or representative; a state. */
	record RollFilter(String q, CredentialState state) {

		public boolean isEmpty() {
			return (q == null || q.isBlank()) && state == null;
		}

	}

	/** One voter on the roll page. */
	record RollEntry(long id, long enterpriseId, String enterpriseName, String uscc, String representativeName,
			Instant issuedAt, Instant revokedAt) {

		public CredentialState state() {
			if (revokedAt != null) {
				return CredentialState.REVOKED;
			}
			return issuedAt == null ? CredentialState.WAITING : CredentialState.ISSUED;
		}

	}

	/** How many voters are enrolled, hold a credential, wait for one, or are revoked. */
	record RollCounts(int enrolled, int issued, int waiting, int revoked) {
	}

	@Transactional(readOnly = true)
	RollCounts counts(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return jdbc.sql("""
				select count(*) as enrolled,
				    count(*) filter (where issued_at is not null and revoked_at is null) as issued,
				    count(*) filter (where issued_at is null and revoked_at is null) as waiting,
				    count(*) filter (where revoked_at is not null) as revoked
				from evaluation_voter where campaign_id = :campaign""")
			.param("campaign", campaignId)
			.query((rs, row) -> new RollCounts(rs.getInt("enrolled"), rs.getInt("issued"), rs.getInt("waiting"),
					rs.getInt("revoked")))
			.single();
	}

	/** One page of the roll in order of enterprise name. */
	@Transactional(readOnly = true)
	Page<RollEntry> search(long campaignId, RollFilter filter, Pageable pageable, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		List<RollEntry> voters = jdbc.sql("""
				select id, enterprise_id, representative_name, issued_at, revoked_at
				from evaluation_voter where campaign_id = :campaign""")
			.param("campaign", campaignId)
			.query((rs, row) -> new RollEntry(rs.getLong("id"), rs.getLong("enterprise_id"), null, null,
					rs.getString("representative_name"), instant(rs.getObject("issued_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
		Map<Long, EnterpriseContact> enterprises = directory
			.enterpriseContacts(voters.stream().map(RollEntry::enterpriseId).toList());
		List<RollEntry> matching = voters.stream()
			.map(voter -> {
				EnterpriseContact enterprise = enterprises.get(voter.enterpriseId());
				return new RollEntry(voter.id(), voter.enterpriseId(), enterprise == null ? null : enterprise.name(),
						enterprise == null ? null : enterprise.uscc(), voter.representativeName(), voter.issuedAt(),
						voter.revokedAt());
			})
			.filter(matches(filter))
			.sorted(BY_NAME)
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	/** The enterprises on the campaign's roll. */
	@Transactional(readOnly = true)
	Set<Long> enrolledEnterprises(long campaignId) {
		return new HashSet<>(jdbc.sql("select enterprise_id from evaluation_voter where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Long.class)
			.list());
	}

	private static Predicate<RollEntry> matches(RollFilter filter) {
		String text = filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
		return voter -> (filter.state() == null || voter.state() == filter.state())
				&& (text.isEmpty() || contains(voter.enterpriseName(), text) || contains(voter.representativeName(), text)
						|| (voter.uscc() != null && voter.uscc().toLowerCase(Locale.ROOT).startsWith(text)));
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
	}

}
