package org.zhuqi.evaluation.ledger;

/**
 * The end of a campaign's chain, as locked by {@link Ledger#lock(long)}: the last entry's seq and hash. The
 * next entry has seq {@code seq + 1} and names {@code hash} as its previous hash.
 */
public record LedgerHead(long campaignId, long seq, String hash) {

	public long nextSeq() {
		return seq + 1;
	}

}
