/**
 * 千家企业评部门: enterprises grade the district's departments. The service centre sets up an evaluation
 * campaign (a rubric of weighted dimensions on a 1–10 or five-level scale, the departments split into a live
 * group that reports in turn at the meeting and an online group rated by QR code, a rating window), enrols
 * enterprise representatives as voters with personal credentials, and the ballot box accepts one ballot per
 * voter per department. Every accepted ballot is appended to a hash-chained ledger, and the results
 * (weighted and trimmed scores, participation, rankings) are recomputed from the ballots. The live session
 * walks through the live group department by department, with voters scoring on their phones or keypads while
 * a big screen shows the ballots coming in and, after each round, the score and the running ranking.
 * <p>
 * Anonymity: a ballot carries only a keyed hash of the voter's credential (for one-ballot-per-voter), never
 * the voter or enterprise; see {@code docs/evaluation.md} for the threat model and the ledger format.
 * <p>
 * Uses {@link org.zhuqi.directory.Directory} for departments and enterprises. Other modules use only the event
 * {@link org.zhuqi.evaluation.RectificationRequested}: a low ballot or a comment of a department's results
 * turned into a rectification item (整改事项), which the problems module files for the department.
 */
package org.zhuqi.evaluation;
