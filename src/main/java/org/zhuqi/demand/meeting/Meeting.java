package org.zhuqi.demand.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.shared.RejectedFieldException;

/**
 * A coordination meeting (专题协调会): convened by one department (usually 区企业发展服务中心) with the
 * attending departments (参会部门), an ordered agenda of key problems (重点问题) and the minutes (会议纪要).
 * Its decisions are {@link ActionItem}s, kept apart because each one is marked done on its own.
 */
@Table("meeting")
public class Meeting {

	public static final int TITLE_MAX = 200;

	public static final int MINUTES_MAX = 8000;

	@Id
	private Long id;

	@Version
	private Integer version;

	private String title;

	private LocalDate heldOn;

	private long convenerDepartmentId;

	private String minutes;

	private String createdBy;

	private Instant createdAt;

	@MappedCollection(idColumn = "meeting_id")
	private Set<MeetingDepartment> attending = new LinkedHashSet<>();

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<AgendaEntry> agenda = new ArrayList<>();

	Meeting() {
	}

	/** A new meeting with these details, as the service centre records it. */
	static Meeting convene(MeetingDetails details, String createdBy, Instant now) {
		Meeting meeting = new Meeting();
		meeting.apply(details, Set.of());
		meeting.createdBy = createdBy;
		meeting.createdAt = now;
		return meeting;
	}

	/**
	 * Applies new details and names what changed. {@code problemsWithActions} are the agenda problems that
	 * already have action items of this meeting: they cannot leave the agenda.
	 */
	List<String> revise(MeetingDetails details, Set<Long> problemsWithActions) {
		String oldTitle = title;
		LocalDate oldHeldOn = heldOn;
		long oldConvener = convenerDepartmentId;
		Set<Long> oldAttending = attendingDepartmentIds();
		List<Long> oldAgenda = agendaDemandIds();
		String oldMinutes = minutes;
		apply(details, problemsWithActions);
		List<String> changed = new ArrayList<>();
		addIfChanged(changed, "title", oldTitle, title);
		addIfChanged(changed, "heldOn", oldHeldOn, heldOn);
		addIfChanged(changed, "convener", oldConvener, convenerDepartmentId);
		addIfChanged(changed, "attending", oldAttending, attendingDepartmentIds());
		addIfChanged(changed, "agenda", oldAgenda, agendaDemandIds());
		addIfChanged(changed, "minutes", oldMinutes, minutes);
		return changed;
	}

	private void apply(MeetingDetails details, Set<Long> problemsWithActions) {
		if (details.title() == null || details.title().isEmpty()) {
			throw new RejectedFieldException("title", "meeting.title.required");
		}
		if (details.title().length() > TITLE_MAX) {
			throw new RejectedFieldException("title", "meeting.title.overLimit", TITLE_MAX);
		}
		if (details.heldOn() == null) {
			throw new RejectedFieldException("heldOn", "meeting.heldOn.required");
		}
		if (details.attendingDepartmentIds().isEmpty()) {
			throw new RejectedFieldException("attendingDepartmentIds", "meeting.attending.required");
		}
		if (details.minutes() != null && details.minutes().length() > MINUTES_MAX) {
			throw new RejectedFieldException("minutes", "meeting.minutes.overLimit", MINUTES_MAX);
		}
		List<AgendaEntry> newAgenda = agendaOf(details.agenda());
		Set<Long> kept = newAgenda.stream().map(AgendaEntry::demandId).collect(Collectors.toSet());
		for (AgendaEntry entry : agenda) {
			if (problemsWithActions.contains(entry.demandId()) && !kept.contains(entry.demandId())) {
				throw new RejectedFieldException("agenda", "meeting.agenda.hasActions");
			}
		}
		title = details.title();
		heldOn = details.heldOn();
		convenerDepartmentId = details.convenerDepartmentId();
		attending = details.attendingDepartmentIds()
			.stream()
			.map(MeetingDepartment::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		agenda = newAgenda;
		minutes = details.minutes();
	}

	/** The agenda rule: key problems (重点问题) only, each once, in the order given. */
	static List<AgendaEntry> agendaOf(List<AgendaProblem> problems) {
		Set<Long> seen = new HashSet<>();
		List<AgendaEntry> entries = new ArrayList<>();
		for (AgendaProblem problem : problems) {
			if (!problem.keyProblem()) {
				throw new RejectedFieldException("agenda", "meeting.agenda.notKeyProblem", problem.title());
			}
			if (!seen.add(problem.demandId())) {
				throw new RejectedFieldException("agenda", "meeting.agenda.duplicate", problem.title());
			}
			entries.add(new AgendaEntry(problem.demandId()));
		}
		return entries;
	}

	/** 会议纪要: replaces the minutes (blank clears them) and tells whether they changed. */
	boolean recordMinutes(String text) {
		String cleaned = text == null || text.isBlank() ? null : text.strip();
		if (cleaned != null && cleaned.length() > MINUTES_MAX) {
			throw new RejectedFieldException("minutes", "meeting.minutes.overLimit", MINUTES_MAX);
		}
		boolean changed = !Objects.equals(minutes, cleaned);
		minutes = cleaned;
		return changed;
	}

	/** Whether the problem is on this meeting's agenda. */
	public boolean discusses(long demandId) {
		return agenda.stream().anyMatch(entry -> entry.demandId() == demandId);
	}

	private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public long getConvenerDepartmentId() {
		return convenerDepartmentId;
	}

	public String getMinutes() {
		return minutes;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<Long> attendingDepartmentIds() {
		return attending.stream()
			.map(MeetingDepartment::departmentId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public List<Long> agendaDemandIds() {
		return agenda.stream().map(AgendaEntry::demandId).toList();
	}

}
