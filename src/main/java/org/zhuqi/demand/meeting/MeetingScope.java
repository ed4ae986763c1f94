package org.zhuqi.demand.meeting;

import java.util.HashMap;
import java.util.Map;

import org.zhuqi.shared.Viewer;

/**
 * What a viewer may see of meetings, as SQL conditions the queries put in their {@code where} clause, so that
 * the scope is visible where data is read. The centre sees everything. A department sees the meetings it
 * convenes, attends or owns action items in, and those whose agenda holds a problem it leads or co-handles. A
 * liaison cadre or an enterprise sees the meetings that discussed its own problems, and of them only the
 * agenda items and action items about those problems.
 *
 * @param meetings the meetings the viewer may see, over a meeting aliased {@code m}
 * @param params the named parameters of the conditions
 */
record MeetingScope(String meetings, Map<String, Object> params) {

	private static final String ALL = "1 = 1";

	static MeetingScope of(Viewer viewer) {
		Map<String, Object> params = new HashMap<>();
		params.put("viewerDepartment", viewer.departmentId());
		params.put("viewerCadre", viewer.cadreId());
		params.put("viewerEnterprise", viewer.enterpriseId());
		String meetings = switch (viewer.role()) {
			case ADMIN -> ALL;
			case DEPARTMENT -> "(m.convener_department_id = :viewerDepartment"
					+ " or exists (select 1 from meeting_department vmd where vmd.meeting_id = m.id"
					+ " and vmd.department_id = :viewerDepartment)"
					+ " or exists (select 1 from action_item vai where vai.meeting_id = m.id"
					+ " and vai.owner_department_id = :viewerDepartment)" + " or " + onAgenda(viewer) + ")";
			case CADRE, ENTERPRISE -> onAgenda(viewer);
		};
		return new MeetingScope(meetings, params);
	}

	/** Some problem on the agenda of meeting {@code m} is one the viewer may see. */
	private static String onAgenda(Viewer viewer) {
		return "exists (select 1 from meeting_agenda vag join demand vd on vd.id = vag.demand_id"
				+ " where vag.meeting_id = m.id and " + demands(viewer, "vd") + ")";
	}

	/**
	 * The problems the viewer may see, over a demand aliased {@code alias}: the same rules as the problem
	 * lists (all for the centre, led or co-handled for a department, its own for a cadre or an enterprise).
	 */
	static String demands(Viewer viewer, String alias) {
		return switch (viewer.role()) {
			case ADMIN -> ALL;
			case DEPARTMENT -> "(" + alias + ".lead_department_id = :viewerDepartment or exists (select 1 from"
					+ " demand_co_department vco where vco.demand_id = " + alias + ".id"
					+ " and vco.department_id = :viewerDepartment))";
			case CADRE -> alias + ".cadre_id = :viewerCadre";
			case ENTERPRISE -> alias + ".enterprise_id = :viewerEnterprise";
		};
	}

	/**
	 * The parts of a visible meeting the viewer sees, over a demand aliased {@code alias} that an agenda item
	 * or action item is about (left-joined: {@code null} for an item about the meeting as a whole).
	 */
	static String parts(Viewer viewer, String alias) {
		return MeetingAccess.seesOwnProblemsOnly(viewer) ? "(" + alias + ".id is not null and " + demands(viewer, alias) + ")"
				: ALL;
	}

}
