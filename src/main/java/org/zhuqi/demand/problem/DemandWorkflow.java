package org.zhuqi.demand.problem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.demand.DemandChanged;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Files problems and carries out every action on them: checks who may act ({@link DemandAccess}), guards
 * against concurrent edits, lets {@link Demand} change its state, writes the timeline and publishes
 * {@link DemandChanged}, all in one transaction (joining the caller's, if any).
 */
@Service
public class DemandWorkflow {

	static final String KIND = "demand";

	private final Demands demands;

	private final Categories categories;

	private final Timeline timeline;

	private final Deadlines deadlines;

	private final Directory directory;

	private final VisitRecords visits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	@Autowired
	DemandWorkflow(Demands demands, Categories categories, Timeline timeline, Deadlines deadlines, Directory directory,
			VisitRecords visits, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this(demands, categories, timeline, deadlines, directory, visits, events, clock,
				new TransactionTemplate(transactions));
	}

	private DemandWorkflow(Demands demands, Categories categories, Timeline timeline, Deadlines deadlines,
			Directory directory, VisitRecords visits, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transaction) {
		this.demands = demands;
		this.categories = categories;
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.directory = directory;
		this.visits = visits;
		this.events = events;
		this.clock = clock;
		this.transaction = transaction;
		this.reading = new TransactionTemplate(transaction.getTransactionManager());
		this.reading.setReadOnly(true);
	}

	/**
	 * The same workflow on another clock, e.g. to replay a history of problems as demo data. Transactions are
	 * programmatic here so that this copy, which is no Spring proxy, keeps them.
	 */
	public DemandWorkflow at(Clock otherClock) {
		return new DemandWorkflow(demands, categories, timeline, deadlines, directory, visits, events, otherClock,
				transaction);
	}

	/**
	 * The same workflow publishing no {@link DemandChanged}, for replaying a past nobody needs to be told about
	 * again (the demo history); everything else, the timeline included, is as usual.
	 */
	public DemandWorkflow withoutEvents() {
		return new DemandWorkflow(demands, categories, timeline, deadlines, directory, visits, event -> {
		}, clock, transaction);
	}

	/**
	 * Files a problem for an enterprise the viewer may file for; it waits for the centre in 待受理. A problem
	 * turned from a visit record (走访记录) keeps the link; the visit must be the viewer's and of that enterprise.
	 */
	public Demand file(FilingForm form, Viewer viewer) {
		return transaction.execute(status -> doFile(form, viewer));
	}

	private Demand doFile(FilingForm form, Viewer viewer) {
		long enterpriseId = viewer.is(Role.ENTERPRISE) ? viewer.enterpriseId()
				: required(form.getEnterpriseId(), "enterpriseId");
		EnterpriseRef enterprise = directory.enterprise(enterpriseId)
			.orElseThrow(() -> new RejectedFieldException("enterpriseId", "demand.enterprise.unknown"));
		if (!DemandAccess.canFile(viewer, enterpriseId, enterprise.cadreId())) {
			throw new AccessDeniedException("may not file for enterprise " + enterpriseId);
		}
		Category category = categories.find(form.getCategoryCode())
			.filter(Category::active)
			.orElseThrow(() -> new RejectedFieldException("categoryCode", "demand.category.unknown"));
		if (form.getVisitId() != null) {
			visits.find(form.getVisitId(), viewer)
				.filter(visit -> visit.enterpriseId() == enterpriseId)
				.orElseThrow(() -> new RejectedFieldException("visitId", "demand.visit.unknown"));
		}
		Channel channel = switch (viewer.role()) {
			case ENTERPRISE -> Channel.ENTERPRISE;
			case CADRE -> form.getVisitId() != null ? Channel.VISIT : Channel.CADRE;
			default -> Channel.CENTRE;
		};
		Instant now = clock.instant();
		Demand demand = demands.save(Demand.file(new Demand.Filing(enterpriseId, enterprise.cadreId(),
				enterprise.streetCode(), channel, form.getVisitId(), category.code(), form.getTitle().strip(),
				form.getDescription().strip(), form.getUrgency(), viewer.username()), now));
		record(demand, new Transition(DemandAction.FILE, null, DemandState.SUBMITTED), viewer, null, now);
		return demand;
	}

	/**
	 * Files a problem that comes from another module rather than an enterprise (e.g. a rectification item of the
	 * evaluation of departments) and routes it at once to the department that must put it right, both steps on its
	 * timeline under {@code actor}. Filed once per origin: if one with the same origin exists (a redelivered
	 * event), that one is returned and nothing changes.
	 */
	Demand fileFromOrigin(String origin, String categoryCode, String title, String description, long departmentId,
			Viewer actor) {
		return transaction.execute(status -> demands.findByOrigin(origin).orElseGet(() -> {
			Category category = categories.find(categoryCode)
				.orElseThrow(() -> new IllegalStateException("category " + categoryCode + " is missing"));
			Instant now = clock.instant();
			Demand demand = demands.save(Demand.fileFromOrigin(origin, category.code(), title, description,
					actor.username(), now));
			record(demand, new Transition(DemandAction.FILE, null, DemandState.SUBMITTED), actor, null, now);
			activeDepartment(departmentId, "leadDepartmentId");
			Transition assigned = demand.assign(departmentId, Set.of(), category.timing(), deadlines, now);
			demands.save(demand);
			record(demand, assigned, actor, null, now);
			return demand;
		}));
	}

	/** Reads one problem within the viewer's scope; others look absent. */
	public Demand get(long id, Viewer viewer) {
		return reading.execute(status -> find(id, viewer));
	}

	private Demand find(long id, Viewer viewer) {
		Demand demand = demands.findById(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
		if (!DemandAccess.canRead(viewer, demand)) {
			throw new RecordNotFoundException(KIND, id);
		}
		return demand;
	}

	/** The timeline the viewer may see: an enterprise does not see internal entries. */
	public List<TimelineEntry> timeline(long id, Viewer viewer) {
		return reading.execute(status -> {
			find(id, viewer);
			return timeline.of(id, !viewer.is(Role.ENTERPRISE));
		});
	}

	/** The actions the viewer may take on the problem now, for showing the right buttons. */
	public Set<DemandAction> allowedActions(Demand demand, Viewer viewer) {
		Set<DemandAction> allowed = java.util.EnumSet.noneOf(DemandAction.class);
		for (DemandAction action : DemandAction.values()) {
			if (demand.getState().allows(action) && DemandAccess.canPerform(viewer, action, demand)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/**
	 * Carries out one action. {@code expectedVersion} is the version the user saw (null skips the check); a
	 * different one means somebody else acted meanwhile and nothing is changed.
	 */
	public Demand act(long id, Integer expectedVersion, DemandCommand command, Viewer viewer) {
		return transaction.execute(status -> doAct(id, expectedVersion, command, viewer));
	}

	private Demand doAct(long id, Integer expectedVersion, DemandCommand command, Viewer viewer) {
		Demand demand = find(id, viewer);
		if (!DemandAccess.canPerform(viewer, command.action(), demand)) {
			throw new AccessDeniedException(viewer.username() + " may not " + command.action() + " demand " + id);
		}
		if (expectedVersion != null && !expectedVersion.equals(demand.getVersion())) {
			throw new OptimisticLockingFailureException("demand " + id + " changed meanwhile");
		}
		Instant now = clock.instant();
		Transition transition = apply(demand, command, now);
		demands.save(demand);
		record(demand, transition, viewer, command.note(), now);
		return demand;
	}

	private Transition apply(Demand demand, DemandCommand command, Instant now) {
		if (command instanceof DemandCommand.Assign assign) {
			activeDepartment(assign.leadDepartmentId(), "leadDepartmentId");
			assign.coDepartmentIds().forEach(co -> activeDepartment(co, "coDepartmentIds"));
			return demand.assign(assign.leadDepartmentId(), assign.coDepartmentIds(), timing(demand), deadlines, now);
		}
		if (command instanceof DemandCommand.Accept) {
			return demand.accept(now);
		}
		if (command instanceof DemandCommand.Progress) {
			return demand.progress();
		}
		if (command instanceof DemandCommand.Resolve resolve) {
			return demand.resolve(resolve.note().strip(), now);
		}
		if (command instanceof DemandCommand.ResolveByCadre resolve) {
			return demand.resolveByCadre(resolve.note().strip(), now);
		}
		if (command instanceof DemandCommand.MarkUnresolvable unresolvable) {
			return demand.markUnresolvable(unresolvable.reason(), unresolvable.note(), now);
		}
		if (command instanceof DemandCommand.Return) {
			return demand.returnToCentre();
		}
		if (command instanceof DemandCommand.Rate rate) {
			return demand.rate(rate.level(), rate.note(), deadlines, now);
		}
		if (command instanceof DemandCommand.FollowUp) {
			return demand.followUp(now);
		}
		if (command instanceof DemandCommand.Close) {
			return demand.close(now);
		}
		if (command instanceof DemandCommand.MarkComplex) {
			return demand.markComplex();
		}
		if (command instanceof DemandCommand.Escalate) {
			return demand.escalate(now);
		}
		if (command instanceof DemandCommand.RequestExtension extension) {
			return demand.requestExtension(extension.days(), extension.note(), now);
		}
		if (command instanceof DemandCommand.DecideExtension decision) {
			return demand.decideExtension(decision.approve(), timing(demand), deadlines);
		}
		return demand.remind(now);
	}

	private Demand.Timing timing(Demand demand) {
		return categories.find(demand.getCategoryCode()).map(Category::timing).orElse(new Demand.Timing(1, 7));
	}

	private void activeDepartment(Long id, String field) {
		boolean active = id != null && directory.department(id).map(DepartmentRef::active).orElse(false);
		if (!active) {
			throw new RejectedFieldException(field, "demand.department.unknown");
		}
	}

	private void record(Demand demand, Transition transition, Viewer viewer, String note, Instant now) {
		timeline.append(demand.getId(), transition, viewer.username(), viewer.role().name(), note,
				isInternal(transition.action()), now);
		events.publishEvent(new DemandChanged(demand.getId(), transition.action().name(),
				transition.from() == null ? null : transition.from().name(), transition.to().name(),
				demand.getEnterpriseId(), demand.getCadreId(), demand.getLeadDepartmentId(), viewer.username()));
	}

	/** Entries the enterprise does not see on its timeline. */
	static boolean isInternal(DemandAction action) {
		return action == DemandAction.REMIND || action == DemandAction.REQUEST_EXTENSION
				|| action == DemandAction.DECIDE_EXTENSION || action == DemandAction.MARK_COMPLEX;
	}

	private static long required(Long value, String field) {
		if (value == null) {
			throw new RejectedFieldException(field, "demand.enterprise.required");
		}
		return value;
	}

}
