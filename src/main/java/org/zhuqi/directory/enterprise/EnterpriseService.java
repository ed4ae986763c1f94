package org.zhuqi.directory.enterprise;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.directory.reference.ReferenceData;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Registers and revises enterprises, enforcing who may do so ({@link EnterpriseAccess}), references to
 * streets and industries, the uniqueness of the credit code and optimistic locking; every change is audited.
 */
@Service
public class EnterpriseService {

	static final String AUDIT_TYPE = "enterprise";

	private final Enterprises enterprises;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final Clock clock;

	EnterpriseService(Enterprises enterprises, ReferenceData reference, AuditLog audit, Clock clock) {
		this.enterprises = enterprises;
		this.reference = reference;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads one enterprise within the viewer's scope; out-of-scope records look absent. */
	@Transactional(readOnly = true)
	public Enterprise get(long id, Viewer viewer) {
		Enterprise enterprise = enterprises.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
		if (!EnterpriseAccess.canSee(viewer, id, enterprise.getCadreId())) {
			throw new RecordNotFoundException(AUDIT_TYPE, id);
		}
		return enterprise;
	}

	public boolean canEdit(Enterprise enterprise, Viewer viewer) {
		return EnterpriseAccess.canEdit(viewer, enterprise.getId(), enterprise.getCadreId());
	}

	public boolean canRegister(Viewer viewer) {
		return EnterpriseAccess.canRegister(viewer);
	}

	@Transactional
	public Enterprise register(EnterpriseForm form, Viewer viewer) {
		if (!EnterpriseAccess.canRegister(viewer)) {
			throw new AccessDeniedException("only the service centre registers enterprises");
		}
		EnterpriseDetails details = checked(form);
		if (enterprises.existsByUscc(details.uscc())) {
			throw new RejectedFieldException("uscc", "enterprise.uscc.taken", details.uscc());
		}
		return create(details, viewer.username());
	}

	@Transactional
	public Enterprise revise(long id, EnterpriseForm form, Viewer viewer) {
		Enterprise enterprise = get(id, viewer);
		if (!canEdit(enterprise, viewer)) {
			throw new AccessDeniedException("may not edit enterprise " + id);
		}
		if (form.getVersion() != null && !form.getVersion().equals(enterprise.getVersion())) {
			throw new OptimisticLockingFailureException("enterprise " + id + " changed meanwhile");
		}
		EnterpriseDetails details = checked(form);
		if (!details.uscc().equals(enterprise.getUscc())) {
			if (!EnterpriseAccess.canChangeUscc(viewer)) {
				throw new RejectedFieldException("uscc", "enterprise.uscc.locked");
			}
			if (enterprises.existsByUscc(details.uscc())) {
				throw new RejectedFieldException("uscc", "enterprise.uscc.taken", details.uscc());
			}
		}
		update(enterprise, details, viewer.username());
		return enterprise;
	}

	/**
	 * Creates or updates the enterprise with this credit code, as an import does; writes nothing when the
	 * details are unchanged, so importing the same file twice changes nothing.
	 */
	@Transactional
	public Outcome upsert(EnterpriseDetails details, String actor) {
		checkReferences(details);
		Enterprise existing = enterprises.findByUscc(details.uscc()).orElse(null);
		if (existing == null) {
			create(details, actor);
			return Outcome.CREATED;
		}
		return update(existing, details, actor) ? Outcome.UPDATED : Outcome.UNCHANGED;
	}

	private Enterprise create(EnterpriseDetails details, String actor) {
		Enterprise saved;
		try {
			saved = enterprises.save(Enterprise.register(details, clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("uscc", "enterprise.uscc.taken", details.uscc());
		}
		audit.record(actor, AUDIT_TYPE, saved.getId(), "created", saved.getUscc() + " " + saved.getName());
		return saved;
	}

	/** Applies the details; writes and audits only when something changed, and says whether it did. */
	private boolean update(Enterprise enterprise, EnterpriseDetails details, String actor) {
		List<String> changed = enterprise.revise(details, clock.instant());
		if (changed.isEmpty()) {
			return false;
		}
		enterprises.save(enterprise);
		audit.record(actor, AUDIT_TYPE, enterprise.getId(), "updated", String.join(",", changed));
		return true;
	}

	private EnterpriseDetails checked(EnterpriseForm form) {
		EnterpriseDetails details = EnterpriseDetails.from(form);
		checkReferences(details);
		return details;
	}

	private void checkReferences(EnterpriseDetails details) {
		if (reference.street(details.streetCode()).isEmpty()) {
			throw new RejectedFieldException("streetCode", "enterprise.street.unknown", details.streetCode());
		}
		if (reference.industry(details.industryCode()).isEmpty()) {
			throw new RejectedFieldException("industryCode", "enterprise.industry.unknown", details.industryCode());
		}
		if (details.tags().size() > EnterpriseDetails.MAX_TAGS) {
			throw new RejectedFieldException("tags", "enterprise.tags.tooMany", EnterpriseDetails.MAX_TAGS);
		}
		if (details.tags().stream().anyMatch(tag -> tag.length() > EnterpriseDetails.MAX_TAG_LENGTH)) {
			throw new RejectedFieldException("tags", "enterprise.tags.tooLong", EnterpriseDetails.MAX_TAG_LENGTH);
		}
	}

}
