package org.zhuqi.demand.meeting;

/**
 * A problem (诉求) someone wants on a meeting's agenda, as the agenda rule needs to see it: only a key problem
 * (重点问题) may be discussed in a coordination meeting.
 */
record AgendaProblem(long demandId, String title, boolean keyProblem) {
}
