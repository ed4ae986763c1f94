package org.zhuqi.evaluation.verification;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.zhuqi.evaluation.ledger.LedgerHead;

/**
 * The results file the verifier compares with (CSV, UTF-8, {@code \n} line ends): three header lines naming the
 * format, the campaign and the ledger head the figures were computed on, the column line, then one row per
 * department in the order given (the overall ranking, best first):
 *
 * <pre>
 * #zhuqi-results,ZQ1
 * #campaign,7
 * #head,5,3073f6746fc9bc69dd90c2fc9ee568a3c56851002155d9ee0297f6a87a4bf3e4
 * department,group,ballots,weighted_score,trimmed_score,group_rank,overall_rank,name
 * 12,LIVE,2,8.5000,8.7500,1,1,"区市场监管局"
 * 9,ONLINE,0,,,,,"区税务局"
 * </pre>
 *
 * {@code weighted_score} is the mean ballot score, {@code trimmed_score} the trimmed mean (the department's
 * score, which ranks it); both with four decimals, empty without ballots, as are the ranks. The name is always
 * quoted. The file does not depend on where the figures come from: give it plain rows and the head.
 */
final class ResultsFile {

	static final String FORMAT_LINE = "#zhuqi-results,ZQ1";

	static final String COLUMNS = "department,group,ballots,weighted_score,trimmed_score,group_rank,overall_rank,name";

	private ResultsFile() {
	}

	/**
	 * One department's figures.
	 * @param group {@code LIVE} or {@code ONLINE}
	 * @param weightedScore the mean ballot score, {@code null} without ballots
	 * @param trimmedScore the trimmed mean, {@code null} without ballots
	 */
	record Row(long departmentId, String group, int ballots, BigDecimal weightedScore, BigDecimal trimmedScore,
			Integer groupRank, Integer overallRank, String name) {
	}

	/** The figures of one campaign and the ledger head they were computed on. */
	record Contents(long campaignId, LedgerHead head, List<Row> rows) {
	}

	static void write(Contents contents, Writer out) throws IOException {
		out.write(FORMAT_LINE + "\n");
		out.write("#campaign," + contents.campaignId() + "\n");
		out.write("#head," + contents.head().seq() + "," + contents.head().hash() + "\n");
		out.write(COLUMNS + "\n");
		for (Row row : contents.rows()) {
			out.write(row.departmentId() + "," + row.group() + "," + row.ballots() + "," + decimal(row.weightedScore())
					+ "," + decimal(row.trimmedScore()) + "," + number(row.groupRank()) + "," + number(row.overallRank())
					+ "," + quoted(row.name()) + "\n");
		}
	}

	private static String decimal(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String number(Integer value) {
		return value == null ? "" : value.toString();
	}

	/** RFC 4180 quoting; a line break in a name would split the row, so it becomes a space. */
	private static String quoted(String text) {
		String clean = text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
		return "\"" + clean.replace("\"", "\"\"") + "\"";
	}

}
