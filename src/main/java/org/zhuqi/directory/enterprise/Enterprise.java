package org.zhuqi.directory.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.directory.reference.SizeClass;

/**
 * An enterprise of the district, identified by its unified social credit code. The paired cadre is not
 * part of this aggregate: pairing has its own history and is changed by {@code pairing}.
 */
@Table("enterprise")
public class Enterprise {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String uscc;

	private String name;

	private String streetCode;

	private String industryCode;

	private SizeClass sizeClass;

	private BigDecimal registeredCapital;

	private LocalDate foundedOn;

	private String contactName;

	private String contactPhone;

	/** Written only by pairing; read here for scoping. */
	@ReadOnlyProperty
	private Long cadreId;

	@MappedCollection(idColumn = "enterprise_id")
	private Set<EnterpriseTag> tags = new LinkedHashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	Enterprise() {
	}

	static Enterprise register(EnterpriseDetails details, Instant now) {
		Enterprise enterprise = new Enterprise();
		enterprise.uscc = details.uscc();
		enterprise.createdAt = now;
		enterprise.apply(details, now);
		return enterprise;
	}

	/**
	 * Applies new details and returns the names of the fields that changed (empty when nothing did, in which
	 * case nothing needs to be written).
	 */
	List<String> revise(EnterpriseDetails details, Instant now) {
		List<String> changed = new ArrayList<>();
		compare(changed, "uscc", uscc, details.uscc());
		compare(changed, "name", name, details.name());
		compare(changed, "streetCode", streetCode, details.streetCode());
		compare(changed, "industryCode", industryCode, details.industryCode());
		compare(changed, "sizeClass", sizeClass, details.sizeClass());
		if (registeredCapital == null || registeredCapital.compareTo(details.registeredCapital()) != 0) {
			changed.add("registeredCapital");
		}
		compare(changed, "foundedOn", foundedOn, details.foundedOn());
		compare(changed, "contactName", contactName, details.contactName());
		compare(changed, "contactPhone", contactPhone, details.contactPhone());
		compare(changed, "tags", tagNames(), details.tags());
		if (!changed.isEmpty()) {
			uscc = details.uscc();
			apply(details, now);
		}
		return changed;
	}

	private void apply(EnterpriseDetails details, Instant now) {
		name = details.name();
		streetCode = details.streetCode();
		industryCode = details.industryCode();
		sizeClass = details.sizeClass();
		registeredCapital = details.registeredCapital();
		foundedOn = details.foundedOn();
		contactName = details.contactName();
		contactPhone = details.contactPhone();
		tags = details.tags().stream().map(EnterpriseTag::new).collect(Collectors.toCollection(LinkedHashSet::new));
		updatedAt = now;
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	public Set<String> tagNames() {
		return tags.stream().map(EnterpriseTag::tag).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	public String getUscc() {
		return uscc;
	}

	public String getName() {
		return name;
	}

	public String getStreetCode() {
		return streetCode;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public SizeClass getSizeClass() {
		return sizeClass;
	}

	public BigDecimal getRegisteredCapital() {
		return registeredCapital;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public Long getCadreId() {
		return cadreId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
