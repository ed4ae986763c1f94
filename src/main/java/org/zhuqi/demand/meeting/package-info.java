/**
 * Key problems (重点问题) and coordination meetings (专题协调会): the service centre convenes a meeting of
 * departments on escalated problems, records the minutes, and turns its decisions into action items
 * (督办事项) that each owner department marks done. Internal to the {@code demand} module: the problem pages
 * use {@link org.zhuqi.demand.meeting.MeetingQueries#forDemand(long)} and the fragment
 * {@code meeting/fragments :: forDemand(meetings)}.
 */
package org.zhuqi.demand.meeting;
