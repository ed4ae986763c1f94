package org.zhuqi.evaluation.campaign;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.shared.Viewer;

/**
 * The campaigns for the service centre's list, newest first. A district runs two or so a year, so the list is
 * not paged.
 */
@Component
class CampaignQueries {

	private final JdbcClient jdbc;

	CampaignQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<CampaignRow> all(Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return jdbc.sql("""
				select c.id, c.name, c.period_label, c.status, c.opens_at, c.closes_at, c.version,
				    (select count(*) from evaluation_campaign_department d
				        where d.campaign_id = c.id and d.group_kind = 'LIVE') as live_departments,
				    (select count(*) from evaluation_campaign_department d
				        where d.campaign_id = c.id and d.group_kind = 'ONLINE') as online_departments,
				    (select count(*) from evaluation_voter v where v.campaign_id = c.id) as voters,
				    (select count(*) from evaluation_ballot b where b.campaign_id = c.id) as ballots
				from evaluation_campaign c
				order by c.opens_at desc, c.id desc""")
			.query((rs, row) -> new CampaignRow(rs.getLong("id"), rs.getString("name"), rs.getString("period_label"),
					CampaignStatus.valueOf(rs.getString("status")),
					rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
					rs.getObject("closes_at", OffsetDateTime.class).toInstant(), rs.getInt("live_departments"),
					rs.getInt("online_departments"), rs.getInt("voters"), rs.getInt("ballots"), rs.getInt("version")))
			.list();
	}

}
