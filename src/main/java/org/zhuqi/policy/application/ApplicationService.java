package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.attachment.Attachments;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.calendar.WorkingCalendar;
import org.zhuqi.directory.Directory;
import org.zhuqi.notification.Audience;
import org.zhuqi.notification.Notice;
import org.zhuqi.notification.Notifications;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.Grants;
import org.zhuqi.policy.rule.DeclaredFigures;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Applications (申报) and their review: an enterprise creates, saves, submits, resubmits or withdraws its
 * application for an open policy; the issuing department (or the centre) approves it with an amount, rejects
 * or returns it with a reason. Every step is on the application's timeline and in the audit history, in one
 * transaction with the change; an approval makes the grant through {@link Grants#approve} in the same
 * transaction. Concurrent changes are refused by the version (optimistic locking); one active application
 * per enterprise per policy by the table's unique constraint.
 */
@Service
public class ApplicationService {

	/** The owner type of an application's attachments. */
	public static final String OWNER_TYPE = ApplicationQueries.KIND;

	private final JdbcClient jdbc;

	private final ApplicationQueries queries;

	private final PolicyLookup policies;

	private final Grants grants;

	private final Attachments attachments;

	private final DeclaredFigures declaredFigures;

	private final Notifications notifications;

	private final Directory directory;

	private final AuditLog audit;

	private final WorkingCalendar calendar;

	private final Clock clock;

	ApplicationService(JdbcClient jdbc, ApplicationQueries queries, PolicyLookup policies, Grants grants,
			Attachments attachments, DeclaredFigures declaredFigures, Notifications notifications,
			Directory directory, AuditLog audit, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.policies = policies;
		this.grants = grants;
		this.attachments = attachments;
		this.declaredFigures = declaredFigures;
		this.notifications = notifications;
		this.directory = directory;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Whether the viewer may start an application for the policy today: an enterprise user, the policy open
	 * today and not 免申即享, and no active application of its enterprise yet.
	 */
	public boolean canApply(PolicyRef policy, Viewer viewer) {
		return viewer != null && viewer.role() == Role.ENTERPRISE && viewer.enterpriseId() != null
				&& policy.isOpenOn(calendar.today()) && !policy.noApplication()
				&& queries.active(policy.id(), viewer.enterpriseId()).isEmpty();
	}

	/**
	 * Creates the enterprise's application (a draft, submitted at once when the form says so).
	 * @return the new application's id
	 * @throws AccessDeniedException for anybody but an enterprise user
	 * @throws RefusedActionException when the policy is not open or takes no applications, or the enterprise
	 * already has an active application for it
	 */
	@Transactional
	public long create(ApplicationForm form, Viewer viewer) {
		if (viewer.role() != Role.ENTERPRISE || viewer.enterpriseId() == null) {
			throw new AccessDeniedException("only an enterprise applies");
		}
		if (form.getPolicyId() == null) {
			throw new RejectedFieldException("policyId", "policy.application.policyRequired");
		}
		PolicyRef policy = policies.find(form.getPolicyId())
			.filter(p -> p.status() != org.zhuqi.policy.catalogue.PolicyStatus.DRAFT)
			.orElseThrow(() -> new RejectedFieldException("policyId", "policy.application.policyUnknown"));
		if (policy.noApplication()) {
			throw new RefusedActionException("policy.application.noApplicationPolicy");
		}
		if (!policy.isOpenOn(calendar.today())) {
			throw new RefusedActionException("policy.application.notOpen");
		}
		Map<Figure, BigDecimal> figures = figures(form);
		String account = account(form);
		OffsetDateTime now = now();
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into policy_application (policy_id, enterprise_id, status, active_slot, statement, bank_name,
					    account_holder, bank_account, created_by, created_at, updated_at)
					values (:policy, :enterprise, 'DRAFT', 1, :statement, :bankName, :holder, :account, :by, :now, :now)""")
				.param("policy", policy.id())
				.param("enterprise", viewer.enterpriseId())
				.param("statement", blankToNull(form.getStatement()))
				.param("bankName", blankToNull(form.getBankName()))
				.param("holder", blankToNull(form.getAccountHolder()))
				.param("account", account)
				.param("by", viewer.username())
				.param("now", now)
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedActionException("policy.application.duplicate");
		}
		long id = key.getKey().longValue();
		writeFigures(id, figures);
		step(id, ApplicationStep.CREATED, null, ApplicationStatus.DRAFT, viewer, null, now);
		audit.record(viewer.username(), OWNER_TYPE, id, "created", "policy " + policy.id());
		attachments.storeAll(OWNER_TYPE, id, form.getAttachments(), viewer.username());
		if (form.isSubmit()) {
			submit(queries.load(id, viewer), policy, viewer, now);
		}
		return id;
	}

	/**
	 * Saves the enterprise's changes to its draft or returned application, and submits it when the form says
	 * so.
	 */
	@Transactional
	public void save(long id, ApplicationForm form, Viewer viewer) {
		StoredApplication application = owned(id, viewer);
		checkVersion(application, form.getVersion());
		ApplicationStatus status = ApplicationStep.SAVED.from(application.status());
		Map<Figure, BigDecimal> figures = figures(form);
		String typed = account(form);
		String account = typed != null ? typed : application.bankAccount();
		OffsetDateTime now = now();
		int updated = jdbc.sql("""
				update policy_application set statement = :statement, bank_name = :bankName, account_holder = :holder,
				    bank_account = :account, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("statement", blankToNull(form.getStatement()))
			.param("bankName", blankToNull(form.getBankName()))
			.param("holder", blankToNull(form.getAccountHolder()))
			.param("account", account)
			.param("now", now)
			.param("id", id)
			.param("version", application.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("application " + id + " changed meanwhile");
		}
		jdbc.sql("delete from policy_application_figure where application_id = :id").param("id", id).update();
		writeFigures(id, figures);
		step(id, ApplicationStep.SAVED, application.status(), status, viewer, null, now);
		audit.record(viewer.username(), OWNER_TYPE, id, "saved", null);
		attachments.storeAll(OWNER_TYPE, id, form.getAttachments(), viewer.username());
		if (form.isSubmit()) {
			PolicyRef policy = policies.find(application.policyId()).orElseThrow();
			submit(queries.load(id, viewer), policy, viewer, now);
		}
	}

	/** Submits (or resubmits after a return) the enterprise's application as it stands. */
	@Transactional
	public void submit(long id, Integer version, Viewer viewer) {
		StoredApplication application = owned(id, viewer);
		checkVersion(application, version);
		submit(application, policies.find(application.policyId()).orElseThrow(), viewer, now());
	}

	/** The enterprise withdraws its application before a decision; that frees its place under the policy. */
	@Transactional
	public void withdraw(long id, Integer version, Viewer viewer) {
		StoredApplication application = owned(id, viewer);
		checkVersion(application, version);
		ApplicationStatus status = ApplicationStep.WITHDRAWN.from(application.status());
		OffsetDateTime now = now();
		change(application, status, now, "updated_at = :now");
		step(id, ApplicationStep.WITHDRAWN, application.status(), status, viewer, null, now);
		audit.record(viewer.username(), OWNER_TYPE, id, "withdrawn", null);
	}

	/**
	 * Approves a submitted application: the amount the policy's rule computes from the declared figure, or
	 * another amount with a reason; makes the grant (status APPROVED, waiting for public notice).
	 * @return the grant's id
	 */
	@Transactional
	public long approve(long id, DecisionForm decision, Viewer viewer) {
		StoredApplication application = reviewed(id, viewer);
		checkVersion(application, decision.getVersion());
		ApplicationStatus status = ApplicationStep.APPROVED.from(application.status());
		PolicyRef policy = policies.find(application.policyId()).orElseThrow();
		BigDecimal computed = ApplicationQueries.computedAmount(policy.amountRule(), queries.figures(id));
		BigDecimal given = decision.getAmount() != null ? decision.getAmount() : computed;
		if (given == null) {
			throw new RejectedFieldException("amount", "policy.review.amountRequired");
		}
		if (given.signum() <= 0 || given.stripTrailingZeros().scale() > 2) {
			throw new RejectedFieldException("amount", "policy.review.amountInvalid");
		}
		BigDecimal amount = given.setScale(2);
		boolean override = computed == null || amount.compareTo(computed) != 0;
		String reason = blankToNull(decision.getReason());
		if (override && reason == null) {
			throw new RejectedFieldException("reason", "policy.review.overrideReasonRequired");
		}
		OffsetDateTime now = now();
		long grant = grants.approve(policy.id(), application.enterpriseId(), id, GrantSource.APPLICATION, amount,
				viewer.username());
		change(application, status, now, """
				approved_amount = :amount, override_reason = :override, grant_id = :grant, decided_by = :by,
				decided_at = :now, decision_reason = null, updated_at = :now""", spec -> spec.param("amount", amount)
			.param("override", override ? reason : null)
			.param("grant", grant)
			.param("by", viewer.username()));
		String note = override ? amount.toPlainString() + " · " + reason : amount.toPlainString();
		step(id, ApplicationStep.APPROVED, application.status(), status, viewer, note, now);
		audit.record(viewer.username(), OWNER_TYPE, id, "approved",
				amount.toPlainString() + (override ? " (override: " + reason + ")" : ""));
		notifications.send(Audience.enterprise(application.enterpriseId()), Notice.of(Notice.INFO,
				"policy.application.notice.approved", link(id), policy.title(), amount.toPlainString()));
		return grant;
	}

	/** Rejects a submitted application with a reason; that frees the enterprise's place under the policy. */
	@Transactional
	public void reject(long id, DecisionForm decision, Viewer viewer) {
		decide(id, decision, viewer, ApplicationStep.REJECTED, "policy.application.notice.rejected");
	}

	/** Returns a submitted application for more material, with a reason; the enterprise edits and resubmits. */
	@Transactional
	public void returnForMore(long id, DecisionForm decision, Viewer viewer) {
		decide(id, decision, viewer, ApplicationStep.RETURNED, "policy.application.notice.returned");
	}

	private void decide(long id, DecisionForm decision, Viewer viewer, ApplicationStep step, String noticeKey) {
		StoredApplication application = reviewed(id, viewer);
		checkVersion(application, decision.getVersion());
		ApplicationStatus status = step.from(application.status());
		String reason = blankToNull(decision.getReason());
		if (reason == null) {
			throw new RejectedFieldException("reason", "policy.review.reasonRequired");
		}
		OffsetDateTime now = now();
		change(application, status, now,
				"decision_reason = :reason, decided_by = :by, decided_at = :now, updated_at = :now",
				spec -> spec.param("reason", reason).param("by", viewer.username()));
		step(id, step, application.status(), status, viewer, reason, now);
		audit.record(viewer.username(), OWNER_TYPE, id, step.name().toLowerCase(java.util.Locale.ROOT), reason);
		PolicyRef policy = policies.find(application.policyId()).orElseThrow();
		notifications.send(Audience.enterprise(application.enterpriseId()),
				Notice.of(Notice.INFO, noticeKey, link(id), policy.title(), reason));
	}

	private void submit(StoredApplication application, PolicyRef policy, Viewer viewer, OffsetDateTime now) {
		ApplicationStep step = ApplicationStep.submitting(application.status());
		ApplicationStatus status = step.from(application.status());
		if (!policy.isOpenOn(calendar.today())) {
			throw new RefusedActionException("policy.application.notOpen");
		}
		checkComplete(application.id(), policy);
		change(application, status, now, "submitted_at = coalesce(submitted_at, :now), updated_at = :now");
		Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
		queries.figures(application.id()).forEach(f -> figures.put(f.figure(), f.value()));
		declaredFigures.declareAll(application.enterpriseId(), figures, viewer.username());
		step(application.id(), step, application.status(), status, viewer, null, now);
		audit.record(viewer.username(), OWNER_TYPE, application.id(), step.name().toLowerCase(java.util.Locale.ROOT),
				null);
		String enterprise = directory.enterpriseNames(java.util.List.of(application.enterpriseId()))
			.getOrDefault(application.enterpriseId(), "");
		notifications.send(Audience.department(policy.departmentId()), Notice.of(Notice.ASSIGNED,
				"policy.application.notice.submitted", link(application.id()), enterprise, policy.title()));
	}

	/** A submitted application names where to pay and declares the figure its amount needs. */
	private void checkComplete(long id, PolicyRef policy) {
		Map<String, Object> row = jdbc.sql(
				"select bank_name, account_holder, bank_account from policy_application where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		if (policy.amountRule().needsFigure() && queries.figures(id)
			.stream()
			.noneMatch(f -> f.figure() == policy.amountRule().percentOf())) {
			throw new RejectedFieldException("figures[" + policy.amountRule().percentOf().name() + "]",
					"policy.application.figureRequired");
		}
		if (row.get("bank_name") == null) {
			throw new RejectedFieldException("bankName", "policy.application.bankNameRequired");
		}
		if (row.get("account_holder") == null) {
			throw new RejectedFieldException("accountHolder", "policy.application.accountHolderRequired");
		}
		if (row.get("bank_account") == null) {
			throw new RejectedFieldException("bankAccount", "policy.application.bankAccountRequired");
		}
	}

	/** The application of the viewer's own enterprise. */
	private StoredApplication owned(long id, Viewer viewer) {
		StoredApplication application = queries.load(id, viewer);
		if (!ApplicationAccess.isOwner(viewer, application)) {
			throw new AccessDeniedException("only the enterprise changes its application");
		}
		return application;
	}

	/** An application the viewer reviews (the policy's department or the centre). */
	private StoredApplication reviewed(long id, Viewer viewer) {
		StoredApplication application = queries.load(id, viewer);
		if (!ApplicationAccess.canReview(viewer, application.departmentId())) {
			throw new AccessDeniedException("only the issuing department reviews");
		}
		return application;
	}

	private static void checkVersion(StoredApplication application, Integer version) {
		if (version != null && version != application.version()) {
			throw new OptimisticLockingFailureException("application " + application.id() + " changed meanwhile");
		}
	}

	private void change(StoredApplication application, ApplicationStatus status, OffsetDateTime now, String set) {
		change(application, status, now, set, spec -> spec);
	}

	/** Moves the application to the status (and its slot with it) if its version is unchanged, setting more. */
	private void change(StoredApplication application, ApplicationStatus status, OffsetDateTime now, String set,
			UnaryOperator<JdbcClient.StatementSpec> more) {
		JdbcClient.StatementSpec spec = jdbc.sql("update policy_application set status = :status, active_slot = :slot, "
				+ set + ", version = version + 1 where id = :id and version = :version")
			.param("status", status.name())
			.param("slot", status.holdsSlot() ? 1 : null, java.sql.Types.SMALLINT)
			.param("now", now)
			.param("id", application.id())
			.param("version", application.version());
		if (more.apply(spec).update() != 1) {
			throw new OptimisticLockingFailureException("application " + application.id() + " changed meanwhile");
		}
	}

	private void step(long id, ApplicationStep step, ApplicationStatus from, ApplicationStatus to, Viewer viewer,
			String note, OffsetDateTime now) {
		jdbc.sql("""
				insert into policy_application_step (application_id, step, from_status, to_status, actor, actor_role,
				    note, occurred_at)
				values (:id, :step, :from, :to, :actor, :role, :note, :now)""")
			.param("id", id)
			.param("step", step.name())
			.param("from", from == null ? null : from.name(), java.sql.Types.VARCHAR)
			.param("to", to.name())
			.param("actor", viewer.username())
			.param("role", viewer.role().name())
			.param("note", note, java.sql.Types.VARCHAR)
			.param("now", now)
			.update();
	}

	private void writeFigures(long id, Map<Figure, BigDecimal> figures) {
		figures.forEach((figure, value) -> jdbc.sql(
				"insert into policy_application_figure (application_id, figure, figure_value) values (:id, :figure, :value)")
			.param("id", id)
			.param("figure", figure.name())
			.param("value", value)
			.update());
	}

	/** The declared figures of the form, by known figure; empty values are left out. */
	static Map<Figure, BigDecimal> figures(ApplicationForm form) {
		Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
		form.getFigures().forEach((name, value) -> {
			Figure figure;
			try {
				figure = Figure.valueOf(name);
			}
			catch (IllegalArgumentException ex) {
				throw new RejectedFieldException("figures", "policy.application.figureUnknown", name);
			}
			if (value != null) {
				if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
						|| (figure.isCount() && value.stripTrailingZeros().scale() > 0)) {
					throw new RejectedFieldException("figures[" + name + "]", "policy.application.figureInvalid");
				}
				figures.put(figure, value.setScale(2, java.math.RoundingMode.UNNECESSARY));
			}
		});
		return figures;
	}

	private static String account(ApplicationForm form) {
		String typed = blankToNull(form.getBankAccount());
		return typed == null ? null : BankAccount.parse(typed).number();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static String link(long id) {
		return "/policy-applications/" + id;
	}

}
