package org.zhuqi.directory.department;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Creates, revises, activates and deactivates departments: only the service centre may
 * ({@link DepartmentAccess}); codes and names are unique; a stale edit is refused (optimistic locking);
 * every change is audited. {@link #upsert} serves the importer.
 */
@Service
public class DepartmentService {

	public static final String AUDIT_TYPE = "department";

	private final Departments departments;

	private final AuditLog audit;

	private final Clock clock;

	DepartmentService(Departments departments, AuditLog audit, Clock clock) {
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads one department; 403 for roles that do not read departments. */
	@Transactional(readOnly = true)
	public Department get(long id, Viewer viewer) {
		DepartmentAccess.requireRead(viewer);
		return departments.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
	}

	public boolean canEdit(Viewer viewer) {
		return DepartmentAccess.canEdit(viewer);
	}

	@Transactional
	public Department create(DepartmentForm form, Viewer viewer) {
		DepartmentAccess.requireEdit(viewer);
		return create(DepartmentDetails.from(form), viewer.username());
	}

	@Transactional
	public Department revise(long id, DepartmentForm form, Viewer viewer) {
		DepartmentAccess.requireEdit(viewer);
		Department department = get(id, viewer);
		if (form.getVersion() != null && !form.getVersion().equals(department.getVersion())) {
			throw new OptimisticLockingFailureException("department " + id + " changed meanwhile");
		}
		update(department, DepartmentDetails.from(form), viewer.username());
		return department;
	}

	/** Reopens a department to new cadres; says whether anything changed. */
	@Transactional
	public boolean activate(long id, Viewer viewer) {
		DepartmentAccess.requireEdit(viewer);
		Department department = get(id, viewer);
		return recordActivation(department, department.activate(clock.instant()), viewer.username());
	}

	/** Closes a department to new cadres; its cadres and history stay. Says whether anything changed. */
	@Transactional
	public boolean deactivate(long id, Viewer viewer) {
		DepartmentAccess.requireEdit(viewer);
		Department department = get(id, viewer);
		return recordActivation(department, department.deactivate(clock.instant()), viewer.username());
	}

	/**
	 * Creates or updates the department with this code, as an import does; writes nothing when the details
	 * are unchanged, so importing the same file twice changes nothing. Refuses a name another department
	 * carries with a {@link RejectedFieldException} on {@code name}.
	 */
	@Transactional
	public Outcome upsert(DepartmentDetails details, String actor) {
		Department existing = departments.findByCode(details.code()).orElse(null);
		if (existing == null) {
			create(details, actor);
			return Outcome.CREATED;
		}
		return update(existing, details, actor) ? Outcome.UPDATED : Outcome.UNCHANGED;
	}

	private Department create(DepartmentDetails details, String actor) {
		if (departments.findByCode(details.code()).isPresent()) {
			throw new RejectedFieldException("code", "department.code.taken", details.code());
		}
		checkNameFree(details.name(), null);
		Department saved;
		try {
			saved = departments.save(Department.establish(details, clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("code", "department.code.taken", details.code());
		}
		audit.record(actor, AUDIT_TYPE, saved.getId(), "created", saved.getCode() + " " + saved.getName());
		return saved;
	}

	/** Applies the details; writes and audits only when something changed, and says whether it did. */
	private boolean update(Department department, DepartmentDetails details, String actor) {
		if (!details.code().equals(department.getCode())) {
			departments.findByCode(details.code())
				.filter(other -> !other.getId().equals(department.getId()))
				.ifPresent(other -> {
					throw new RejectedFieldException("code", "department.code.taken", details.code());
				});
		}
		checkNameFree(details.name(), department.getId());
		List<String> changed = department.revise(details, clock.instant());
		if (changed.isEmpty()) {
			return false;
		}
		try {
			departments.save(department);
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("code", "department.code.taken", details.code());
		}
		audit.record(actor, AUDIT_TYPE, department.getId(), "updated", String.join(",", changed));
		return true;
	}

	private boolean recordActivation(Department department, boolean changed, String actor) {
		if (changed) {
			departments.save(department);
			audit.record(actor, AUDIT_TYPE, department.getId(), department.isActive() ? "activated" : "deactivated",
					department.getCode());
		}
		return changed;
	}

	private void checkNameFree(String name, Long ownId) {
		departments.findByName(name).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
			throw new RejectedFieldException("name", "department.name.taken", name);
		});
	}

}
