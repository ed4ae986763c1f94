package org.zhuqi.evaluation.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotOutcome;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.voter.VoterCredentials.Check;
import org.zhuqi.evaluation.voter.VoterCredentials;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Hardware keypads (表决器) at the live session. Before the meeting the service centre registers each keypad
 * by scanning the credential of the voter it is handed to; what is stored is the keypad's id and the credential's
 * voter key, never the voter (see {@code docs/evaluation.md}). A voter has one keypad: registering another one
 * with the same credential replaces it. During the session the vendor's receiver bridge forwards presses in
 * batches; each press is cast as that voter's ballot, so a voter's keypad and phone ballots share the voter key
 * and the ballots' unique constraint keeps only the first. A press resent by the bridge is answered as accepted
 * again: its idempotency key is derived from keypad, department and score.
 * <p>
 * A credential revoked after its keypad was registered still votes through the keypad until the keypad is
 * removed: nothing links the two (by design), so remove the keypad when revoking.
 */
@Service
public class Keypads {

	public static final int KEYPAD_MAX = 32;

	public static final int BATCH_MAX = 5_000;

	private static final Pattern KEYPAD = Pattern.compile("[A-Za-z0-9_-]{1," + KEYPAD_MAX + "}");

	/** The credential in a scanned QR code: the whole voter link, or the token alone. */
	private static final Pattern SCANNED_TOKEN = Pattern.compile("(?:^|/)([A-Za-z0-9_-]{24})/?(?:[?#].*)?$");

	private final JdbcClient jdbc;

	private final LiveSessions sessions;

	private final Campaigns campaigns;

	private final VoterCredentials credentials;

	private final BallotBox box;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Keypads(JdbcClient jdbc, LiveSessions sessions, Campaigns campaigns, VoterCredentials credentials, BallotBox box,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.campaigns = campaigns;
		this.credentials = credentials;
		this.box = box;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A registered keypad, without its voter. */
	public record Keypad(String keypad, Instant registeredAt, String registeredBy) {
	}

	/**
	 * Registers a keypad to the voter whose credential was scanned (a draft or open campaign's).
	 * @param scanned the voter's link or credential as the scanner typed it
	 * @return the keypad this one replaced for the same voter, if any
	 */
	@Transactional
	public Optional<String> register(long campaignId, String keypad, String scanned, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = campaign(campaignId);
		if (campaign.getStatus() != CampaignStatus.DRAFT && campaign.getStatus() != CampaignStatus.OPEN) {
			throw new RefusedActionException("evaluation.voter.rollClosed", campaign.getName());
		}
		String id = keypad == null ? "" : keypad.strip();
		if (!KEYPAD.matcher(id).matches()) {
			throw new RejectedFieldException("keypad", "evaluation.keypad.id.invalid", KEYPAD_MAX);
		}
		Matcher token = SCANNED_TOKEN.matcher(scanned == null ? "" : scanned.strip());
		if (!token.find()) {
			throw new RejectedFieldException("credential", "evaluation.keypad.credential.unknown");
		}
		Check check = credentials.check(campaignId, token.group(1));
		switch (check.standing()) {
			case UNKNOWN:
				throw new RejectedFieldException("credential", "evaluation.keypad.credential.unknown");
			case REVOKED:
				throw new RejectedFieldException("credential", "evaluation.keypad.credential.revoked");
			default:
				break;
		}
		Optional<String> replaced = jdbc
			.sql("select keypad from evaluation_keypad where campaign_id = :campaign and voter_key = :voter")
			.param("campaign", campaignId)
			.param("voter", check.voterKey())
			.query(String.class)
			.optional();
		jdbc.sql("delete from evaluation_keypad where campaign_id = :campaign and (voter_key = :voter or keypad = :keypad)")
			.param("campaign", campaignId)
			.param("voter", check.voterKey())
			.param("keypad", id)
			.update();
		jdbc.sql("""
				insert into evaluation_keypad (campaign_id, keypad, voter_key, registered_by, registered_at)
				values (:campaign, :keypad, :voter, :by, :at)""")
			.param("campaign", campaignId)
			.param("keypad", id)
			.param("voter", check.voterKey())
			.param("by", viewer.username())
			.param("at", OffsetDateTime.now(clock))
			.update();
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "keypad-registered",
				"keypad " + id + replaced.filter(old -> !old.equals(id)).map(old -> ", replaces " + old).orElse(""));
		return replaced.filter(old -> !old.equals(id));
	}

