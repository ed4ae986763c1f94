package org.zhuqi.evaluation.question;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions the host sees on the console for the department reporting now: those sent in before the
 * session and not hidden by the service centre, oldest first. Callers check that the viewer is the centre.
 */
@Component
public class HostQuestions {

	private final JdbcClient jdbc;

	HostQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The visible questions of the department; empty when there is no current department. */
	public List<String> visible(long campaignId, Long departmentId) {
		if (departmentId == null) {
			return List.of();
		}
		return jdbc.sql("""
				select body from evaluation_question
				where campaign_id = :campaign and department_id = :department and hidden_at is null
				order by id""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.query(String.class)
			.list();
	}

}
