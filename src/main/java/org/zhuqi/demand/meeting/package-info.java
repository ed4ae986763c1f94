/**
 * Key problems (重点问题) and coordination meetings (专题协调会): the service centre convenes a meeting of
 * departments on escalated problems, records the minutes (会议纪要), and turns its decisions into action items
 * (督办事项) whose owner departments report progress and mark them done. Internal to the {@code demand}
 * module: the problem page shows a problem's meetings through
 * {@link org.zhuqi.demand.meeting.MeetingQueries#forDemand(long)} and the fragment
 * {@code demand/meeting/for-demand :: meetings(meetings)}, or lazily through
 * {@code demand/meeting/for-demand :: lazy(demandId)}.
 */
package org.zhuqi.demand.meeting;
