import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stand-alone verifier of a Zhuqi (助企) evaluation campaign: checks the exported ballot ledger (a hash chain,
 * line format ZQ1) and recomputes every department's weighted score, trimmed score and ranks from it; given the
 * results file, compares them with it and with the ledger head it names. Java 17, only the JDK, one file:
 *
 * <pre>
 * java tools/VerifyLedger.java ledger-7.jsonl [results-7.csv]
 * </pre>
 *
 * Exit codes: 0 chain intact (and, with a results file, every figure and the head equal); 1 the ledger is broken
 * (the first broken entry is printed); 2 the results file does not match (every difference is printed); 3 the
 * files cannot be read or the results file is not one. The rules are those of docs/evaluation.md (Scores,
 * Ranking and ties, Ledger, Ledger export and verifier); the application computes them with
 * org.zhuqi.evaluation.scoring and a test holds this program to the same figures.
 */
public class VerifyLedger {

	static final int OK = 0;

	static final int BROKEN = 1;

	static final int MISMATCH = 2;

	static final int UNUSABLE = 3;

	static final String FORMAT = "ZQ1";

	static final String GENESIS = "0".repeat(64);

	static final String RESULTS_FORMAT = "#zhuqi-results,ZQ1";

	static final String[] COLUMNS = { "department", "group", "ballots", "weighted_score", "trimmed_score",
			"group_rank", "overall_rank" };

	static final BigDecimal HUNDRED = new BigDecimal("100");

	static final int SCORE_SCALE = 4;

	static final Pattern ID = Pattern.compile("[1-9][0-9]*");

	static final Pattern SEQ = Pattern.compile("0|[1-9][0-9]*");

	static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	static final Pattern PERCENT = Pattern.compile("(0|[1-9][0-9]*)\\.[0-9]{2}");

	static final Pattern IDS = Pattern.compile("-|[1-9][0-9]*(,[1-9][0-9]*)*");

	static final Pattern CHANNEL = Pattern.compile("[A-Z]+");

	static final Pattern SCORES = Pattern.compile("(0|[1-9][0-9]*)(,(0|[1-9][0-9]*))*");

	static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");

	static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/** Runs the verifier and returns its exit code (a test may call this instead of main). */
	static int run(String[] args, PrintStream out) {
		if (args.length < 1 || args.length > 2) {
			out.println("usage: java tools/VerifyLedger.java <ledger.jsonl> [results.csv]");
			return UNUSABLE;
		}
		try {
			PublishedResults published = args.length == 2 ? PublishedResults.read(Path.of(args[1])) : null;
			Path ledgerFile = Path.of(args[0]);
			Chain chain = new Chain(published == null ? Long.MAX_VALUE : published.headSeq);
			Break broken = chain.read(ledgerFile);
			if (broken != null) {
				out.println("BROKEN at seq " + broken.seq + " (line " + broken.fileLine + " of " + ledgerFile.getFileName()
						+ "): " + broken.kind + ": " + broken.detail);
				return BROKEN;
			}
			Figures figures = new Figures(chain);
			report(chain, figures, ledgerFile, out);
			if (published == null) {
				out.println("OK");
				return OK;
			}
			List<String> differences = published.compare(chain, figures);
			if (!differences.isEmpty()) {
				for (String difference : differences) {
					out.println("MISMATCH " + difference);
				}
				out.println("RESULTS DO NOT MATCH: " + differences.size() + " difference(s) with "
						+ Path.of(args[1]).getFileName());
				return MISMATCH;
			}
			out.println("Results " + Path.of(args[1]).getFileName() + ": campaign " + published.campaign
					+ ", head seq " + published.headSeq + ", " + published.rows.size()
					+ " departments: every score, rank and the head are equal");
			out.println("OK");
			return OK;
		}
		catch (Unusable ex) {
			out.println("ERROR: " + ex.getMessage());
			return UNUSABLE;
		}
		catch (IOException ex) {
			out.println("ERROR: cannot read " + ex.getMessage());
			return UNUSABLE;
		}
	}

