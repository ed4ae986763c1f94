package org.zhuqi.demand.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.shared.RefusedActionException;

/**
 * A problem an enterprise raised (诉求), as a small state machine: every method checks that the current
 * {@link DemandState} allows the action, changes the state and the clocks, and returns the
 * {@link Transition} for the timeline. Who may act is decided by {@link DemandAccess}, not here.
 */
@Table("demand")
public class Demand {

	/** An enterprise has this long to rate a resolved problem; after that it counts as not rated. */
	public static final Duration RATING_WINDOW = Duration.ofDays(7);

	/** 整改: contact the enterprise within this many working days of a dissatisfied rating. */
	public static final int FOLLOW_UP_WORKING_DAYS = 1;

	/** 整改: fix the problem within this many working days of a dissatisfied rating. */
	public static final int RECTIFY_WORKING_DAYS = 15;

	@Id
	private Long id;

	@Version
	private Integer version;

	private Long enterpriseId;

	/** Where a problem without an enterprise came from, e.g. {@code evaluation-rectification:42}; else null. */
	private String origin;

	private Long cadreId;

	private String streetCode;

	private Channel channel;

	private Long visitId;

	private String categoryCode;

	private String title;

	private String description;

	private Urgency urgency;

	private DemandState state;

	private String filedBy;

	private Instant submittedAt;

	private Long leadDepartmentId;

	@MappedCollection(idColumn = "demand_id")
	private Set<CoDepartment> coDepartments = new LinkedHashSet<>();

	private Instant assignedAt;

	private Instant acceptDueAt;

	private Instant acceptedAt;

	private Instant resolveDueAt;

	private Instant resolvedAt;

	private String resolution;

	private boolean resolvedByCadre;

	private UnresolvableReason unresolvableReason;

	private boolean coordinated;

	private boolean complex;

	private boolean keyProblem;

	private Instant escalatedAt;

	private Integer extensionDays;

	private String extensionReason;

	private Instant extensionRequestedAt;

	private int extendedDays;

	private Satisfaction rating;

	private String ratingComment;

	private Instant ratedAt;

	private Instant rateDueAt;

	private Instant rectificationOpenedAt;

	private Instant followUpDueAt;

	private Instant followedUpAt;

	private Instant rectifyDueAt;

	private boolean rectified;

	private Satisfaction firstRating;

	private Instant closedAt;

	private Instant lastRemindedAt;

	Demand() {
	}

	/** A newly filed problem, waiting for the centre in {@link DemandState#SUBMITTED}. */
	static Demand file(Filing filing, Instant now) {
		Demand demand = new Demand();
		demand.enterpriseId = filing.enterpriseId();
		demand.cadreId = filing.cadreId();
		demand.streetCode = filing.streetCode();
		demand.channel = filing.channel();
		demand.visitId = filing.visitId();
		demand.categoryCode = filing.categoryCode();
		demand.title = filing.title();
		demand.description = filing.description();
		demand.urgency = filing.urgency();
		demand.filedBy = filing.filedBy();
		demand.state = DemandState.SUBMITTED;
		demand.submittedAt = now;
		return demand;
	}

	/**
	 * A problem that comes from elsewhere than an enterprise, e.g. a rectification item (整改事项) from the
	 * evaluation of departments: no enterprise, no cadre, no street; the origin names its source once.
	 */
	static Demand fileFromOrigin(String origin, String categoryCode, String title, String description,
			String filedBy, Instant now) {
		Demand demand = file(new Filing(null, null, null, Channel.CENTRE, null, categoryCode, title, description,
				Urgency.NORMAL, filedBy), now);
		demand.origin = origin;
		return demand;
	}

	/** Everything a filing carries, already checked by the service. */
	public record Filing(Long enterpriseId, Long cadreId, String streetCode, Channel channel, Long visitId,
			String categoryCode, String title, String description, Urgency urgency, String filedBy) {
	}

	/** The clock of a category (its timing): working days to accept and to resolve. */
	public record Timing(int acceptDays, int resolveDays) {
	}

