/**
 * The results of a campaign, recomputed from its ballots: per department the ballots, mean, trimmed mean
 * (its score), participation and its rank in its group and overall. {@link org.zhuqi.evaluation.result.Scoreboard}
 * is the plain-Java computation; {@link org.zhuqi.evaluation.result.Results} loads the data for it.
 */
package org.zhuqi.evaluation.result;
