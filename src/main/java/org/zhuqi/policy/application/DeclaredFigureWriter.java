package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.policy.catalogue.Figure;

/**
 * Keeps the figures a submitted application declares as the enterprise's latest declared figures (table
 * {@code enterprise_figure}), for eligibility rules: update, else insert (portable on H2 and PostgreSQL).
 * To be unified with the rule part's {@code DeclaredFigures}.
 */
@Component
class DeclaredFigureWriter {

	private final JdbcClient jdbc;

	DeclaredFigureWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(long enterpriseId, Map<Figure, BigDecimal> figures, String declaredBy, OffsetDateTime at) {
		figures.forEach((figure, value) -> {
			if (update(enterpriseId, figure, value, declaredBy, at) == 0) {
				try {
					jdbc.sql("""
							insert into enterprise_figure (enterprise_id, figure, figure_value, declared_by, declared_at)
							values (:enterprise, :figure, :value, :by, :at)""")
						.param("enterprise", enterpriseId)
						.param("figure", figure.name())
						.param("value", value)
						.param("by", declaredBy)
						.param("at", at)
						.update();
				}
				catch (DuplicateKeyException ex) {
					update(enterpriseId, figure, value, declaredBy, at);
				}
			}
		});
	}

	private int update(long enterpriseId, Figure figure, BigDecimal value, String declaredBy, OffsetDateTime at) {
		return jdbc.sql("""
				update enterprise_figure set figure_value = :value, declared_by = :by, declared_at = :at
				where enterprise_id = :enterprise and figure = :figure""")
			.param("enterprise", enterpriseId)
			.param("figure", figure.name())
			.param("value", value)
			.param("by", declaredBy)
			.param("at", at)
			.update();
	}

}
