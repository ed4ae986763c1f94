package org.zhuqi.directory.cadre;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Appoints, revises, activates and deactivates liaison cadres, enforcing who may ({@link CadreAccess}), that
 * the department exists (and is active for a new cadre or a move), that the phone is unique, and optimistic
 * locking; every change is audited. {@link #upsert} serves the importer.
 */
@Service
public class CadreService {

	public static final String AUDIT_TYPE = "cadre";

	private final Cadres cadres;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	CadreService(Cadres cadres, Directory directory, AuditLog audit, Clock clock) {
		this.cadres = cadres;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads one cadre within the viewer's scope: 403 for an enterprise, another cadre's record looks absent. */
	@Transactional(readOnly = true)
	public Cadre get(long id, Viewer viewer) {
		CadreAccess.requireList(viewer);
		if (!CadreAccess.canSee(viewer, id)) {
			throw new RecordNotFoundException(AUDIT_TYPE, id);
		}
		return cadres.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
	}

	public boolean canEdit(Viewer viewer) {
		return CadreAccess.canEdit(viewer);
	}

	@Transactional
	public Cadre create(CadreForm form, Viewer viewer) {
		CadreAccess.requireEdit(viewer);
		return create(CadreDetails.from(form), viewer.username());
	}

	@Transactional
	public Cadre revise(long id, CadreForm form, Viewer viewer) {
		CadreAccess.requireEdit(viewer);
		Cadre cadre = get(id, viewer);
		if (form.getVersion() != null && !form.getVersion().equals(cadre.getVersion())) {
			throw new OptimisticLockingFailureException("cadre " + id + " changed meanwhile");
		}
		update(cadre, CadreDetails.from(form), viewer.username());
		return cadre;
	}

	/** Makes a cadre available for pairing again; says whether anything changed. */
	@Transactional
	public boolean activate(long id, Viewer viewer) {
		CadreAccess.requireEdit(viewer);
		Cadre cadre = get(id, viewer);
		return recordActivation(cadre, cadre.activate(clock.instant()), viewer.username());
	}

	/**
	 * Stops further pairings with a cadre; its current enterprises stay paired until reassigned. Says whether
	 * anything changed.
	 */
	@Transactional
	public boolean deactivate(long id, Viewer viewer) {
		CadreAccess.requireEdit(viewer);
		Cadre cadre = get(id, viewer);
		return recordActivation(cadre, cadre.deactivate(clock.instant()), viewer.username());
	}

	/**
	 * Creates or updates the cadre with this (canonical) phone, as an import does; the department is given by
	 * its code. Writes nothing when the details are unchanged, so importing the same file twice changes
	 * nothing. An unknown department, or an inactive one for a new cadre or a move, is refused with a
	 * {@link RejectedFieldException} on {@code departmentCode}.
	 */
	@Transactional
	public Outcome upsert(CadreDetails details, String actor) {
		Cadre existing = cadres.findByPhone(details.phone()).orElse(null);
		if (existing == null) {
			create(details, actor);
			return Outcome.CREATED;
		}
		return update(existing, details, actor) ? Outcome.UPDATED : Outcome.UNCHANGED;
	}

	private Cadre create(CadreDetails details, String actor) {
		DepartmentRef department = department(details.departmentCode(), true);
		if (cadres.findByPhone(details.phone()).isPresent()) {
			throw new RejectedFieldException("phone", "cadre.phone.taken", details.phone());
		}
		Cadre saved;
		try {
			saved = cadres.save(Cadre.appoint(details, department.id(), clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("phone", "cadre.phone.taken", details.phone());
		}
		audit.record(actor, AUDIT_TYPE, saved.getId(), "created",
				saved.getName() + " " + saved.getPhone() + " " + department.code());
		return saved;
	}

	/** Applies the details; writes and audits only when something changed, and says whether it did. */
	private boolean update(Cadre cadre, CadreDetails details, String actor) {
		DepartmentRef department = department(details.departmentCode(), false);
		if (department.id() != cadre.getDepartmentId() && !department.active()) {
			throw new RejectedFieldException("departmentCode", "cadre.department.inactive", department.name());
		}
		if (!details.phone().equals(cadre.getPhone())) {
			cadres.findByPhone(details.phone()).filter(other -> !other.getId().equals(cadre.getId())).ifPresent(other -> {
				throw new RejectedFieldException("phone", "cadre.phone.taken", details.phone());
			});
		}
		List<String> changed = cadre.revise(details, department.id(), clock.instant());
		if (changed.isEmpty()) {
			return false;
		}
		try {
			cadres.save(cadre);
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("phone", "cadre.phone.taken", details.phone());
		}
		audit.record(actor, AUDIT_TYPE, cadre.getId(), "updated", String.join(",", changed));
		return true;
	}

	private DepartmentRef department(String code, boolean mustBeActive) {
		DepartmentRef department = directory.departmentByCode(code)
			.orElseThrow(() -> new RejectedFieldException("departmentCode", "cadre.department.unknown", code));
		if (mustBeActive && !department.active()) {
			throw new RejectedFieldException("departmentCode", "cadre.department.inactive", department.name());
		}
		return department;
	}

	private boolean recordActivation(Cadre cadre, boolean changed, String actor) {
		if (changed) {
			cadres.save(cadre);
			audit.record(actor, AUDIT_TYPE, cadre.getId(), cadre.isActive() ? "activated" : "deactivated",
					cadre.getName() + " " + cadre.getPhone());
		}
		return changed;
	}

}
