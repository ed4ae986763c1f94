/**
 * The ballot box (投票箱): accepts one ballot per voter per department of an open campaign, idempotently, and
 * appends each accepted ballot to the campaign's ledger in the same transaction. The database's unique
 * constraint on (campaign, department, voter key) is what guarantees one ballot per voter; the box answers
 * every refusal with a {@link org.zhuqi.evaluation.ballot.BallotVerdict verdict} that has its own message.
 */
package org.zhuqi.evaluation.ballot;