	/** 交办: routes to a lead department with optional co-departments and starts both clocks. */
	Transition assign(long leadDepartment, Set<Long> coDepartmentIds, Timing clock, Deadlines deadlines, Instant now) {
		DemandState from = require(DemandAction.ASSIGN);
		leadDepartmentId = leadDepartment;
		coDepartments = coDepartmentIds.stream()
			.filter(id -> id != leadDepartment)
			.map(CoDepartment::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		assignedAt = now;
		acceptedAt = null;
		acceptDueAt = deadlines.deadline(now, clock.acceptDays());
		resolveDueAt = deadlines.deadline(now, clock.resolveDays() + extendedDays);
		coordinated = true;
		return move(DemandAction.ASSIGN, from, DemandState.ASSIGNED);
	}

	/** 受理 by the lead department. */
	Transition accept(Instant now) {
		DemandState from = require(DemandAction.ACCEPT);
		acceptedAt = now;
		return move(DemandAction.ACCEPT, from, DemandState.IN_PROGRESS);
	}

	/** A progress note; the state does not change. */
	Transition progress() {
		DemandState from = require(DemandAction.PROGRESS);
		return new Transition(DemandAction.PROGRESS, from, from);
	}

	/** 办结 by the lead department; after a rectification this is the fix, awaiting the one re-rating. */
	Transition resolve(String text, Instant now) {
		DemandState from = require(DemandAction.RESOLVE);
		if (from == DemandState.RECTIFYING) {
			rectified = true;
		}
		return finish(DemandAction.RESOLVE, from, DemandState.RESOLVED, text, now);
	}

	/** Resolved directly by the paired cadre before it was routed; counts as coordinated. */
	Transition resolveByCadre(String text, Instant now) {
		DemandState from = require(DemandAction.RESOLVE_BY_CADRE);
		resolvedByCadre = true;
		coordinated = true;
		return finish(DemandAction.RESOLVE_BY_CADRE, from, DemandState.RESOLVED, text, now);
	}

	/** 无法解决, with a reason; the enterprise may still rate the service. */
	Transition markUnresolvable(UnresolvableReason reason, String note, Instant now) {
		DemandState from = require(DemandAction.MARK_UNRESOLVABLE);
		Objects.requireNonNull(reason, "reason");
		if (reason == UnresolvableReason.OTHER && (note == null || note.isBlank())) {
			throw new RefusedActionException("demand.unresolvable.noteRequired");
		}
		unresolvableReason = reason;
		return finish(DemandAction.MARK_UNRESOLVABLE, from, DemandState.UNRESOLVABLE, note, now);
	}

	/** Sent back to the centre by the department (e.g. the wrong department); the clocks stop. */
	Transition returnToCentre() {
		DemandState from = require(DemandAction.RETURN);
		leadDepartmentId = null;
		coDepartments = new LinkedHashSet<>();
		acceptDueAt = null;
		resolveDueAt = null;
		acceptedAt = null;
		return move(DemandAction.RETURN, from, DemandState.SUBMITTED);
	}

	/**
	 * The enterprise's rating. A dissatisfied first rating reopens the problem for rectification (整改); the
	 * rating after a rectification is final, whatever its level.
	 */
	Transition rate(Satisfaction level, String comment, Deadlines deadlines, Instant now) {
		DemandState from = require(DemandAction.RATE);
		Objects.requireNonNull(level, "level");
		rating = level;
		ratingComment = comment;
		ratedAt = now;
		if (level.isDissatisfied() && !rectified && rectificationOpenedAt == null) {
			firstRating = level;
			rectificationOpenedAt = now;
			followUpDueAt = deadlines.deadline(now, FOLLOW_UP_WORKING_DAYS);
			rectifyDueAt = deadlines.deadline(now, RECTIFY_WORKING_DAYS);
			followedUpAt = null;
			return move(DemandAction.RATE, from, DemandState.RECTIFYING);
		}
		return move(DemandAction.RATE, from, DemandState.RATED);
	}

	/** 整改 follow-up contact with the enterprise; the state does not change. */
	Transition followUp(Instant now) {
		DemandState from = require(DemandAction.FOLLOW_UP);
		if (followedUpAt == null) {
			followedUpAt = now;
		}
		return new Transition(DemandAction.FOLLOW_UP, from, from);
	}

	Transition close(Instant now) {
		DemandState from = require(DemandAction.CLOSE);
		closedAt = now;
		return move(DemandAction.CLOSE, from, DemandState.CLOSED);
	}

	Transition markComplex() {
		DemandState from = require(DemandAction.MARK_COMPLEX);
		if (complex) {
			throw new RefusedActionException("demand.complex.already");
		}
		complex = true;
		return new Transition(DemandAction.MARK_COMPLEX, from, from);
	}

	/** 升级为重点问题: only a problem that is overdue or marked complex, and only once. */
	Transition escalate(Instant now) {
		DemandState from = require(DemandAction.ESCALATE);
		if (keyProblem) {
			throw new RefusedActionException("demand.escalate.already");
		}
		if (!complex && !isOverdue(now)) {
			throw new RefusedActionException("demand.escalate.notOverdue");
		}
		keyProblem = true;
		escalatedAt = now;
		coordinated = true;
		return new Transition(DemandAction.ESCALATE, from, from);
	}

	/** The lead department asks for more working days to resolve; one request at a time. */
	Transition requestExtension(int days, String reason, Instant now) {
		DemandState from = require(DemandAction.REQUEST_EXTENSION);
		if (extensionRequestedAt != null) {
			throw new RefusedActionException("demand.extension.pending");
		}
		if (days < 1 || days > 30) {
			throw new RefusedActionException("demand.extension.days", 1, 30);
		}
		extensionDays = days;
		extensionReason = reason;
		extensionRequestedAt = now;
		return new Transition(DemandAction.REQUEST_EXTENSION, from, from);
	}

	/** The centre's decision on a pending extension; an approval moves the resolve deadline. */
	Transition decideExtension(boolean approve, Timing clock, Deadlines deadlines) {
		DemandState from = require(DemandAction.DECIDE_EXTENSION);
		if (extensionRequestedAt == null) {
			throw new RefusedActionException("demand.extension.none");
		}
		if (approve) {
			extendedDays += extensionDays;
			resolveDueAt = deadlines.deadline(assignedAt, clock.resolveDays() + extendedDays);
		}
		extensionDays = null;
		extensionReason = null;
		extensionRequestedAt = null;
		return new Transition(DemandAction.DECIDE_EXTENSION, from, from);
	}

	/** 督办: records that the department was reminded. */
	Transition remind(Instant now) {
		DemandState from = require(DemandAction.REMIND);
		lastRemindedAt = now;
		return new Transition(DemandAction.REMIND, from, from);
	}

	/** The deadline the problem is working against now, or {@code null} when no clock runs. */
	public Instant currentDeadline() {
		return switch (state) {
			case ASSIGNED -> acceptDueAt;
			case IN_PROGRESS -> resolveDueAt;
			case RECTIFYING -> followedUpAt == null ? followUpDueAt : rectifyDueAt;
			default -> null;
		};
	}

	public boolean isOverdue(Instant now) {
		Instant deadline = currentDeadline();
		return deadline != null && now.isAfter(deadline);
	}

	/** Due within the given time but not yet overdue. */
	public boolean isDueSoon(Instant now, Duration window) {
		Instant deadline = currentDeadline();
		return deadline != null && !now.isAfter(deadline) && now.plus(window).isAfter(deadline);
	}

	/** Resolved or unresolvable, and the rating window passed without a rating. */
	public boolean ratingWindowPassed(Instant now) {
		return (state == DemandState.RESOLVED || state == DemandState.UNRESOLVABLE) && rateDueAt != null
				&& now.isAfter(rateDueAt);
	}

	public boolean involves(long departmentId) {
		return leadDepartmentId != null && leadDepartmentId == departmentId
				|| coDepartments.stream().anyMatch(co -> co.departmentId() == departmentId);
	}

	private Transition finish(DemandAction action, DemandState from, DemandState to, String text, Instant now) {
		resolution = text;
		resolvedAt = now;
		rateDueAt = now.plus(RATING_WINDOW);
		rating = null;
		ratingComment = null;
		ratedAt = null;
		return move(action, from, to);
	}

	private DemandState require(DemandAction action) {
		if (!state.allows(action)) {
			throw new RefusedActionException("demand.transition.illegal",
					new DefaultMessageSourceResolvable("demand.state." + state.name()),
					new DefaultMessageSourceResolvable("demand.action." + action.name()));
		}
		return state;
	}

	private Transition move(DemandAction action, DemandState from, DemandState to) {
		state = to;
		return new Transition(action, from, to);
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	/** The enterprise that raised it; {@code null} for a problem of another origin (see {@link #getOrigin()}). */
	public Long getEnterpriseId() {
		return enterpriseId;
	}

	public String getOrigin() {
		return origin;
	}

	public Long getCadreId() {
		return cadreId;
	}

	public String getStreetCode() {
		return streetCode;
	}

	public Channel getChannel() {
		return channel;
	}

	public Long getVisitId() {
		return visitId;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public DemandState getState() {
		return state;
	}

	public String getFiledBy() {
		return filedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Long getLeadDepartmentId() {
		return leadDepartmentId;
	}

	public Set<Long> getCoDepartmentIds() {
		return coDepartments.stream().map(CoDepartment::departmentId).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public Instant getAssignedAt() {
		return assignedAt;
	}

	public Instant getAcceptDueAt() {
		return acceptDueAt;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Instant getResolveDueAt() {
		return resolveDueAt;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public String getResolution() {
		return resolution;
	}

	public boolean isResolvedByCadre() {
		return resolvedByCadre;
	}

	public UnresolvableReason getUnresolvableReason() {
		return unresolvableReason;
	}

	public boolean isCoordinated() {
		return coordinated;
	}

	public boolean isComplex() {
		return complex;
	}

	public boolean isKeyProblem() {
		return keyProblem;
	}

	public Instant getEscalatedAt() {
		return escalatedAt;
	}

	public Integer getExtensionDays() {
		return extensionDays;
	}

	public String getExtensionReason() {
		return extensionReason;
	}

	public Instant getExtensionRequestedAt() {
		return extensionRequestedAt;
	}

	public int getExtendedDays() {
		return extendedDays;
	}

	public Satisfaction getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public Instant getRatedAt() {
		return ratedAt;
	}

	public Instant getRateDueAt() {
		return rateDueAt;
	}

	public Instant getRectificationOpenedAt() {
		return rectificationOpenedAt;
	}

	public Instant getFollowUpDueAt() {
		return followUpDueAt;
	}

	public Instant getFollowedUpAt() {
		return followedUpAt;
	}

	public Instant getRectifyDueAt() {
		return rectifyDueAt;
	}

	public boolean isRectified() {
		return rectified;
	}

	public Satisfaction getFirstRating() {
		return firstRating;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getLastRemindedAt() {
		return lastRemindedAt;
	}

	/** For the cadre re-pairing of an open problem's enterprise. */
	void reassignCadre(Long newCadreId) {
		this.cadreId = newCadreId;
	}

}
