/**
 * The ballot ledger (投票账本): a hash chain per campaign. Entry 0 records the rules the campaign opened with
 * (scale, trim, weights, departments); every accepted ballot appends one entry with its content but no voter
 * identity. Each entry's line ends with the hash of the previous entry and is itself hashed, so altering,
 * removing or inserting an entry breaks the chain from that point. The canonical line format
 * ({@link org.zhuqi.evaluation.ledger.LedgerLines}) is written down in {@code docs/evaluation.md} for the
 * stand-alone verifier; {@link org.zhuqi.evaluation.ledger.LedgerChain} checks a chain in plain Java.
 */
package org.zhuqi.evaluation.ledger;
