package org.zhuqi.evaluation.ledger;

import java.util.List;

/**
 * Checks a campaign's ledger from entry 0, in plain Java, the way the stand-alone verifier does. Entry
 * {@code i} is intact when its line is well formed (the fields of its kind, format
 * {@value LedgerLines#FORMAT}, same campaign as entry 0, {@code OPEN} exactly at 0), states seq {@code i},
 * names the previous entry's hash (64 zeros for entry 0) and hashes to the recorded hash. The first entry
 * that fails is reported: an altered line fails its own hash (or, if the hash was recomputed, the next
 * entry's link); a removed or inserted entry shifts the sequence.
 * <p>
 * An intact chain proves nothing about entries cut off its end, nor about a chain rebuilt from scratch: compare
 * {@link Verification#headHash()} and {@link Verification#entries()} with the published head.
 */
public final class LedgerChain {

	private LedgerChain() {
	}

	/** What went wrong at the first broken entry. */
	public enum Break {

		/** Not a line of this format. */
		MALFORMED,

		/** Belongs to a different campaign than entry 0. */
		OTHER_CAMPAIGN,

		/** States a different seq than its position: an entry was removed or inserted before it. */
		OUT_OF_SEQUENCE,

		/** Names a previous hash other than the previous entry's: the previous entry was changed or replaced. */
		WRONG_PREVIOUS,

		/** Its line does not hash to the recorded hash: the entry was changed. */
		WRONG_HASH,

		/**
		 * The chain is intact but does not end at the head recorded (or published) for it: entries were cut off
		 * its end or added after it.
		 */
		HEAD_MISMATCH

	}

	/**
	 * The outcome of a check.
	 * @param entries how many entries were checked (all of them when intact)
	 * @param headHash the hash of the last intact entry ({@link LedgerLines#GENESIS} for an empty ledger)
	 * @param brokenAt the position (expected seq) of the first broken entry, {@code null} when intact
	 * @param problem what is wrong with it, {@code null} when intact
	 */
	public record Verification(int entries, String headHash, Long brokenAt, Break problem) {

		public boolean intact() {
			return brokenAt == null;
		}

	}

	public static Verification verify(List<LedgerEntry> entries) {
		String previous = LedgerLines.GENESIS;
		String campaign = null;
		for (int i = 0; i < entries.size(); i++) {
			LedgerEntry entry = entries.get(i);
			Break problem = check(entry, i, campaign, previous);
			if (problem != null) {
				return new Verification(i, previous, (long) i, problem);
			}
			if (campaign == null) {
				campaign = entry.fields().get(1);
			}
			previous = entry.hash();
		}
		return new Verification(entries.size(), previous, null, null);
	}

	private static Break check(LedgerEntry entry, int position, String campaign, String previous) {
		List<String> fields = entry.fields();
		if (fields.size() < 4 || fields.size() != LedgerLines.fieldsOf(fields.get(3))
				|| !LedgerLines.FORMAT.equals(fields.get(0)) || !fields.get(1).matches("[1-9]\\d*")
				|| (position == 0) != LedgerLines.OPEN.equals(fields.get(3))) {
			return Break.MALFORMED;
		}
		if (campaign != null && !campaign.equals(fields.get(1))) {
			return Break.OTHER_CAMPAIGN;
		}
		if (entry.seq() != position || !Integer.toString(position).equals(fields.get(2))) {
			return Break.OUT_OF_SEQUENCE;
		}
		if (!previous.equals(entry.previousHash())) {
			return Break.WRONG_PREVIOUS;
		}
		if (!LedgerLines.hash(entry.line()).equals(entry.hash())) {
			return Break.WRONG_HASH;
		}
		return null;
	}

}
