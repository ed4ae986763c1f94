package org.zhuqi.evaluation.online;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotOutcome;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.campaign.VotingState;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * A rater's online rating of a campaign's ONLINE group: which departments are not rated, have a saved draft or are
 * submitted; one department's form; saving a draft; submitting through the {@link BallotBox} (channel
 * {@link Channel#ONLINE}, under the rater's voter key), after which the draft is deleted. The ballot box owns its
 * transaction, so the draft is deleted right after an accepted outcome; the delete is idempotent, and a draft left
 * behind by a crash is never shown again because a submitted department shows no form.
 * <p>
 * Nothing here reads or shows a stored ballot's scores: a submitted department shows only that it is submitted
 * (showing the voter's own scores again would let someone standing by, or paying for the vote, see how the voter
 * voted: a coercion risk).
 */
@Service
class OnlineRating {

	private static final String DEPARTMENT = "department";

	private final Campaigns campaigns;

	private final Directory directory;

	private final Drafts drafts;

	private final BallotBox box;

	private final JdbcClient jdbc;

	private final Clock clock;

	OnlineRating(Campaigns campaigns, Directory directory, Drafts drafts, BallotBox box, JdbcClient jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.directory = directory;
		this.drafts = drafts;
		this.box = box;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Where a department stands for the rater. */
	enum Progress {

		NOT_RATED, DRAFT, SUBMITTED;

		public String messageCode() {
			return "evaluation.online.progress." + name();
		}

	}

	/** The campaign as the rating pages show it, times in the district's zone. */
	record CampaignInfo(long id, String name, String periodLabel, ZonedDateTime opensAt, ZonedDateTime closesAt,
			VotingState state, int onlineDepartments) {

		public boolean open() {
			return state == VotingState.OPEN;
		}

	}

	/** One ONLINE department with its progress. */
	record DepartmentRating(long departmentId, String name, Progress progress) {
	}

	/** The rater's list: the departments in the group's order and how many are submitted. */
	record Overview(CampaignInfo campaign, List<DepartmentRating> departments) {

		public long submitted() {
			return departments.stream().filter(d -> d.progress() == Progress.SUBMITTED).count();
		}

	}

	/** One rubric dimension as the form shows it. */
	record DimensionView(int index, String name, String weight) {
	}

	/** One department's form: the dimensions, the scale and what is entered (an empty entry once submitted). */
	record Sheet(CampaignInfo campaign, long departmentId, String departmentName, Progress progress,
			List<DimensionView> dimensions, int lowest, int highest, RatingEntry entry) {
	}

	CampaignInfo info(long campaignId) {
		return info(campaign(campaignId));
	}

	Overview overview(long campaignId, String voterKey) {
		Campaign campaign = campaign(campaignId);
		List<Long> online = campaign.onlineDepartmentIds();
		Map<Long, String> names = directory.departmentNames(online);
		Set<Long> submitted = submitted(campaignId, online, voterKey);
		Set<Long> drafted = drafts.departments(campaignId, voterKey);
		List<DepartmentRating> rows = online.stream()
			.map(id -> new DepartmentRating(id, names.getOrDefault(id, "#" + id),
					submitted.contains(id) ? Progress.SUBMITTED
							: drafted.contains(id) ? Progress.DRAFT : Progress.NOT_RATED))
			.toList();
		return new Overview(info(campaign), rows);
	}

	Sheet sheet(long campaignId, long departmentId, String voterKey, Locale locale) {
		Campaign campaign = campaign(campaignId);
		online(campaign, departmentId);
		Rubric rubric = campaign.rubric();
		Progress progress;
		RatingEntry entry;
		if (!submitted(campaignId, List.of(departmentId), voterKey).isEmpty()) {
			progress = Progress.SUBMITTED;
			entry = RatingEntry.empty(rubric.size());
		}
		else {
			Optional<RatingEntry> draft = drafts.find(campaignId, departmentId, voterKey, rubric.size());
			progress = draft.isPresent() ? Progress.DRAFT : Progress.NOT_RATED;
			entry = draft.orElse(RatingEntry.empty(rubric.size()));
		}
		return sheetOf(campaign, departmentId, progress, entry, locale);
	}

	/** The form again with what the rater entered, after a refusal. */
	Sheet sheetWith(long campaignId, long departmentId, Progress progress, List<Integer> scores, String comment,
			Locale locale) {
		Campaign campaign = campaign(campaignId);
		int size = campaign.rubric().size();
		List<Integer> kept = new ArrayList<>(Collections.nCopies(size, (Integer) null));
		for (int i = 0; scores != null && i < Math.min(size, scores.size()); i++) {
			kept.set(i, scores.get(i));
		}
		String text = comment == null ? null : comment.strip();
		return sheetOf(campaign, departmentId, progress, new RatingEntry(kept, text), locale);
	}

	/**
	 * Keeps a partial rating as the rater's draft. Refused while the window is not open (the message says so) and
	 * once the department is submitted.
	 */
	void saveDraft(long campaignId, long departmentId, String voterKey, List<Integer> scores, String comment,
			Locale locale) {
		Campaign campaign = campaign(campaignId);
		online(campaign, departmentId);
		RatingEntry entry = RatingEntry.draft(campaign.rubric(), names(campaign.rubric(), locale), scores, comment);
		VotingState state = campaign.votingAt(clock.instant());
		if (state != VotingState.OPEN) {
			throw new RefusedActionException(state == VotingState.NOT_YET_OPEN ? BallotVerdict.NOT_YET_OPEN.messageCode()
					: BallotVerdict.CLOSED.messageCode());
		}
		if (!submitted(campaignId, List.of(departmentId), voterKey).isEmpty()) {
			throw new RefusedActionException(BallotVerdict.ALREADY_VOTED.messageCode());
		}
		drafts.save(campaignId, departmentId, voterKey, entry, clock.instant());
	}

	/**
	 * Submits a complete rating as the rater's ballot for the department. Content errors are field errors and
	 * store nothing; otherwise the ballot box's verdict. An accepted ballot's draft is deleted.
	 * @param idempotencyKey the client's key for retries, or {@code null} for the page's own (one per rater and
	 * department, so a double click or a resent form is answered like the first)
	 */
	BallotVerdict submit(long campaignId, long departmentId, String voterKey, List<Integer> scores, String comment,
			String idempotencyKey, Locale locale) {
		Campaign campaign = campaign(campaignId);
		online(campaign, departmentId);
		RatingEntry entry = RatingEntry.submission(campaign.rubric(), names(campaign.rubric(), locale), scores,
				comment);
		String key = idempotencyKey == null ? pageKey(voterKey, departmentId) : idempotencyKey;
		BallotOutcome outcome = box.castRegistered(new BallotRequest(campaignId, departmentId, null, entry.scores(),
				entry.comment(), Channel.ONLINE, key), voterKey);
		if (outcome.accepted()) {
			drafts.delete(campaignId, departmentId, voterKey);
		}
		return outcome.verdict();
	}

	/** Refuses invalid content as field errors, before anything else is looked at (the API's first check). */
	void checkSubmission(long campaignId, long departmentId, List<Integer> scores, String comment, Locale locale) {
		Campaign campaign = campaign(campaignId);
		online(campaign, departmentId);
		RatingEntry.submission(campaign.rubric(), names(campaign.rubric(), locale), scores, comment);
	}

	/** For the pages: a department outside the campaign's ONLINE group has no rating form (404). */
	void requireOnlineOrNotFound(long campaignId, long departmentId) {
		boolean online = campaign(campaignId).department(departmentId)
			.filter(rated -> rated.groupKind() == DepartmentGroup.ONLINE)
			.isPresent();
		if (!online) {
			throw new RecordNotFoundException(DEPARTMENT, departmentId);
		}
	}

	private static void online(Campaign campaign, long departmentId) {
		Optional<CampaignDepartment> rated = campaign.department(departmentId);
		if (rated.isEmpty()) {
			throw new RejectedFieldException("department", BallotVerdict.NOT_RATED.messageCode());
		}
		if (rated.get().groupKind() != DepartmentGroup.ONLINE) {
			throw new RejectedFieldException("department", "evaluation.online.department.notOnline");
		}
	}

	private Sheet sheetOf(Campaign campaign, long departmentId, Progress progress, RatingEntry entry, Locale locale) {
		Rubric rubric = campaign.rubric();
		List<String> names = names(rubric, locale);
		List<DimensionView> dimensions = new ArrayList<>();
		for (int i = 0; i < rubric.size(); i++) {
			dimensions.add(new DimensionView(i, names.get(i), rubric.dimensions().get(i).weight().stripTrailingZeros().toPlainString()));
		}
		String name = directory.departmentNames(List.of(departmentId)).getOrDefault(departmentId, "#" + departmentId);
		return new Sheet(info(campaign), departmentId, name, progress, dimensions, rubric.scale().lowest(),
				rubric.scale().highest(), entry);
	}

	private Set<Long> submitted(long campaignId, List<Long> departments, String voterKey) {
		if (departments.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("""
				select department_id from evaluation_ballot
				where campaign_id = :campaign and department_id in (:departments) and voter_key = :voter""")
			.param("campaign", campaignId)
			.param("departments", departments)
			.param("voter", voterKey)
			.query(Long.class)
			.set();
	}

	private Campaign campaign(long campaignId) {
		return campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
	}

	private CampaignInfo info(Campaign campaign) {
		return new CampaignInfo(campaign.getId(), campaign.getName(), campaign.getPeriodLabel(),
				campaign.getOpensAt().atZone(clock.getZone()), campaign.getClosesAt().atZone(clock.getZone()),
				campaign.votingAt(clock.instant()), campaign.onlineDepartmentIds().size());
	}

	/** The dimensions' names in the rater's language. */
	static List<String> names(Rubric rubric, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return rubric.dimensions().stream().map(english ? Dimension::nameEn : Dimension::nameZh).toList();
	}

	/** The page's idempotency key for a rater and department: {@code on-} and 40 hex of a SHA-256. */
	static String pageKey(String voterKey, long departmentId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((voterKey + "|" + departmentId).getBytes(StandardCharsets.UTF_8));
			return "on-" + HexFormat.of().formatHex(digest).substring(0, 40);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
