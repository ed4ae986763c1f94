package org.zhuqi.demand.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.demand.problem.VisitNote;
import org.zhuqi.demand.problem.VisitRecords;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Logs cadres' visits (走访记录) and hands them to filing: a cadre logs visits to its own paired enterprises
 * only, on a day not in the future; a visit is seen by its cadre and by the service centre. Every visit is
 * audited.
 */
@Service
class VisitService implements VisitRecords {

	static final String AUDIT_TYPE = "visit";

	private final Visits visits;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	VisitService(Visits visits, Directory directory, AuditLog audit, Clock clock) {
		this.visits = visits;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	boolean canLog(Viewer viewer) {
		return viewer.is(Role.CADRE) && viewer.cadreId() != null;
	}

	@Transactional
	Visit log(VisitForm form, Viewer viewer) {
		if (!canLog(viewer)) {
			throw new AccessDeniedException("only liaison cadres log visits");
		}
		EnterpriseRef enterprise = directory.enterprise(form.getEnterpriseId())
			.filter(e -> viewer.cadreId().equals(e.cadreId()))
			.orElseThrow(() -> new RejectedFieldException("enterpriseId", "visit.enterprise.notPaired"));
		if (form.getVisitedOn().isAfter(LocalDate.now(clock))) {
			throw new RejectedFieldException("visitedOn", "visit.visitedOn.future");
		}
		Visit visit = visits.save(Visit.record(viewer.cadreId(), enterprise.id(), form.getVisitedOn(),
				form.getNotes().strip(), viewer.username(), clock.instant()));
		audit.record(viewer.username(), AUDIT_TYPE, visit.getId(), "created",
				enterprise.name() + " " + form.getVisitedOn());
		return visit;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VisitNote> find(long visitId, Viewer viewer) {
		return visits.findById(visitId)
			.filter(visit -> viewer.isAdmin() || viewer.is(Role.CADRE) && viewer.cadreId() != null
					&& viewer.cadreId() == visit.getCadreId())
			.map(visit -> new VisitNote(visit.getId(), visit.getCadreId(), visit.getEnterpriseId(),
					visit.getVisitedOn(), visit.getNotes()));
	}

}
