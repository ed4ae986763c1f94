package org.zhuqi.demand.meeting;

/**
 * District-wide figures of coordination meetings held in a period, for the statistics.
 *
 * @param meetings meetings held
 * @param keyProblemsDiscussed distinct key problems on the agenda of at least one of those meetings
 * @param actionItems action items those meetings decided
 * @param actionItemsDone of which done
 * @param actionItemsOverdue of which not done and due before today in the district
 */
public record MeetingSummary(long meetings, long keyProblemsDiscussed, long actionItems, long actionItemsDone,
		long actionItemsOverdue) {
}
