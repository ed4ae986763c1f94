package org.zhuqi.evaluation.ledger;

import java.util.Arrays;
import java.util.List;

/**
 * One entry of a campaign's ledger as stored and exported: its position, its canonical line (see
 * {@link LedgerLines}) and the hash recorded for it.
 *
 * @param seq the position in the campaign's chain, from 0
 * @param line the canonical line
 * @param hash the hash recorded for the line (equal to {@code LedgerLines.hash(line)} unless tampered with)
 */
public record LedgerEntry(long seq, String line, String hash) {

	/** An entry whose hash is computed from its line. */
	public static LedgerEntry of(long seq, String line) {
		return new LedgerEntry(seq, line, LedgerLines.hash(line));
	}

	/** The line's fields (as many as the line has, even if malformed). */
	public List<String> fields() {
		return Arrays.asList(line.split("\\|", -1));
	}

	/** The previous entry's hash as the line states it (its last field). */
	public String previousHash() {
		List<String> fields = fields();
		return fields.get(fields.size() - 1);
	}

	public String kind() {
		List<String> fields = fields();
		return fields.size() > 3 ? fields.get(3) : "";
	}

}
