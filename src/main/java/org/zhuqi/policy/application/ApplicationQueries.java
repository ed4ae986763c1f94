package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.policy.catalogue.AmountRule;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.policy.grant.Grant;
import org.zhuqi.policy.grant.Grants;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Reads applications for a viewer, scoped in the WHERE clause as {@link ApplicationAccess} says: the
 * enterprise's own list, the review queue of a department or the centre, one application with its timeline,
 * and counts per policy for the policy page and the figures.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationQueries {

	/** The subject type of an application in the audit history and the not-found kind. */
	public static final String KIND = "policy-application";

	private static final String ROW = """
			select a.id, a.policy_id, p.title as policy_title, p.department_id, d.name as department_name,
			       a.enterprise_id, e.name as enterprise_name, a.status, a.approved_amount, a.submitted_at, a.updated_at
			from policy_application a join policy p on p.id = a.policy_id join enterprise e on e.id = a.enterprise_id
			     join department d on d.id = p.department_id""";

	private final JdbcClient jdbc;

	private final PolicyLookup policies;

	private final Grants grants;

	ApplicationQueries(JdbcClient jdbc, PolicyLookup policies, Grants grants) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.grants = grants;
	}

	/** The applications the viewer may see that match the filter, newest first. */
	public Page<ApplicationRow> search(ApplicationFilter filter, Viewer viewer, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where ").append(scope(viewer));
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (e.name ilike :q or p.title ilike :q)");
		}
		if (filter.status() != null) {
			where.append(" and a.status = :status");
		}
		if (filter.policy() != null) {
			where.append(" and a.policy_id = :policy");
		}
		long total = bind(jdbc.sql("select count(*) from policy_application a join policy p on p.id = a.policy_id"
				+ " join enterprise e on e.id = a.enterprise_id" + where), filter, viewer).query(Long.class).single();
		List<ApplicationRow> rows = bind(jdbc.sql(ROW + where
				+ " order by coalesce(a.submitted_at, a.created_at) desc, a.id desc limit :limit offset :offset"), filter,
				viewer)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ApplicationRow.class)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** One application as the viewer may see it, with its timeline; empty when it may not. */
	public Optional<ApplicationDetail> find(long id, Viewer viewer) {
		Optional<StoredApplication> stored = stored(id).filter(a -> ApplicationAccess.canRead(viewer, a));
		return stored.map(a -> detail(a, viewer));
	}

	/** The one active application (not rejected or withdrawn) of an enterprise under a policy, if any. */
	public Optional<ApplicationRow> active(long policyId, long enterpriseId) {
		return jdbc.sql(ROW + " where a.policy_id = :policy and a.enterprise_id = :enterprise and a.active_slot = 1")
			.param("policy", policyId)
			.param("enterprise", enterpriseId)
			.query(ApplicationRow.class)
			.optional();
	}

	/** How many applications of a policy are in each status, drafts never submitted left out. */
	public Map<ApplicationStatus, Long> countsByStatus(long policyId) {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		jdbc.sql("""
				select status, count(*) from policy_application where policy_id = :policy and submitted_at is not null
				group by status""").param("policy", policyId).query(rs -> {
			counts.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/** The policies whose applications the viewer reviews, by title, for the queue's filter. */
	public List<PolicyChoice> reviewablePolicies(Viewer viewer) {
		if (viewer == null || !(viewer.isAdmin() || viewer.role() == org.zhuqi.shared.Role.DEPARTMENT)) {
			return List.of();
		}
		String where = viewer.isAdmin() ? "status <> 'DRAFT'" : "status <> 'DRAFT' and department_id = :department";
		JdbcClient.StatementSpec spec = jdbc.sql("select id as code, title as label from policy where " + where
				+ " and no_application = false order by title");
		if (!viewer.isAdmin()) {
			spec = spec.param("department", viewer.departmentId());
		}
		return spec.query(PolicyChoice.class).list();
	}

	/** A policy to choose in a filter. */
	public record PolicyChoice(String code, String label) {
	}

	/** The application to act on, if the viewer may read it. */
	StoredApplication load(long id, Viewer viewer) {
		return stored(id).filter(a -> ApplicationAccess.canRead(viewer, a))
			.orElseThrow(() -> new RecordNotFoundException(KIND, id));
	}

	Optional<StoredApplication> stored(long id) {
		return jdbc.sql(StoredApplication.SELECT + " where a.id = :id")
			.param("id", id)
			.query(StoredApplication.class)
			.optional();
	}

	/** The figures an application declares, in the order of {@link Figure}. */
	List<DeclaredFigure> figures(long applicationId) {
		return jdbc.sql("select figure, figure_value from policy_application_figure where application_id = :id")
			.param("id", applicationId)
			.query((rs, row) -> new DeclaredFigure(Figure.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
			.list()
			.stream()
			.sorted((a, b) -> a.figure().compareTo(b.figure()))
			.toList();
	}

	/** What the policy's amount rule gives for the figures, or {@code null} when a needed figure is missing. */
	static BigDecimal computedAmount(AmountRule rule, List<DeclaredFigure> figures) {
		BigDecimal declared = rule.needsFigure() ? figures.stream()
			.filter(f -> f.figure() == rule.percentOf())
			.map(DeclaredFigure::value)
			.findFirst()
			.orElse(null) : null;
		return rule.amountFor(declared).orElse(null);
	}

	private ApplicationDetail detail(StoredApplication stored, Viewer viewer) {
		PolicyRef policy = policies.find(stored.policyId()).orElseThrow();
		List<DeclaredFigure> figures = figures(stored.id());
		boolean reviewer = ApplicationAccess.canReview(viewer, stored.departmentId());
		boolean owner = ApplicationAccess.isOwner(viewer, stored);
		Optional<Grant> grant = stored.grantId() == null ? Optional.empty() : grants.find(stored.grantId());
		String account = stored.bankAccount() == null ? null
				: reviewer ? new BankAccount(stored.bankAccount()).grouped() : BankAccount.mask(stored.bankAccount());
		return jdbc.sql("""
				select a.statement, a.bank_name, a.account_holder, a.approved_amount, a.override_reason,
				       a.decision_reason, a.created_at, a.submitted_at, a.decided_at, a.decided_by,
				       e.name as enterprise_name, d.name as department_name
				from policy_application a join enterprise e on e.id = a.enterprise_id
				     join department d on d.id = :department where a.id = :id""")
			.param("id", stored.id())
			.param("department", stored.departmentId())
			.query((rs, row) -> new ApplicationDetail(stored.id(), policy.id(), policy.title(), policy.documentNo(),
					policy.departmentId(), rs.getString("department_name"), stored.enterpriseId(),
					rs.getString("enterprise_name"), stored.status(), figures, rs.getString("statement"),
					rs.getString("bank_name"), rs.getString("account_holder"), account, account != null && !reviewer,
					policy.amountRule().percentOf(), computedAmount(policy.amountRule(), figures),
					rs.getBigDecimal("approved_amount"), rs.getString("override_reason"),
					rs.getString("decision_reason"), stored.grantId(), grant.map(Grant::status).orElse(null), grant.map(Grant::noticeId).orElse(null),
					rs.getObject("created_at", java.time.OffsetDateTime.class),
					rs.getObject("submitted_at", java.time.OffsetDateTime.class),
					rs.getObject("decided_at", java.time.OffsetDateTime.class), rs.getString("decided_by"),
					stored.version(), timeline(stored.id()), owner && stored.status().editable(),
					owner && ApplicationStep.WITHDRAWN.allowedFrom(stored.status()),
					reviewer && stored.status() == ApplicationStatus.SUBMITTED))
			.single();
	}

	List<TimelineStep> timeline(long applicationId) {
		return jdbc.sql("""
				select step, from_status, to_status, actor, actor_role, note, occurred_at
				from policy_application_step where application_id = :id order by id""")
			.param("id", applicationId)
			.query(TimelineStep.class)
			.list();
	}

	private static String scope(Viewer viewer) {
		if (viewer == null) {
			return "1 = 0";
		}
		return switch (viewer.role()) {
			case ENTERPRISE -> "a.enterprise_id = :viewer";
			case DEPARTMENT -> "a.submitted_at is not null and p.department_id = :viewer";
			case CADRE -> "a.submitted_at is not null and e.cadre_id = :viewer";
			case ADMIN -> "a.submitted_at is not null";
		};
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ApplicationFilter filter,
			Viewer viewer) {
		if (viewer != null && !viewer.isAdmin()) {
			spec = spec.param("viewer", switch (viewer.role()) {
				case ENTERPRISE -> viewer.enterpriseId();
				case DEPARTMENT -> viewer.departmentId();
				case CADRE -> viewer.cadreId();
				case ADMIN -> null;
			});
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			spec = spec.param("q", LikePatterns.contains(filter.q()));
		}
		if (filter.status() != null) {
			spec = spec.param("status", filter.status().name());
		}
		if (filter.policy() != null) {
			spec = spec.param("policy", filter.policy());
		}
		return spec;
	}

}
