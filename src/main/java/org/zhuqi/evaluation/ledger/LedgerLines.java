package org.zhuqi.evaluation.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.zhuqi.evaluation.scoring.Scale;

/**
 * The canonical line format of ledger entries, version {@value #FORMAT}. A line is UTF-8 text of fields joined
 * by {@code |}, no line break; no field can contain {@code |}. An {@code OPEN} line has {@value #OPEN_FIELDS}
 * fields, a {@code BALLOT} line {@value #BALLOT_FIELDS}; the first four and the last two are common to both:
 *
 * <pre>
 * ZQ1|campaign|seq|OPEN|scale|trim|weights|live|online|at|previous
 * ZQ1|campaign|seq|BALLOT|department|channel|scores|comment|at|previous
 * </pre>
 *
 * <ul>
 * <li>{@code campaign}, {@code seq}, {@code department}: decimal integers without leading zeros; the OPEN entry
 * has seq 0, ballots follow from 1 without gaps.</li>
 * <li>{@code scale}: {@code TEN_POINT} or {@code FIVE_LEVEL}; {@code trim}: the trim percentage with exactly two
 * decimals ({@code 5.00}); {@code weights}: each dimension's weight in percent with exactly two decimals, in
 * dimension order, joined by {@code ,}.</li>
 * <li>{@code live}: the live group's department ids in presentation order; {@code online}: the online group's
 * ids in ascending order; each joined by {@code ,}, or {@code -} for an empty group.</li>
 * <li>{@code channel}: {@code PHONE}, {@code KEYPAD} or {@code ONLINE}; {@code scores}: the whole-number
 * score per dimension in dimension order joined by {@code ,}; {@code comment}: the lower-case hex SHA-256 of
 * the comment's UTF-8 bytes, or {@code -} without a comment.</li>
 * <li>{@code at}: when the entry was recorded, UTC, {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (always three digits of
 * milliseconds).</li>
 * <li>{@code previous}: the previous entry's hash; for entry 0, 64 zeros ({@link #GENESIS}).</li>
 * </ul>
 * An entry's hash is the lower-case hex SHA-256 of its line's UTF-8 bytes.
 */
public final class LedgerLines {

	public static final String FORMAT = "ZQ1";

	public static final int OPEN_FIELDS = 11;

	public static final int BALLOT_FIELDS = 10;

	public static final String OPEN = "OPEN";

	public static final String BALLOT = "BALLOT";

	/** The "previous hash" of entry 0. */
	public static final String GENESIS = "0".repeat(64);

	static final String SEPARATOR = "|";

	static final String LIST = ",";

	static final String NONE = "-";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern CHANNEL = Pattern.compile("[A-Z]+");

	private LedgerLines() {
	}

	/**
	 * The rules a campaign opened with, as entry 0 records them.
	 * @param live the live group in presentation order
	 * @param online the online group, in any order (the line sorts it)
	 */
	public record Opening(Scale scale, BigDecimal trimPercent, List<BigDecimal> weights, List<Long> live,
			List<Long> online) {
	}

	/**
	 * One ballot's content without its voter.
	 * @param channel how it was cast ({@code PHONE}, {@code KEYPAD}, {@code ONLINE})
	 * @param scores one whole-number score per dimension, in dimension order
	 * @param comment the comment as stored, or {@code null}
	 */
	public record BallotContent(long departmentId, String channel, List<Integer> scores, String comment) {
	}

	/** Entry 0 of a campaign's ledger. */
	public static String opening(long campaignId, Opening opening, Instant at) {
		return join(campaignId, 0, OPEN, opening.scale().name(), decimal(opening.trimPercent()),
				opening.weights().stream().map(LedgerLines::decimal).collect(Collectors.joining(LIST)),
				ids(opening.live()), ids(opening.online().stream().sorted().toList()), timestamp(at), GENESIS);
	}

	/** A ballot entry following the entry whose hash is {@code previous}. */
	public static String ballot(long campaignId, long seq, BallotContent ballot, Instant at, String previous) {
		if (seq < 1) {
			throw new IllegalArgumentException("ballot entries start at 1, not " + seq);
		}
		if (!CHANNEL.matcher(ballot.channel()).matches()) {
			throw new IllegalArgumentException("not a channel: " + ballot.channel());
		}
		return join(campaignId, seq, BALLOT, Long.toString(ballot.departmentId()), ballot.channel(),
				ballot.scores().stream().map(String::valueOf).collect(Collectors.joining(LIST)),
				ballot.comment() == null ? NONE : sha256(ballot.comment()), timestamp(at), requireHash(previous));
	}

	/** The hash of a line: lower-case hex SHA-256 of its UTF-8 bytes. */
	public static String hash(String line) {
		return sha256(line);
	}

	/** The ledger's time format; instants are cut to milliseconds. */
	public static String timestamp(Instant at) {
		return TIMESTAMP.format(at);
	}

	/** How many fields a line of the kind has, or -1 for an unknown kind. */
	public static int fieldsOf(String kind) {
		if (OPEN.equals(kind)) {
			return OPEN_FIELDS;
		}
		return BALLOT.equals(kind) ? BALLOT_FIELDS : -1;
	}

	static boolean isHash(String text) {
		return text != null && HASH.matcher(text).matches();
	}

	private static String requireHash(String hash) {
		if (!isHash(hash)) {
			throw new IllegalArgumentException("not a hash: " + hash);
		}
		return hash;
	}

	private static String join(long campaignId, long seq, String kind, String... rest) {
		StringBuilder line = new StringBuilder(FORMAT).append(SEPARATOR)
			.append(campaignId)
			.append(SEPARATOR)
			.append(seq)
			.append(SEPARATOR)
			.append(kind);
		for (String field : rest) {
			line.append(SEPARATOR).append(field);
		}
		return line.toString();
	}

	private static String decimal(BigDecimal value) {
		return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	private static String ids(List<Long> ids) {
		return ids.isEmpty() ? NONE : ids.stream().map(String::valueOf).collect(Collectors.joining(LIST));
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
