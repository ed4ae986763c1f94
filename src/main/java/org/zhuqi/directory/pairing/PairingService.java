package org.zhuqi.directory.pairing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterprisePaired;
import org.zhuqi.directory.enterprise.EnterpriseQueries;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.directory.reference.PhoneNumbers;
import org.zhuqi.directory.reference.Uscc;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Pairs (结对) enterprises with their primary liaison cadre, one at a time, by the keys an import file
 * carries, or in bulk for every enterprise matching a filter. Each pairing locks the enterprise row, closes
 * the open history row and opens a new one, sets the enterprise's cadre and records an audit entry, all in
 * one transaction; pairing with the cadre an enterprise already has writes nothing.
 */
@Service
public class PairingService {

	static final int REASON_MAX = 200;

	private static final String ENTERPRISE = "enterprise";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final EnterpriseQueries enterprises;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PairingService(JdbcClient jdbc, Directory directory, EnterpriseQueries enterprises, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.enterprises = enterprises;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Pairs an enterprise with a cadre on behalf of {@code actor}; says whether anything changed (pairing with
	 * the current cadre again writes nothing). An unknown enterprise is a {@link RecordNotFoundException}; an
	 * unknown or inactive cadre a {@link RejectedFieldException} on {@code cadreId}.
	 */
	@Transactional
	public boolean pair(long enterpriseId, long cadreId, String actor, String reason) {
		CadreRef cadre = directory.cadre(cadreId)
			.orElseThrow(() -> new RejectedFieldException("cadreId", "pairing.cadre.unknown", cadreId));
		return apply(enterpriseId, cadre, "cadreId", actor, reason) != Outcome.UNCHANGED;
	}

	/** {@link #pair(long, long, String, String)} for a signed-in user, who must be the service centre. */
	@Transactional
	public boolean pair(long enterpriseId, long cadreId, Viewer viewer, String reason) {
		PairingAccess.requireAdmin(viewer);
		return pair(enterpriseId, cadreId, viewer.username(), reason);
	}

	/**
	 * Pairs the enterprise with this credit code with the cadre with this phone, as an import row does:
	 * {@link Outcome#CREATED} for a first pairing, {@link Outcome#UPDATED} for a reassignment,
	 * {@link Outcome#UNCHANGED} when it is paired with that cadre already. Unknown keys and inactive cadres
	 * are refused with a {@link RejectedFieldException} on {@code uscc} or {@code cadrePhone}.
	 */
	@Transactional
	public Outcome pairByKeys(String uscc, String cadrePhone, String actor) {
		String code = Uscc.normalize(uscc);
		long enterpriseId = directory.enterpriseByUscc(code)
			.orElseThrow(() -> new RejectedFieldException("uscc", "pairing.enterprise.unknown", code))
			.id();
		String phone = PhoneNumbers.canonical(cadrePhone)
			.orElseThrow(() -> new RejectedFieldException("cadrePhone", "phone.invalid", cadrePhone));
		CadreRef cadre = directory.cadreByPhone(phone)
			.orElseThrow(() -> new RejectedFieldException("cadrePhone", "pairing.cadre.unknownPhone", phone));
		return apply(enterpriseId, cadre, "cadrePhone", actor, null);
	}

	/**
	 * Pairs every enterprise matching the filter with one cadre, all or nothing. Enterprises are locked in id
	 * order, so two bulk changes cannot deadlock each other.
	 */
	@Transactional
	public BulkPairing bulkPair(PairingFilter filter, long cadreId, Viewer viewer, String reason) {
		PairingAccess.requireAdmin(viewer);
		CadreRef cadre = directory.cadre(cadreId)
			.orElseThrow(() -> new RejectedFieldException("cadreId", "pairing.cadre.unknown", cadreId));
		if (!cadre.active()) {
			throw new RejectedFieldException("cadreId", "pairing.cadre.inactive", cadre.name());
		}
		List<Long> ids = enterprises.ids(filter.enterprises(), filter.unpairedOnly(), viewer);
		int changed = 0;
		for (long id : ids) {
			if (apply(id, cadre, "cadreId", viewer.username(), reason) != Outcome.UNCHANGED) {
				changed++;
			}
		}
		return new BulkPairing(ids.size(), changed);
	}

	/** How many enterprises a bulk pairing with this filter would touch. */
	@Transactional(readOnly = true)
	public long count(PairingFilter filter, Viewer viewer) {
		PairingAccess.requireAdmin(viewer);
		return enterprises.count(filter.enterprises(), filter.unpairedOnly(), viewer);
	}

	private record Locked(long id, Long cadreId) {
	}

	private Outcome apply(long enterpriseId, CadreRef cadre, String cadreField, String actor, String rawReason) {
		String reason = PairingRule.reason(rawReason);
		if (reason != null && reason.length() > REASON_MAX) {
			throw new RejectedFieldException("reason", "pairing.reason.tooLong", REASON_MAX);
		}
		Locked enterprise = lock(enterpriseId)
			.orElseThrow(() -> new RecordNotFoundException(ENTERPRISE, enterpriseId));
		Outcome outcome = PairingRule.outcome(enterprise.cadreId(), cadre.id());
		if (outcome == Outcome.UNCHANGED) {
			return outcome;
		}
		if (!PairingRule.allowed(enterprise.cadreId(), cadre.id(), cadre.active())) {
			throw new RejectedFieldException(cadreField, "pairing.cadre.inactive", cadre.name());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("update pairing_history set ended_at = :now where enterprise_id = :enterprise and ended_at is null")
			.param("now", now)
			.param("enterprise", enterpriseId)
			.update();
		jdbc.sql("""
				insert into pairing_history (enterprise_id, cadre_id, started_at, assigned_by, reason)
				values (:enterprise, :cadre, :now, :actor, :reason)""")
			.param("enterprise", enterpriseId)
			.param("cadre", cadre.id())
			.param("now", now)
			.param("actor", actor)
			.param("reason", reason)
			.update();
		jdbc.sql("update enterprise set cadre_id = :cadre, paired_since = :now where id = :enterprise")
			.param("cadre", cadre.id())
			.param("now", now)
			.param("enterprise", enterpriseId)
			.update();
		audit.record(actor, ENTERPRISE, enterpriseId, "paired", detail(enterprise.cadreId(), cadre, reason));
		events.publishEvent(new EnterprisePaired(enterpriseId, cadre.id(), enterprise.cadreId()));
		return outcome;
	}

	/** Reads and locks the enterprise row until the transaction ends, so reassignments queue up. */
	private Optional<Locked> lock(long enterpriseId) {
		return jdbc.sql("select id, cadre_id from enterprise where id = :id for update")
			.param("id", enterpriseId)
			.query((rs, n) -> new Locked(rs.getLong(1), rs.getObject(2, Long.class)))
			.optional();
	}

	private String detail(Long previousCadreId, CadreRef cadre, String reason) {
		String previous = previousCadreId == null ? "-"
				: directory.cadre(previousCadreId).map(CadreRef::name).orElse(String.valueOf(previousCadreId));
		return cadre.name() + " " + cadre.phone() + " (" + cadre.departmentName() + ") <- " + previous
				+ (reason == null ? "" : "; " + reason);
	}

}
