package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.policy.catalogue.Figure;

/**
 * The figures enterprises declare (申报数据, table {@code enterprise_figure}): the latest value of each figure per
 * enterprise, which eligibility rules compare and percentage amounts are computed from. The one writer of the
 * table: 政策体检's form and applications both call {@link #declare}; every change is audited.
 */
@Service
public class DeclaredFigures {

	/** The subject type of the audit history of an enterprise's declared figures (subject id: the enterprise). */
	public static final String AUDIT_SUBJECT = "enterprise-figure";

	/** Digits before the decimal point at most (column numeric(18, 2)). */
	public static final int MAX_DIGITS = 16;

	/** Ids per statement at most. */
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	DeclaredFigures(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** One declared figure with who declared it and when. */
	public record Declared(Figure figure, BigDecimal value, String declaredBy, OffsetDateTime declaredAt) {
	}

	/**
	 * Records the enterprise's latest value of a figure (replacing the previous one) with an audit entry, in the
	 * caller's transaction. Declaring the same value again changes nothing.
	 *
	 * @param value yuan with at most two decimals, or a whole number of people for a count figure; never
	 * negative
	 * @param by the login name of who declared it
	 * @throws IllegalArgumentException for a negative value, more than two decimals, or a fraction of a count
	 */
	@Transactional
	public void declare(long enterpriseId, Figure figure, BigDecimal value, String by) {
		BigDecimal fen = normalise(figure, value);
		Optional<BigDecimal> previous = of(enterpriseId, figure);
		if (previous.isPresent() && previous.get().compareTo(fen) == 0) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update enterprise_figure set figure_value = :value, declared_by = :by, declared_at = :now
				where enterprise_id = :enterprise and figure = :figure""")
			.param("value", fen)
			.param("by", by)
			.param("now", now)
			.param("enterprise", enterpriseId)
			.param("figure", figure.name())
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("""
						insert into enterprise_figure (enterprise_id, figure, figure_value, declared_by, declared_at)
						values (:enterprise, :figure, :value, :by, :now)""")
					.param("enterprise", enterpriseId)
					.param("figure", figure.name())
					.param("value", fen)
					.param("by", by)
					.param("now", now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException(
						"figure " + figure + " of enterprise " + enterpriseId + " declared concurrently", ex);
			}
		}
		audit.record(by, AUDIT_SUBJECT, enterpriseId, "declared", figure.name() + " = " + fen.toPlainString()
				+ previous.map(p -> " (was " + p.toPlainString() + ")").orElse(""));
	}

	/** Declares several figures of one enterprise at once (see {@link #declare}), in one transaction. */
	@Transactional
	public void declareAll(long enterpriseId, Map<Figure, BigDecimal> values, String by) {
		values.forEach((figure, value) -> declare(enterpriseId, figure, value, by));
	}

	/** The enterprise's declared value of the figure, if declared. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> of(long enterpriseId, Figure figure) {
		return jdbc.sql("select figure_value from enterprise_figure where enterprise_id = :enterprise and figure = :figure")
			.param("enterprise", enterpriseId)
			.param("figure", figure.name())
			.query(BigDecimal.class)
			.optional();
	}

	/** Every figure the enterprise declared, with who and when, in the order of {@link Figure}. */
	@Transactional(readOnly = true)
	public List<Declared> declared(long enterpriseId) {
		return jdbc.sql("""
				select figure, figure_value, declared_by, declared_at from enterprise_figure
				where enterprise_id = :enterprise""")
			.param("enterprise", enterpriseId)
			.query((rs, row) -> new Declared(Figure.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list()
			.stream()
			.sorted(Comparator.comparing(Declared::figure))
			.toList();
	}

	/** The declared figures of one enterprise. */
	@Transactional(readOnly = true)
	public Map<Figure, BigDecimal> figuresOf(long enterpriseId) {
		return figuresOf(List.of(enterpriseId)).getOrDefault(enterpriseId, Map.of());
	}

	/** The declared figures of the given enterprises, by enterprise id (enterprises without any are left out). */
	@Transactional(readOnly = true)
	public Map<Long, Map<Figure, BigDecimal>> figuresOf(Collection<Long> enterpriseIds) {
		Map<Long, Map<Figure, BigDecimal>> figures = new HashMap<>();
		List<Long> ids = enterpriseIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("select enterprise_id, figure, figure_value from enterprise_figure where enterprise_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(rs -> {
					figures.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Figure.class))
						.put(Figure.valueOf(rs.getString(2)), rs.getBigDecimal(3));
				});
		}
		return figures;
	}

	/** The value as stored: scale 2; refuses negatives, more than two decimals and fractions of a count. */
	static BigDecimal normalise(Figure figure, BigDecimal value) {
		if (value == null || value.signum() < 0) {
			throw new IllegalArgumentException("a declared figure is never negative: " + value);
		}
		if (figure.isCount() && value.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException(figure + " is a whole number: " + value);
		}
		if (value.precision() - value.scale() > MAX_DIGITS) {
			throw new IllegalArgumentException("a declared figure has at most " + MAX_DIGITS + " digits: " + value);
		}
		try {
			return value.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("a declared figure has at most two decimals: " + value, ex);
		}
	}

}
