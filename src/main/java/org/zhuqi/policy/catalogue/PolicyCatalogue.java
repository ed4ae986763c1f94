package org.zhuqi.policy.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The catalogue of policies (政策汇): the service centre drafts, revises, publishes and closes policies; anybody
 * reads the published ones ({@link PolicyAccess}). Every change is audited (subject type {@value #AUDIT_TYPE})
 * and guarded by optimistic locking; publication announces {@link PolicyPublished} in the same transaction.
 */
@Service
public class PolicyCatalogue {

	/** The audit subject type and attachment owner type of policies. */
	public static final String AUDIT_TYPE = "policy";

	private final Policies policies;

	private final Directory directory;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyCatalogue(Policies policies, Directory directory, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.policies = policies;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One policy the viewer may see ({@code null} for a visitor who is not signed in); others look absent.
	 * @throws RecordNotFoundException when there is none or the viewer may not see it
	 */
	@Transactional(readOnly = true)
	public Policy get(long id, Viewer viewer) {
		Policy policy = policies.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
		if (!PolicyAccess.canSee(viewer, policy.getStatus(), policy.getDepartmentId())) {
			throw new RecordNotFoundException(AUDIT_TYPE, id);
		}
		return policy;
	}

	/** Whether the viewer may draft, revise, publish and close policies (the service centre). */
	public boolean canManage(Viewer viewer) {
		return PolicyAccess.canManage(viewer);
	}

	/**
	 * A policy the viewer may revise, for its edit form.
	 * @throws RecordNotFoundException when the viewer may not see it
	 * @throws AccessDeniedException when the viewer may see but not manage it
	 */
	@Transactional(readOnly = true)
	public Policy editable(long id, Viewer viewer) {
		return managed(id, null, viewer);
	}

	/** Drafts a new policy. */
	@Transactional
	public Policy create(PolicyForm form, Viewer viewer) {
		requireManager(viewer);
		PolicyDetails details = checked(form);
		Policy saved = policies.save(Policy.draft(details, viewer.username(), clock.instant()));
		audit.record(viewer.username(), AUDIT_TYPE, saved.getId(), "created",
				saved.getDocumentNo() + " " + saved.getTitle());
		return saved;
	}

	/**
	 * Revises a policy: a draft freely, a published one only in its summary, full text, validity and budget;
	 * writes and audits only when something changed.
	 */
	@Transactional
	public Policy revise(long id, PolicyForm form, Viewer viewer) {
		Policy policy = managed(id, form.getVersion(), viewer);
		PolicyDetails details = checked(form);
		List<String> changed = policy.revise(details, today(), clock.instant());
		if (!changed.isEmpty()) {
			policies.save(policy);
			audit.record(viewer.username(), AUDIT_TYPE, id, "updated", String.join(",", changed));
		}
		return policy;
	}

	/**
	 * Publishes a draft and announces {@link PolicyPublished}.
	 * @param version the version the viewer saw, or {@code null} not to check it
	 */
	@Transactional
	public Policy publish(long id, Integer version, Viewer viewer) {
		Policy policy = managed(id, version, viewer);
		policy.publish(today(), clock.instant());
		policies.save(policy);
		audit.record(viewer.username(), AUDIT_TYPE, id, "policy-published", policy.getDocumentNo());
		events.publishEvent(new PolicyPublished(id));
		return policy;
	}

	/**
	 * Closes a published policy: no more applications.
	 * @param version the version the viewer saw, or {@code null} not to check it
	 */
	@Transactional
	public Policy close(long id, Integer version, Viewer viewer) {
		Policy policy = managed(id, version, viewer);
		policy.close(clock.instant());
		policies.save(policy);
		audit.record(viewer.username(), AUDIT_TYPE, id, "policy-closed", policy.getDocumentNo());
		return policy;
	}

	private Policy managed(long id, Integer version, Viewer viewer) {
		Policy policy = get(id, viewer);
		requireManager(viewer);
		if (version != null && !version.equals(policy.getVersion())) {
			throw new OptimisticLockingFailureException("policy " + id + " changed meanwhile");
		}
		return policy;
	}

	private static void requireManager(Viewer viewer) {
		if (!PolicyAccess.canManage(viewer)) {
			throw new AccessDeniedException("only the service centre manages policies");
		}
	}

	private PolicyDetails checked(PolicyForm form) {
		PolicyDetails details = PolicyDetails.from(form);
		if (directory.department(details.departmentId()).filter(department -> department.active()).isEmpty()) {
			throw new RejectedFieldException("departmentId", "policy.form.departmentId.unknown");
		}
		return details;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
