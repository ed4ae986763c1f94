package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * A benefit policy (惠企政策) of an issuing department, as the service centre drafts, publishes and closes it.
 * A draft may change freely and may lack its summary, full text and budget; publication needs them and a
 * validity period that has not ended. Once published, only the summary, full text, validity and budget may
 * still be corrected: the amount rule and the 免申即享 flag (no application needed) decide who gets how much,
 * so they never change under enterprises that already rely on them. A closed policy changes no more.
 * <p>
 * The eligibility rule (column {@code rule}) is not part of this aggregate: {@code policy.rule} edits it, and
 * saving a policy never writes it.
 */
@Table("policy")
public class Policy {

	/** The fields a published policy may still have corrected. */
	static final List<String> CORRECTABLE_WHEN_PUBLISHED = List.of("summary", "body", "validFrom", "validUntil",
			"budget");

	@Id
	private Long id;

	@Version
	private Integer version;

	private String title;

	private String documentNo;

	private Long departmentId;

	private String summary;

	private String body;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private BenefitKind benefitKind;

	private BigDecimal budget;

	private AmountRule.Kind amountKind;

	private BigDecimal fixedAmount;

	private BigDecimal percent;

	private Figure percentOf;

	private BigDecimal amountCap;

	private boolean noApplication;

	private PolicyStatus status;

	private Instant publishedAt;

	private Instant closedAt;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	Policy() {
	}

	/** A new draft with the given details. */
	static Policy draft(PolicyDetails details, String createdBy, Instant now) {
		Policy policy = new Policy();
		policy.status = PolicyStatus.DRAFT;
		policy.createdBy = createdBy;
		policy.createdAt = now;
		policy.apply(details, now);
		return policy;
	}

	/**
	 * Applies new details and returns the names of the fields that changed (empty when nothing did, in which
	 * case nothing needs to be written). A draft may change anything; a published policy only
	 * {@link #CORRECTABLE_WHEN_PUBLISHED}, keeping what publication requires, and its validity may not be moved to
	 * end before today.
	 * @throws RejectedFieldException naming the first field a published policy may not change
	 * @throws RefusedActionException when the policy is closed
	 */
	List<String> revise(PolicyDetails details, LocalDate today, Instant now) {
		if (status == PolicyStatus.CLOSED) {
			throw new RefusedActionException("policy.revise.closed");
		}
		List<String> changed = changes(details);
		if (status == PolicyStatus.PUBLISHED && !changed.isEmpty()) {
			for (String field : changed) {
				if (!CORRECTABLE_WHEN_PUBLISHED.contains(field)) {
					throw new RejectedFieldException(field, lockedCode(field));
				}
			}
			missing(details.summary(), details.body(), details.budget())
				.ifPresent(field -> {
					throw new RejectedFieldException(field, "policy.published.required");
				});
			if (changed.contains("validUntil") && details.validUntil().isBefore(today)) {
				throw new RejectedFieldException("validUntil", "policy.published.validUntilPast", today);
			}
		}
		if (!changed.isEmpty()) {
			apply(details, now);
		}
		return changed;
	}

	/**
	 * Publishes the draft: it appears in 政策汇 and is matched.
	 * @throws RefusedActionException when it is not a draft, its validity has ended or a field publication needs
	 * is missing
	 */
	void publish(LocalDate today, Instant now) {
		if (status != PolicyStatus.DRAFT) {
			throw new RefusedActionException("policy.publish.notDraft");
		}
		if (validUntil.isBefore(today)) {
			throw new RefusedActionException("policy.publish.ended", validUntil.toString());
		}
		Optional<String> missing = missing(summary, body, budget);
		if (missing.isPresent()) {
			throw new RefusedActionException("policy.publish.missing",
					new DefaultMessageSourceResolvable("policy.field." + missing.get()));
		}
		status = PolicyStatus.PUBLISHED;
		publishedAt = now;
		updatedAt = now;
	}

	/**
	 * Closes the published policy: it takes no more applications; grants already made are still paid.
	 * @throws RefusedActionException when it is not published
	 */
	void close(Instant now) {
		if (status != PolicyStatus.PUBLISHED) {
			throw new RefusedActionException("policy.close.notPublished");
		}
		status = PolicyStatus.CLOSED;
		closedAt = now;
		updatedAt = now;
	}

	/** The first field publication needs that is blank (summary, body) or zero (budget). */
	private static Optional<String> missing(String summary, String body, BigDecimal budget) {
		if (summary == null || summary.isBlank()) {
			return Optional.of("summary");
		}
		if (body == null || body.isBlank()) {
			return Optional.of("body");
		}
		if (budget == null || budget.signum() <= 0) {
			return Optional.of("budget");
		}
		return Optional.empty();
	}

	private static String lockedCode(String field) {
		if (field.equals("noApplication")) {
			return "policy.published.noApplicationLocked";
		}
		if (field.equals("amountKind") || field.equals("fixedAmount") || field.equals("percent")
				|| field.equals("percentOf") || field.equals("amountCap")) {
			return "policy.published.amountRuleLocked";
		}
		return "policy.published.locked";
	}

	private List<String> changes(PolicyDetails details) {
		List<String> changed = new ArrayList<>();
		compare(changed, "title", title, details.title());
		compare(changed, "documentNo", documentNo, details.documentNo());
		compare(changed, "departmentId", departmentId, details.departmentId());
		compare(changed, "summary", summary, details.summary());
		compare(changed, "body", body, details.body());
		compare(changed, "validFrom", validFrom, details.validFrom());
		compare(changed, "validUntil", validUntil, details.validUntil());
		compare(changed, "benefitKind", benefitKind, details.benefitKind());
		compareAmount(changed, "budget", budget, details.budget());
		AmountRule rule = details.amountRule();
		compare(changed, "amountKind", amountKind, rule.kind());
		compareAmount(changed, "fixedAmount", fixedAmount, rule.fixedAmount());
		compareAmount(changed, "percent", percent, rule.percent());
		compare(changed, "percentOf", percentOf, rule.percentOf());
		compareAmount(changed, "amountCap", amountCap, rule.cap());
		compare(changed, "noApplication", noApplication, details.noApplication());
		return changed;
	}

	private void apply(PolicyDetails details, Instant now) {
		title = details.title();
		documentNo = details.documentNo();
		departmentId = details.departmentId();
		summary = details.summary();
		body = details.body();
		validFrom = details.validFrom();
		validUntil = details.validUntil();
		benefitKind = details.benefitKind();
		budget = details.budget();
		AmountRule rule = details.amountRule();
		amountKind = rule.kind();
		fixedAmount = rule.fixedAmount();
		percent = rule.percent();
		percentOf = rule.percentOf();
		amountCap = rule.cap();
		noApplication = details.noApplication();
		updatedAt = now;
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	private static void compareAmount(List<String> changed, String field, BigDecimal before, BigDecimal after) {
		if (before == null ? after != null : after == null || before.compareTo(after) != 0) {
			changed.add(field);
		}
	}

	/** How much one grant is. */
	public AmountRule amountRule() {
		return new AmountRule(amountKind, fixedAmount, percent, percentOf, amountCap);
	}

	/** Whether the policy is published and the day lies within its validity period. */
	public boolean isOpenOn(LocalDate day) {
		return status == PolicyStatus.PUBLISHED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
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

	public String getDocumentNo() {
		return documentNo;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public BenefitKind getBenefitKind() {
		return benefitKind;
	}

	public BigDecimal getBudget() {
		return budget;
	}

	public boolean isNoApplication() {
		return noApplication;
	}

	public PolicyStatus getStatus() {
		return status;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
