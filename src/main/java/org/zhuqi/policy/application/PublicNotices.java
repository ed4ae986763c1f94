package org.zhuqi.policy.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.calendar.WorkingCalendar;
import org.zhuqi.notification.Audience;
import org.zhuqi.notification.Notice;
import org.zhuqi.notification.Notifications;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.policy.grant.Grant;
import org.zhuqi.policy.grant.GrantNotices;
import org.zhuqi.policy.grant.GrantStatus;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Public notice (公示) of a policy's approved grants, from both sources (applications and 免申即享): the centre
 * or the issuing department publishes a notice, which puts every APPROVED grant of the policy on it for a
 * number of working days ({@link NoticePeriod}); staff record objections (异议) against single grants during the
 * period and resolve them (dismissed, or upheld: the grant is withheld); once the period is over,
 * {@link #settleDue(LocalDate)} makes the undisputed grants payable. Notices and their lists are public.
 */
@Service
public class PublicNotices {

	/** The subject type of a notice in the audit history and the not-found kind. */
	public static final String KIND = "policy-notice";

	/** The subject type of an objection in the audit history. */
	public static final String OBJECTION = "policy-objection";

	/** Who settles notices in the audit history. */
	static final String SYSTEM = "system";

	private static final String ROW = """
			select n.id, n.policy_id, p.title as policy_title, p.document_no, d.name as department_name, n.starts_on,
			       n.ends_on, n.working_days, n.published_at,
			       (select count(*) from policy_grant g where g.notice_id = n.id) as grants,
			       (select coalesce(sum(g.amount), 0) from policy_grant g where g.notice_id = n.id) as total
			from policy_notice n join policy p on p.id = n.policy_id join department d on d.id = p.department_id""";

	private final JdbcClient jdbc;

	private final PolicyLookup policies;

	private final GrantNotices grants;

	private final WorkingCalendar calendar;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	PublicNotices(JdbcClient jdbc, PolicyLookup policies, GrantNotices grants, WorkingCalendar calendar,
			Notifications notifications, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.grants = grants;
		this.calendar = calendar;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the viewer publishes notices of a policy of this department and records objections on them. */
	public boolean canManage(Viewer viewer, long policyDepartmentId) {
		return ApplicationAccess.canReview(viewer, policyDepartmentId);
	}

	/** How many grants of the policy wait for a notice (status APPROVED). */
	public int awaitingNotice(long policyId) {
		return grants.awaitingNotice(policyId).size();
	}

	/**
	 * Publishes a notice of the policy from today for {@code workingDays} working days (default 5): every
	 * APPROVED grant of the policy goes on it (IN_NOTICE) and its enterprise is told.
	 * @return the notice's id
	 * @throws RefusedActionException {@code policy.notice.nothingToPublish} when no grant waits for a notice
	 */
	@Transactional
	public long publish(long policyId, Integer workingDays, Viewer viewer) {
		PolicyRef policy = policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
		if (!canManage(viewer, policy.departmentId())) {
			throw new AccessDeniedException("only the centre or the issuing department publishes a notice");
		}
		jdbc.sql("select id from policy where id = :id for update").param("id", policyId).query(Long.class).single();
		LocalDate today = calendar.today();
		NoticePeriod period = NoticePeriod.of(today, workingDays, calendar.current());
		if (grants.awaitingNotice(policyId).isEmpty()) {
			throw new RefusedActionException("policy.notice.nothingToPublish");
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into policy_notice (policy_id, starts_on, ends_on, working_days, published_by, published_at)
				values (:policy, :starts, :ends, :days, :by, :now)""")
			.param("policy", policyId)
			.param("starts", period.startsOn())
			.param("ends", period.endsOn())
			.param("days", period.workingDays())
			.param("by", viewer.username())
			.param("now", OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		List<Grant> listed = grants.putOnNotice(policyId, id, viewer.username());
		audit.record(viewer.username(), KIND, id, "published", "policy " + policyId + ", " + listed.size()
				+ " grants, " + period.startsOn() + " to " + period.endsOn());
		for (Grant grant : listed) {
			notifications.send(Audience.enterprise(grant.enterpriseId()), Notice.of(Notice.INFO,
					"policy.notice.notice.published", "/policy-notices/" + id, policy.title(), period.endsOn()));
		}
		return id;
	}

	/** The notices, newest first, of one policy or all (public). */
	@Transactional(readOnly = true)
	public Page<NoticeRow> list(Long policyId, Pageable pageable) {
		String where = policyId == null ? "" : " where n.policy_id = :policy";
		JdbcClient.StatementSpec count = jdbc.sql("select count(*) from policy_notice n" + where);
		JdbcClient.StatementSpec rows = jdbc.sql(ROW + where + " order by n.published_at desc, n.id desc"
				+ " limit :limit offset :offset");
		if (policyId != null) {
			count = count.param("policy", policyId);
			rows = rows.param("policy", policyId);
		}
		List<NoticeRow> content = rows.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(NoticeRow.class)
			.list();
		return new PageImpl<>(content, pageable, count.query(Long.class).single());
	}

	/** One notice (public). */
	@Transactional(readOnly = true)
	public Optional<NoticeRow> find(long noticeId) {
		return jdbc.sql(ROW + " where n.id = :id").param("id", noticeId).query(NoticeRow.class).optional();
	}

	/** The grants a notice lists, by enterprise name (public). */
	@Transactional(readOnly = true)
	public List<NoticeEntry> entries(long noticeId) {
		return jdbc.sql("""
				select g.id as grant_id, g.enterprise_id, e.name as enterprise_name, g.amount, g.source, g.status,
				       g.payable_on,
				       (select count(*) from policy_objection o where o.grant_id = g.id and o.status = 'PENDING')
				           as pending_objections
				from policy_grant g join enterprise e on e.id = g.enterprise_id
				where g.notice_id = :notice order by e.name, g.id""")
			.param("notice", noticeId)
			.query(NoticeEntry.class)
			.list();
	}

	/** The objections recorded on a notice, oldest first, for staff who manage it. */
	@Transactional(readOnly = true)
	public List<Objection> objections(long noticeId, Viewer viewer) {
		NoticeRow notice = find(noticeId).orElseThrow(() -> new RecordNotFoundException(KIND, noticeId));
		if (!canManage(viewer, departmentOf(notice))) {
			throw new AccessDeniedException("objections are for the staff who manage the notice");
		}
		return jdbc.sql("""
				select o.id, o.notice_id, o.grant_id, e.name as enterprise_name, o.objector, o.content, o.status,
				       o.recorded_by, o.recorded_at, o.resolution, o.resolved_by, o.resolved_at, o.version
				from policy_objection o join policy_grant g on g.id = o.grant_id join enterprise e on e.id = g.enterprise_id
				where o.notice_id = :notice order by o.id""")
			.param("notice", noticeId)
			.query(Objection.class)
			.list();
	}

	/**
	 * Records an objection against one grant of the notice during its period; the grant stays on notice until
	 * the objection is resolved.
	 * @return the objection's id
	 */
	@Transactional
	public long recordObjection(long noticeId, ObjectionForm form, Viewer viewer) {
		NoticeRow notice = find(noticeId).orElseThrow(() -> new RecordNotFoundException(KIND, noticeId));
		if (!canManage(viewer, departmentOf(notice))) {
			throw new AccessDeniedException("only the centre or the issuing department records objections");
		}
		if (!notice.period().openOn(calendar.today())) {
			throw new RefusedActionException("policy.notice.objectionClosed");
		}
		boolean listed = entries(noticeId).stream()
			.anyMatch(e -> e.grantId() == form.getGrantId() && e.status() == GrantStatus.IN_NOTICE);
		if (!listed) {
			throw new RejectedFieldException("grantId", "policy.notice.grantNotOnNotice");
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into policy_objection (notice_id, grant_id, objector, content, status, recorded_by, recorded_at)
				values (:notice, :grant, :objector, :content, 'PENDING', :by, :now)""")
			.param("notice", noticeId)
			.param("grant", form.getGrantId())
			.param("objector", form.getObjector().strip())
			.param("content", form.getContent().strip())
			.param("by", viewer.username())
			.param("now", OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(viewer.username(), OBJECTION, id, "recorded",
				"notice " + noticeId + ", grant " + form.getGrantId() + ": " + form.getContent().strip());
		return id;
	}

	/**
	 * Resolves a pending objection: upheld withholds the grant (WITHHELD); dismissed lets it become payable, at
	 * once when the period is already over and no other objection against it is pending.
	 */
	@Transactional
	public void resolveObjection(long objectionId, boolean upheld, String resolution, Integer version,
			Viewer viewer) {
		Objection objection = jdbc.sql("""
				select o.id, o.notice_id, o.grant_id, '' as enterprise_name, o.objector, o.content, o.status,
				       o.recorded_by, o.recorded_at, o.resolution, o.resolved_by, o.resolved_at, o.version
				from policy_objection o where o.id = :id""")
			.param("id", objectionId)
			.query(Objection.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(OBJECTION, objectionId));
		NoticeRow notice = find(objection.noticeId()).orElseThrow();
		if (!canManage(viewer, departmentOf(notice))) {
			throw new AccessDeniedException("only the centre or the issuing department resolves objections");
		}
		if (!objection.pending()) {
			throw new RefusedActionException("policy.objection.alreadyResolved");
		}
		if (resolution == null || resolution.isBlank()) {
			throw new RejectedFieldException("resolution", "policy.objection.resolutionRequired");
		}
		if (resolution.strip().length() > 1000) {
			throw new RejectedFieldException("resolution", "policy.objection.resolutionTooLong");
		}
		int updated = jdbc.sql("""
				update policy_objection set status = :status, resolution = :resolution, resolved_by = :by,
				    resolved_at = :now, version = version + 1
				where id = :id and status = 'PENDING' and version = :version""")
			.param("status", upheld ? "UPHELD" : "DISMISSED")
			.param("resolution", resolution.strip())
			.param("by", viewer.username())
			.param("now", OffsetDateTime.now(clock))
			.param("id", objectionId)
			.param("version", version != null ? version : objection.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("objection " + objectionId + " changed meanwhile");
		}
		audit.record(viewer.username(), OBJECTION, objectionId, upheld ? "upheld" : "dismissed", resolution.strip());
		LocalDate today = calendar.today();
		if (upheld) {
			grants.withhold(objection.grantId(), viewer.username(), "objection " + objectionId + " upheld");
		}
		else if (notice.period().endedBy(today) && pendingObjections(objection.grantId()) == 0) {
			grants.makePayable(objection.grantId(), today, viewer.username());
		}
	}

	/**
	 * Makes payable, from {@code today}, every grant on a notice whose period ended before {@code today} and
	 * against which no objection is pending; a grant with a pending objection stays on notice until it is
	 * resolved. Run every hour by {@link NoticeSettlement} with the clock's today, and by tests with any date.
	 * @return how many grants became payable
	 */
	@Transactional
	public int settleDue(LocalDate today) {
		List<Long> due = jdbc.sql("""
				select g.id from policy_grant g join policy_notice n on n.id = g.notice_id
				where g.status = 'IN_NOTICE' and n.ends_on < :today
				  and not exists (select 1 from policy_objection o where o.grant_id = g.id and o.status = 'PENDING')
				order by g.id""")
			.param("today", today)
			.query(Long.class)
			.list();
		int settled = 0;
		for (long grant : due) {
			if (grants.makePayable(grant, today, SYSTEM)) {
				settled++;
			}
		}
		return settled;
	}

	private long pendingObjections(long grantId) {
		return jdbc.sql("select count(*) from policy_objection where grant_id = :grant and status = 'PENDING'")
			.param("grant", grantId)
			.query(Long.class)
			.single();
	}

	private long departmentOf(NoticeRow notice) {
		return policies.find(notice.policyId()).orElseThrow().departmentId();
	}

}