	private static void report(Chain chain, Figures figures, Path ledgerFile, PrintStream out) {
		out.println("Ledger " + ledgerFile.getFileName() + ": campaign " + chain.campaign + ", " + chain.entries
				+ " entries (seq 0.." + (chain.entries - 1) + "), chain intact");
		out.println("Head: seq " + chain.countedSeq + " hash " + chain.countedHash
				+ (chain.entries - 1 > chain.countedSeq ? " (the results' head; " + (chain.entries - 1 - chain.countedSeq)
						+ " later entries not counted, last seq " + (chain.entries - 1) + " hash " + chain.lastHash + ")"
						: ""));
		out.println("Rules: " + chain.scale + ", trim " + chain.trim.toPlainString() + " %, weights "
				+ String.join(",", chain.weights.stream().map(BigDecimal::toPlainString).toList()));
		out.println("Ballots: " + chain.ballots + " in " + chain.departments.size() + " departments (live "
				+ chain.live.size() + ", online " + chain.online.size() + ")");
		out.println("Ranking (all departments, best first; equal scores share a rank):");
		out.println(String.format("%9s  %10s  %-6s  %8s  %7s  %8s  %8s", "overall", "department", "group", "in-group",
				"ballots", "weighted", "trimmed"));
		for (Tally tally : figures.overall) {
			out.println(String.format("%9s  %10d  %-6s  %8s  %7d  %8s  %8s", text(tally.overallRank), tally.department,
					tally.group, text(tally.groupRank), tally.ballots, text(tally.mean), text(tally.trimmed)));
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "-";
		}
		return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static String shortHash(String hash) {
		return hash.length() > 16 ? hash.substring(0, 16) + "..." : hash;
	}

	/** The files cannot be read as what they should be. */
	static final class Unusable extends Exception {

		Unusable(String message) {
			super(message);
		}

	}

	/** The first broken entry: where, what kind of break, and why. */
	static final class Break {

		final long seq;

		final int fileLine;

		final String kind;

		final String detail;

		Break(long seq, int fileLine, String kind, String detail) {
			this.seq = seq;
			this.fileLine = fileLine;
			this.kind = kind;
			this.detail = detail;
		}

	}

	/**
	 * Reads the ledger entry by entry, checks each (format, sequence, link, hash, content) and keeps the rules of
	 * entry 0 and the ballot scores of entries 1 to {@code countUpTo}.
	 */
	static final class Chain {

		final long countUpTo;

		String campaign;

		String scale;

		int lowest;

		int highest;

		BigDecimal trim;

		List<BigDecimal> weights;

		final List<Long> live = new ArrayList<>();

		final List<Long> online = new ArrayList<>();

		/** Ballot scores by department, live group in order of reports then online group in ascending id. */
		final Map<Long, List<BigDecimal>> departments = new LinkedHashMap<>();

		int entries;

		int ballots;

		String lastHash = GENESIS;

		long countedSeq = -1;

		String countedHash;

		Chain(long countUpTo) {
			this.countUpTo = countUpTo;
		}

		Break read(Path file) throws IOException {
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				int fileLine = 0;
				String text;
				while ((text = reader.readLine()) != null) {
					fileLine++;
					if (fileLine == 1 && text.startsWith("\uFEFF")) {
						text = text.substring(1);
					}
					if (text.isBlank()) {
						continue;
					}
					Break broken = entry(text, fileLine);
					if (broken != null) {
						return broken;
					}
				}
				if (entries == 0) {
					return new Break(0, fileLine, "MALFORMED", "the ledger has no entries");
				}
				return null;
			}
		}

		private Break entry(String text, int fileLine) {
			int position = entries;
			Map<String, Object> json;
			try {
				json = Json.object(text);
			}
			catch (IllegalArgumentException ex) {
				return new Break(position, fileLine, "MALFORMED", "not a JSON object: " + ex.getMessage());
			}
			if (!(json.get("seq") instanceof Long) || !(json.get("hash") instanceof String)
					|| !(json.get("line") instanceof String)) {
				return new Break(position, fileLine, "MALFORMED",
						"expected an object with \"seq\" (integer), \"hash\" and \"line\" (strings)");
			}
			long exportedSeq = (Long) json.get("seq");
			String hash = (String) json.get("hash");
			String line = (String) json.get("line");
			String[] fields = line.split("\\|", -1);
			String kind = fields.length > 3 ? fields[3] : "";
			int expectedFields = "OPEN".equals(kind) ? 11 : "BALLOT".equals(kind) ? 10 : -1;
			if (fields.length != expectedFields || !FORMAT.equals(fields[0]) || !ID.matcher(fields[1]).matches()
					|| !SEQ.matcher(fields[2]).matches()) {
				return new Break(position, fileLine, "MALFORMED", "not a " + FORMAT + " OPEN or BALLOT line: " + line);
			}
			if ((position == 0) != "OPEN".equals(kind)) {
				return new Break(position, fileLine, "MALFORMED",
						position == 0 ? "the ledger must start with the OPEN entry" : "an OPEN entry after entry 0");
			}
			if (campaign != null && !campaign.equals(fields[1])) {
				return new Break(position, fileLine, "OTHER_CAMPAIGN",
						"names campaign " + fields[1] + ", entry 0 campaign " + campaign);
			}
			long stated = Long.parseLong(fields[2]);
			if (stated > position) {
				return new Break(position, fileLine, "REMOVED", "expected seq " + position + ", found seq " + stated + ": "
						+ (stated - position) + " entr" + (stated - position == 1 ? "y was" : "ies were")
						+ " removed before it");
			}
			if (stated < position) {
				return new Break(position, fileLine, "INSERTED", "expected seq " + position + ", found seq " + stated
						+ ", which an entry before it already holds: an entry was inserted before it");
			}
			if (exportedSeq != stated) {
				return new Break(position, fileLine, "MALFORMED",
						"the export's seq " + exportedSeq + " differs from the line's seq " + stated);
			}
			String previous = fields[fields.length - 1];
			if (!previous.equals(lastHash)) {
				return new Break(position, fileLine, "BAD_LINK", "names previous hash " + shortHash(previous)
						+ " but entry " + (position - 1) + " hashes to " + shortHash(lastHash) + ": entry " + (position - 1)
						+ " was altered and its hash recomputed, or replaced");
			}
			String computed = sha256(line);
			if (!computed.equals(hash)) {
				return new Break(position, fileLine, "ALTERED", "the line hashes to " + shortHash(computed)
						+ ", not to its recorded hash " + shortHash(hash) + ": this entry was altered");
			}
			String invalid = position == 0 ? opening(fields) : ballot(fields, position);
			if (invalid != null) {
				return new Break(position, fileLine, "INVALID", invalid);
			}
			entries++;
			lastHash = hash;
			if (position <= countUpTo) {
				countedSeq = position;
				countedHash = hash;
			}
			return null;
		}

		/** Takes the rules from entry 0; a description of the first bad field, or {@code null}. */
		private String opening(String[] fields) {
			campaign = fields[1];
			scale = fields[4];
			if ("TEN_POINT".equals(scale)) {
				highest = 10;
			}
			else if ("FIVE_LEVEL".equals(scale)) {
				highest = 5;
			}
			else {
				return "unknown scale " + scale;
			}
			lowest = 1;
			if (!PERCENT.matcher(fields[5]).matches() || new BigDecimal(fields[5]).compareTo(new BigDecimal("50")) >= 0) {
				return "trim percentage " + fields[5] + " is not 0.00 to below 50.00";
			}
			trim = new BigDecimal(fields[5]);
			weights = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (String weight : fields[6].split(",", -1)) {
				if (!PERCENT.matcher(weight).matches() || new BigDecimal(weight).signum() <= 0) {
					return "weight " + weight + " is not a positive percentage with two decimals";
				}
				weights.add(new BigDecimal(weight));
				total = total.add(new BigDecimal(weight));
			}
			if (total.compareTo(HUNDRED) != 0) {
				return "the weights sum to " + total.toPlainString() + ", not 100";
			}
			if (!IDS.matcher(fields[7]).matches() || !IDS.matcher(fields[8]).matches()) {
				return "the department groups are not lists of ids";
			}
			Set<Long> seen = new HashSet<>();
			for (int group = 7; group <= 8; group++) {
				if ("-".equals(fields[group])) {
					continue;
				}
				for (String id : fields[group].split(",")) {
					long department = Long.parseLong(id);
					if (!seen.add(department)) {
						return "department " + department + " is rated twice";
					}
					(group == 7 ? live : online).add(department);
				}
			}
			live.forEach(department -> departments.put(department, new ArrayList<>()));
			online.forEach(department -> departments.put(department, new ArrayList<>()));
			if (departments.isEmpty()) {
				return "no department is rated";
			}
			return TIMESTAMP.matcher(fields[9]).matches() ? null : "time " + fields[9] + " is not yyyy-MM-ddTHH:mm:ss.SSSZ";
		}

		/** Counts a ballot (up to the results' head); a description of the first bad field, or {@code null}. */
		private String ballot(String[] fields, long seq) {
			long department = ID.matcher(fields[4]).matches() ? Long.parseLong(fields[4]) : -1;
			List<BigDecimal> scores = departments.get(department);
			if (scores == null) {
				return "department " + fields[4] + " is not rated in the campaign";
			}
			if (!CHANNEL.matcher(fields[5]).matches()) {
				return "channel " + fields[5] + " is not a channel";
			}
			if (!SCORES.matcher(fields[6]).matches()) {
				return "scores " + fields[6] + " are not whole numbers";
			}
			String[] given = fields[6].split(",");
			if (given.length != weights.size()) {
				return given.length + " scores for " + weights.size() + " dimensions";
			}
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < given.length; i++) {
				if (given[i].length() > 2 || Integer.parseInt(given[i]) < lowest || Integer.parseInt(given[i]) > highest) {
					return "score " + given[i] + " is off the scale " + lowest + "-" + highest;
				}
				sum = sum.add(weights.get(i).multiply(BigDecimal.valueOf(Integer.parseInt(given[i]))));
			}
			if (!"-".equals(fields[7]) && !HASH.matcher(fields[7]).matches()) {
				return "comment " + fields[7] + " is neither - nor a SHA-256";
			}
			if (!TIMESTAMP.matcher(fields[8]).matches()) {
				return "time " + fields[8] + " is not yyyy-MM-ddTHH:mm:ss.SSSZ";
			}
			if (seq <= countUpTo) {
				// the ballot score: Σ(weight × score) / 100, exact with four decimals
				scores.add(sum.movePointLeft(2).setScale(SCORE_SCALE, RoundingMode.UNNECESSARY));
				ballots++;
			}
			return null;
		}

	}

	/** One department's count, means and ranks. */
	static final class Tally {

		final long department;

		final String group;

		final int ballots;

		final BigDecimal mean;

		final BigDecimal trimmed;

		Integer groupRank;

		Integer overallRank;

		Tally(long department, String group, List<BigDecimal> scores, BigDecimal trim) {
			this.department = department;
			this.group = group;
			this.ballots = scores.size();
			if (ballots == 0) {
				mean = null;
				trimmed = null;
				return;
			}
			List<BigDecimal> sorted = new ArrayList<>(scores);
			sorted.sort(null);
			// k = floor(n × trim / 100) ballots dropped from each end
			int dropped = BigDecimal.valueOf(ballots).multiply(trim).divide(HUNDRED, 0, RoundingMode.FLOOR).intValueExact();
			mean = mean(sorted);
			trimmed = dropped == 0 ? mean : mean(sorted.subList(dropped, ballots - dropped));
		}

		/** The exact sum divided by the count, rounded once to four decimals half up. */
		private static BigDecimal mean(List<BigDecimal> scores) {
			BigDecimal sum = BigDecimal.ZERO;
			for (BigDecimal score : scores) {
				sum = sum.add(score);
			}
			return sum.divide(BigDecimal.valueOf(scores.size()), SCORE_SCALE, RoundingMode.HALF_UP);
		}

	}

	/** The recomputed figures: every department's tally, ranked in its group and overall. */
	static final class Figures {

		final Map<Long, Tally> tallies = new LinkedHashMap<>();

		final List<Tally> overall;

		Figures(Chain chain) {
			List<Tally> liveGroup = new ArrayList<>();
			List<Tally> onlineGroup = new ArrayList<>();
			for (Map.Entry<Long, List<BigDecimal>> department : chain.departments.entrySet()) {
				boolean isLive = chain.live.contains(department.getKey());
				Tally tally = new Tally(department.getKey(), isLive ? "LIVE" : "ONLINE", department.getValue(), chain.trim);
				tallies.put(tally.department, tally);
				(isLive ? liveGroup : onlineGroup).add(tally);
			}
			rank(liveGroup, true);
			rank(onlineGroup, true);
			overall = rank(new ArrayList<>(tallies.values()), false);
		}

		/**
		 * Ranks by trimmed score, higher first; equal scores share a rank and the next is skipped (1, 2, 2, 4);
		 * ties keep the given order (the sort is stable); departments without ballots get no rank and come last.
		 */
		private static List<Tally> rank(List<Tally> units, boolean inGroup) {
			List<Tally> scored = new ArrayList<>();
			List<Tally> unscored = new ArrayList<>();
			for (Tally unit : units) {
				(unit.trimmed == null ? unscored : scored).add(unit);
			}
			scored.sort(Comparator.comparing((Tally unit) -> unit.trimmed).reversed());
			Integer previousRank = null;
			for (int i = 0; i < scored.size(); i++) {
				boolean tied = i > 0 && scored.get(i - 1).trimmed.compareTo(scored.get(i).trimmed) == 0;
				Integer rank = tied ? previousRank : Integer.valueOf(i + 1);
				if (inGroup) {
					scored.get(i).groupRank = rank;
				}
				else {
					scored.get(i).overallRank = rank;
				}
				previousRank = rank;
			}
			List<Tally> ranked = new ArrayList<>(scored);
			ranked.addAll(unscored);
			return ranked;
		}

	}

	/** A results file: its campaign, the head it was computed on and one row per department. */
	static final class PublishedResults {

		String campaign;

		long headSeq = -1;

		String headHash;

		final Map<Long, String[]> rows = new LinkedHashMap<>();

		static PublishedResults read(Path file) throws IOException, Unusable {
			PublishedResults results = new PublishedResults();
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			boolean columns = false;
			boolean format = false;
			for (int number = 1; number <= lines.size(); number++) {
				String line = lines.get(number - 1);
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank()) {
					continue;
				}
				String where = file.getFileName() + " line " + number;
				if (line.startsWith("#")) {
					String[] fields = line.split(",", -1);
					if (RESULTS_FORMAT.equals(line)) {
						format = true;
					}
					else if ("#campaign".equals(fields[0]) && fields.length == 2 && ID.matcher(fields[1]).matches()) {
						results.campaign = fields[1];
					}
					else if ("#head".equals(fields[0]) && fields.length == 3 && SEQ.matcher(fields[1]).matches()
							&& HASH.matcher(fields[2]).matches()) {
						results.headSeq = Long.parseLong(fields[1]);
						results.headHash = fields[2];
					}
					continue;
				}
				String[] fields = line.split(",", COLUMNS.length + 1);
				if (!columns) {
					for (int i = 0; i < COLUMNS.length; i++) {
						if (fields.length <= i || !COLUMNS[i].equals(fields[i])) {
							throw new Unusable(where + ": expected the columns " + String.join(",", COLUMNS));
						}
					}
					columns = true;
					continue;
				}
				if (fields.length < COLUMNS.length || !ID.matcher(fields[0]).matches()) {
					throw new Unusable(where + ": not a department row");
				}
				for (int i = 3; i < COLUMNS.length; i++) {
					if (!fields[i].isEmpty() && !DECIMAL.matcher(fields[i]).matches()) {
						throw new Unusable(where + ": " + COLUMNS[i] + " " + fields[i] + " is not a number");
					}
				}
				if (results.rows.put(Long.parseLong(fields[0]), fields) != null) {
					throw new Unusable(where + ": department " + fields[0] + " is listed twice");
				}
			}
			if (!format || results.campaign == null || results.headHash == null || !columns) {
				throw new Unusable(file.getFileName() + " is not a results file: it needs the lines " + RESULTS_FORMAT
						+ ", #campaign,<id>, #head,<seq>,<hash> and the column line");
			}
			return results;
		}

		/** Every difference between this file and the figures recomputed from the ledger. */
		List<String> compare(Chain chain, Figures figures) {
			List<String> differences = new ArrayList<>();
			if (!campaign.equals(chain.campaign)) {
				differences.add("campaign: results " + campaign + ", ledger " + chain.campaign);
			}
			if (chain.countedSeq < headSeq) {
				differences.add("head: the results were computed on seq " + headSeq + " but the ledger ends at seq "
						+ chain.countedSeq + ": entries are missing from its end");
			}
			else if (!chain.countedHash.equals(headHash)) {
				differences.add("head: the results name entry " + headSeq + " with hash " + headHash + " but it hashes to "
						+ chain.countedHash);
			}
			for (Tally tally : figures.overall) {
				String[] row = rows.get(tally.department);
				String department = "department " + tally.department;
				if (row == null) {
					differences.add(department + ": missing from the results");
					continue;
				}
				compare(differences, department, "group", row[1], tally.group);
				compare(differences, department, "ballots", row[2], Integer.toString(tally.ballots));
				compare(differences, department, "weighted_score", row[3], tally.mean);
				compare(differences, department, "trimmed_score", row[4], tally.trimmed);
				compare(differences, department, "group_rank", row[5], tally.groupRank);
				compare(differences, department, "overall_rank", row[6], tally.overallRank);
			}
			for (Long department : rows.keySet()) {
				if (!figures.tallies.containsKey(department)) {
					differences.add("department " + department + ": in the results but not rated in the ledger");
				}
			}
			return differences;
		}

		private static void compare(List<String> differences, String department, String column, String published,
				Object recomputed) {
			boolean equal;
			if (recomputed == null) {
				equal = published.isEmpty();
			}
			else if (recomputed instanceof BigDecimal || recomputed instanceof Integer) {
				equal = !published.isEmpty() && new BigDecimal(published).compareTo(new BigDecimal(recomputed.toString())) == 0;
			}
			else {
				equal = published.equals(recomputed);
			}
			if (!equal) {
				differences.add(department + " " + column + ": results " + (published.isEmpty() ? "(empty)" : published)
						+ ", ledger gives " + text(recomputed));
			}
		}

	}

	/** Just enough JSON for one flat object per line: string, number, true, false and null members. */
	static final class Json {

		private final String text;

		private int at;

		private Json(String text) {
			this.text = text;
		}

		static Map<String, Object> object(String text) {
			Json json = new Json(text);
			Map<String, Object> members = new HashMap<>();
			json.space();
			json.expect('{');
			json.space();
			if (json.peek() == '}') {
				json.at++;
			}
			else {
				while (true) {
					json.space();
					json.expect('"');
					String name = json.string();
					json.space();
					json.expect(':');
					json.space();
					if (members.containsKey(name)) {
						throw new IllegalArgumentException("member \"" + name + "\" twice");
					}
					members.put(name, json.value());
					json.space();
					char next = json.next();
					if (next == '}') {
						break;
					}
					if (next != ',') {
						throw new IllegalArgumentException("expected , or } at " + json.at);
					}
				}
			}
			json.space();
			if (json.at != text.length()) {
				throw new IllegalArgumentException("text after the object at " + json.at);
			}
			return members;
		}

		private Object value() {
			char first = peek();
			if (first == '"') {
				at++;
				return string();
			}
			if (first == '-' || (first >= '0' && first <= '9')) {
				int start = at;
				while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
					at++;
				}
				String number = text.substring(start, at);
				if (number.matches("-?(0|[1-9][0-9]{0,17})")) {
					return Long.valueOf(number);
				}
				if (number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
					return new BigDecimal(number);
				}
				throw new IllegalArgumentException("not a number: " + number);
			}
			for (String literal : new String[] { "true", "false", "null" }) {
				if (text.startsWith(literal, at)) {
					at += literal.length();
					return literal.equals("null") ? null : Boolean.valueOf(literal);
				}
			}
			throw new IllegalArgumentException("unexpected value at " + at);
		}

		/** The rest of a string whose opening quote was read. */
		private String string() {
			StringBuilder value = new StringBuilder();
			while (true) {
				char c = next();
				if (c == '"') {
					return value.toString();
				}
				if (c < 0x20) {
					throw new IllegalArgumentException("control character in a string at " + at);
				}
				if (c != '\\') {
					value.append(c);
					continue;
				}
				char escaped = next();
				switch (escaped) {
					case '"':
					case '\\':
					case '/':
						value.append(escaped);
						break;
					case 'b':
						value.append('\b');
						break;
					case 'f':
						value.append('\f');
						break;
					case 'n':
						value.append('\n');
						break;
					case 'r':
						value.append('\r');
						break;
					case 't':
						value.append('\t');
						break;
					case 'u':
						if (at + 4 > text.length()) {
							throw new IllegalArgumentException("short \\u escape");
						}
						try {
							value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
						}
						catch (NumberFormatException ex) {
							throw new IllegalArgumentException("bad \\u escape at " + at);
						}
						at += 4;
						break;
					default:
						throw new IllegalArgumentException("bad escape \\" + escaped);
				}
			}
		}

		private void space() {
			while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
		}

		private char peek() {
			if (at >= text.length()) {
				throw new IllegalArgumentException("unexpected end");
			}
			return text.charAt(at);
		}

		private char next() {
			char c = peek();
			at++;
			return c;
		}

		private void expect(char expected) {
			if (next() != expected) {
				throw new IllegalArgumentException("expected " + expected + " at " + (at - 1));
			}
		}

	}

}
