/**
 * What anyone needs to check a campaign's figures without trusting the server: the ballot ledger exported as
 * JSON lines ({@code GET /api/v1/campaigns/{id}/ledger}) and the results file
 * ({@code GET /api/v1/campaigns/{id}/results.csv}) naming the ledger head it was computed on. The stand-alone
 * verifier {@code tools/VerifyLedger.java} checks the first against the chain rules and recomputes the second.
 * Neither file carries any voter identity. Formats, access and exit codes: {@code docs/evaluation.md},
 * "Ledger export and verifier".
 */
package org.zhuqi.evaluation.verification;
