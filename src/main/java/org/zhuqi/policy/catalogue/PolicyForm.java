package org.zhuqi.policy.catalogue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the service centre types to draft or revise a policy, on the page form and in the JSON API body. Bean
 * Validation checks the shape, including the fields the chosen amount kind needs and an end of validity not
 * before its start; {@link Policy} checks what publication needs and what a published policy may change,
 * {@link PolicyCatalogue} the issuing department.
 */
@PolicyForm.Consistent
public class PolicyForm {

	@NotBlank(message = "{policy.form.title.required}")
	@Size(max = 200, message = "{policy.form.title.tooLong}")
	private String title;

	@NotBlank(message = "{policy.form.documentNo.required}")
	@Size(max = 100, message = "{policy.form.documentNo.tooLong}")
	private String documentNo;

	@NotNull(message = "{policy.form.departmentId.required}")
	private Long departmentId;

	@Size(max = 1000, message = "{policy.form.summary.tooLong}")
	private String summary;

	@Size(max = 20000, message = "{policy.form.body.tooLong}")
	private String body;

	@NotNull(message = "{policy.form.validFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@NotNull(message = "{policy.form.validUntil.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	@NotNull(message = "{policy.form.benefitKind.required}")
	private BenefitKind benefitKind;

	@DecimalMin(value = "0", message = "{policy.form.budget.negative}")
	@Digits(integer = 16, fraction = 2, message = "{policy.form.amount.digits}")
	private BigDecimal budget;

	@NotNull(message = "{policy.form.amountKind.required}")
	private AmountRule.Kind amountKind;

	@DecimalMin(value = "0", inclusive = false, message = "{policy.form.amount.positive}")
	@Digits(integer = 16, fraction = 2, message = "{policy.form.amount.digits}")
	private BigDecimal fixedAmount;

	@DecimalMin(value = "0", inclusive = false, message = "{policy.form.percent.range}")
	@DecimalMax(value = "100", message = "{policy.form.percent.range}")
	@Digits(integer = 3, fraction = 4, message = "{policy.form.percent.digits}")
	private BigDecimal percent;

	private Figure percentOf;

	@DecimalMin(value = "0", inclusive = false, message = "{policy.form.amount.positive}")
	@Digits(integer = 16, fraction = 2, message = "{policy.form.amount.digits}")
	private BigDecimal amountCap;

	/** 免申即享: matched enterprises get the grant without applying. */
	private boolean noApplication;

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	public static PolicyForm of(Policy policy) {
		PolicyForm form = new PolicyForm();
		form.title = policy.getTitle();
		form.documentNo = policy.getDocumentNo();
		form.departmentId = policy.getDepartmentId();
		form.summary = policy.getSummary();
		form.body = policy.getBody();
		form.validFrom = policy.getValidFrom();
		form.validUntil = policy.getValidUntil();
		form.benefitKind = policy.getBenefitKind();
		form.budget = policy.getBudget();
		AmountRule rule = policy.amountRule();
		form.amountKind = rule.kind();
		form.fixedAmount = rule.fixedAmount();
		form.percent = rule.percent() == null ? null : rule.percent().stripTrailingZeros();
		form.percentOf = rule.percentOf();
		form.amountCap = rule.cap();
		form.noApplication = policy.isNoApplication();
		form.version = policy.getVersion();
		return form;
	}

	/**
	 * The checks across fields: a FIXED rule needs its amount; a PERCENT rule needs its percentage and an amount
	 * figure (not a head count); the validity ends on or after it starts. Each failure is reported on the field
	 * to correct. The fields of the other amount kind are ignored ({@link PolicyDetails#from}).
	 */
	@Documented
	@Constraint(validatedBy = ConsistencyValidator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Consistent {

		String message() default "{policy.form.inconsistent}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** Checks {@link Consistent}. */
	public static class ConsistencyValidator implements ConstraintValidator<Consistent, PolicyForm> {

		@Override
		public boolean isValid(PolicyForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (form.validFrom != null && form.validUntil != null && form.validUntil.isBefore(form.validFrom)) {
				valid = reject(context, "validUntil", "{policy.form.validUntil.beforeFrom}");
			}
			if (form.amountKind == AmountRule.Kind.FIXED && form.fixedAmount == null) {
				valid = reject(context, "fixedAmount", "{policy.form.fixedAmount.required}");
			}
			else if (form.amountKind == AmountRule.Kind.PERCENT) {
				if (form.percent == null) {
					valid = reject(context, "percent", "{policy.form.percent.required}");
				}
				if (form.percentOf == null) {
					valid = reject(context, "percentOf", "{policy.form.percentOf.required}");
				}
				else if (form.percentOf.isCount()) {
					valid = reject(context, "percentOf", "{policy.form.percentOf.count}");
				}
			}
			return valid;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String template) {
			context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDocumentNo() {
		return documentNo;
	}

	public void setDocumentNo(String documentNo) {
		this.documentNo = documentNo;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public BenefitKind getBenefitKind() {
		return benefitKind;
	}

	public void setBenefitKind(BenefitKind benefitKind) {
		this.benefitKind = benefitKind;
	}

	public BigDecimal getBudget() {
		return budget;
	}

	public void setBudget(BigDecimal budget) {
		this.budget = budget;
	}

	public AmountRule.Kind getAmountKind() {
		return amountKind;
	}

	public void setAmountKind(AmountRule.Kind amountKind) {
		this.amountKind = amountKind;
	}

	public BigDecimal getFixedAmount() {
		return fixedAmount;
	}

	public void setFixedAmount(BigDecimal fixedAmount) {
		this.fixedAmount = fixedAmount;
	}

	public BigDecimal getPercent() {
		return percent;
	}

	public void setPercent(BigDecimal percent) {
		this.percent = percent;
	}

	public Figure getPercentOf() {
		return percentOf;
	}

	public void setPercentOf(Figure percentOf) {
		this.percentOf = percentOf;
	}

	public BigDecimal getAmountCap() {
		return amountCap;
	}

	public void setAmountCap(BigDecimal amountCap) {
		this.amountCap = amountCap;
	}

	public boolean isNoApplication() {
		return noApplication;
	}

	public void setNoApplication(boolean noApplication) {
		this.noApplication = noApplication;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