	/** Takes a keypad out of the campaign (lost, broken, or its voter's credential revoked). */
	@Transactional
	public void remove(long campaignId, String keypad, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		int removed = jdbc.sql("delete from evaluation_keypad where campaign_id = :campaign and keypad = :keypad")
			.param("campaign", campaignId)
			.param("keypad", keypad)
			.update();
		if (removed == 0) {
			throw new RecordNotFoundException("evaluation-keypad", keypad);
		}
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "keypad-removed", "keypad " + keypad);
	}

	/** The campaign's keypads whose id starts with {@code prefix} (blank: all), by id, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Keypad> list(long campaignId, String prefix, int limit, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		String start = prefix == null ? "" : prefix.strip();
		return jdbc.sql("""
				select keypad, registered_at, registered_by from evaluation_keypad
				where campaign_id = :campaign and keypad like :prefix
				order by keypad limit :limit""")
			.param("campaign", campaignId)
			.param("prefix", LikePatterns.startsWith(start))
			.param("limit", limit)
			.query((rs, row) -> new Keypad(rs.getString(1),
					rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toInstant(),
					rs.getString(3)))
			.list();
	}

	@Transactional(readOnly = true)
	public int count(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return jdbc.sql("select count(*) from evaluation_keypad where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Casts a batch of presses forwarded by the receiver bridge, each on its own (one refused press does not
	 * hold up the others), and answers each in order. Not one transaction: every accepted press is durable when
	 * it is answered.
	 */
	public List<PressResult> press(long sessionId, List<KeypadPress> presses, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		if (presses == null || presses.isEmpty()) {
			throw new RejectedFieldException("presses", "evaluation.keypad.batch.empty");
		}
		if (presses.size() > BATCH_MAX) {
			throw new RejectedFieldException("presses", "evaluation.keypad.batch.tooLarge", BATCH_MAX);
		}
		LiveSession session = sessions.findById(sessionId)
			.orElseThrow(() -> new RecordNotFoundException("evaluation-live-session", sessionId));
		long campaignId = session.getCampaignId();
		int dimensions = campaign(campaignId).rubric().dimensions().size();
		Map<String, String> voterKeys = voterKeys(campaignId, presses);
		Locale locale = LocaleContextHolder.getLocale();
		List<PressResult> results = new ArrayList<>(presses.size());
		for (KeypadPress press : presses) {
			String voterKey = press == null ? null : voterKeys.get(press.keypad());
			if (voterKey == null) {
				results.add(new PressResult(press == null ? null : press.keypad(), press == null ? null : press.department(),
						PressResult.UNKNOWN_KEYPAD, messages.getMessage("evaluation.keypad.unknown", null, locale)));
				continue;
			}
			results.add(cast(campaignId, dimensions, press, voterKey, locale));
		}
		return results;
	}

	private PressResult cast(long campaignId, int dimensions, KeypadPress press, String voterKey, Locale locale) {
		if (press.department() == null || press.score() == null) {
			return new PressResult(press.keypad(), press.department(), PressResult.INVALID,
					messages.getMessage("evaluation.keypad.press.incomplete", null, locale));
		}
		BallotRequest ballot = new BallotRequest(campaignId, press.department(), null,
				BallotRequest.uniform(press.score(), dimensions), null, Channel.KEYPAD,
				idempotencyKey(campaignId, press));
		try {
			BallotOutcome outcome = box.castRegistered(ballot, voterKey);
			return new PressResult(press.keypad(), press.department(), outcome.verdict().name(),
					messages.getMessage(outcome.verdict().messageCode(), null, locale));
		}
		catch (RejectedFieldException ex) {
			return new PressResult(press.keypad(), press.department(), PressResult.INVALID,
					messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale));
		}
	}

	/** The voter keys of the batch's registered keypads, looked up at once. */
	private Map<String, String> voterKeys(long campaignId, List<KeypadPress> presses) {
		Set<String> ids = new LinkedHashSet<>();
		presses.stream().filter(press -> press != null && press.keypad() != null).forEach(press -> ids.add(press.keypad()));
		Map<String, String> keys = new HashMap<>();
		if (ids.isEmpty()) {
			return keys;
		}
		jdbc.sql("select keypad, voter_key from evaluation_keypad where campaign_id = :campaign and keypad in (:ids)")
			.param("campaign", campaignId)
			.param("ids", List.copyOf(ids))
			.query(rs -> {
				keys.put(rs.getString(1), rs.getString(2));
			});
		return keys;
	}

	/** The same for the same press resent: keypad, department and score (a voter presses once per department). */
	static String idempotencyKey(long campaignId, KeypadPress press) {
		String content = campaignId + "|" + press.keypad() + "|" + press.department() + "|" + press.score();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return "kp-" + HexFormat.of().formatHex(digest, 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private Campaign campaign(long campaignId) {
		return campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
	}

}
