package org.zhuqi.evaluation.ballot;

/**
 * Published after a new ballot has been committed (not for a retry answered with an earlier receipt), so that
 * the live session's screens can count it. Carries no voter and no score.
 */
public record BallotCast(long campaignId, long departmentId) {
}
