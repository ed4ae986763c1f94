package org.zhuqi.directory.cadre;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A liaison cadre (联企干部): an official of one department who is paired with a set of enterprises and is
 * their first contact. The phone identifies the cadre; an inactive cadre keeps its history but cannot be
 * paired with further enterprises.
 */
@Table("cadre")
public class Cadre {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private Long departmentId;

	private String phone;

	private String title;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	Cadre() {
	}

	static Cadre appoint(CadreDetails details, long departmentId, Instant now) {
		Cadre cadre = new Cadre();
		cadre.createdAt = now;
		cadre.apply(details, departmentId, now);
		return cadre;
	}

	/**
	 * Applies new details and returns the names of the fields that changed (empty when nothing did, in which
	 * case nothing needs to be written).
	 */
	List<String> revise(CadreDetails details, long newDepartmentId, Instant now) {
		List<String> changed = new ArrayList<>();
		compare(changed, "name", name, details.name());
		compare(changed, "departmentCode", departmentId, newDepartmentId);
		compare(changed, "phone", phone, details.phone());
		compare(changed, "title", title, details.title());
		compare(changed, "active", active, details.active());
		if (!changed.isEmpty()) {
			apply(details, newDepartmentId, now);
		}
		return changed;
	}

	/** Makes the cadre available for pairing again; says whether anything changed. */
	boolean activate(Instant now) {
		return setActive(true, now);
	}

	/** Stops further pairings with this cadre; says whether anything changed. */
	boolean deactivate(Instant now) {
		return setActive(false, now);
	}

	private boolean setActive(boolean value, Instant now) {
		if (active == value) {
			return false;
		}
		active = value;
		updatedAt = now;
		return true;
	}

	private void apply(CadreDetails details, long newDepartmentId, Instant now) {
		name = details.name();
		departmentId = newDepartmentId;
		phone = details.phone();
		title = details.title();
		active = details.active();
		updatedAt = now;
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
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

	public String getName() {
		return name;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public String getPhone() {
		return phone;
	}

	public String getTitle() {
		return title;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
