package org.zhuqi.directory.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.directory.reference.ValidPhone;
import org.zhuqi.directory.reference.ValidUscc;

/**
 * What a person types to register or edit an enterprise, on the page form, in the JSON API body and in an
 * import row. Bean Validation checks the shape; {@link EnterpriseService} checks references and uniqueness.
 */
public class EnterpriseForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@ValidUscc
	private String uscc;

	@NotBlank
	private String streetCode;

	@NotBlank
	private String industryCode;

	@NotNull
	private SizeClass sizeClass;

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal registeredCapital;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundedOn;

	@NotBlank
	@Size(max = 50)
	private String contactName;

	@NotBlank
	@ValidPhone
	private String contactPhone;

	private List<String> tags = new ArrayList<>();

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	public static EnterpriseForm of(Enterprise enterprise) {
		EnterpriseForm form = new EnterpriseForm();
		form.name = enterprise.getName();
		form.uscc = enterprise.getUscc();
		form.streetCode = enterprise.getStreetCode();
		form.industryCode = enterprise.getIndustryCode();
		form.sizeClass = enterprise.getSizeClass();
		form.registeredCapital = enterprise.getRegisteredCapital();
		form.foundedOn = enterprise.getFoundedOn();
		form.contactName = enterprise.getContactName();
		form.contactPhone = enterprise.getContactPhone();
		form.tags = new ArrayList<>(enterprise.tagNames());
		form.version = enterprise.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUscc() {
		return uscc;
	}

	public void setUscc(String uscc) {
		this.uscc = uscc;
	}

	public String getStreetCode() {
		return streetCode;
	}

	public void setStreetCode(String streetCode) {
		this.streetCode = streetCode;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public void setIndustryCode(String industryCode) {
		this.industryCode = industryCode;
	}

	public SizeClass getSizeClass() {
		return sizeClass;
	}

	public void setSizeClass(SizeClass sizeClass) {
		this.sizeClass = sizeClass;
	}

	public BigDecimal getRegisteredCapital() {
		return registeredCapital;
	}

	public void setRegisteredCapital(BigDecimal registeredCapital) {
		this.registeredCapital = registeredCapital;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public List<String> getTags() {
		return tags;
	}

	public void setTags(List<String> tags) {
		this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
