package org.zhuqi.policy.payout;

import java.util.List;

/**
 * The one way payments leave the ledger and their results come back. The shipped implementation,
 * {@link FileGateway}, is the way many districts pay: a bank batch file the treasury uploads to the bank, and the
 * bank's result file uploaded back. An online bank interface would be another implementation of the same two
 * steps; the ledger's rules (one live payment per grant, results applied once) do not depend on it.
 */
public interface PaymentGateway {

	/**
	 * Submits a batch of payments (all PENDING in the ledger). Submitting the same batch again gives the same
	 * file, so a lost download can be fetched again.
	 */
	BankFile submit(long batchId, List<BatchLine> lines);

	/** Reads the bank's result of payments; lines that cannot be read are reported in the result, never thrown. */
	BankResults read(byte[] resultFile);

}
