package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	private static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

	private static PolicyDetails details(String summary, String body, String budget, LocalDate until) {
		return new PolicyDetails("研发费用补助", "西科发〔2026〕3号", 7L, summary, body, LocalDate.of(2026, 1, 1), until,
				BenefitKind.SUBSIDY, new BigDecimal(budget),
				AmountRule.percentOf(new BigDecimal("20"), Figure.RD_SPEND, new BigDecimal("500000.00")), false);
	}

	private static PolicyDetails complete() {
		return details("对研发投入给予补助", "第一条 ……", "3000000.00", LocalDate.of(2026, 12, 31));
	}

	private static Policy published() {
		Policy policy = Policy.draft(complete(), "admin", NOW);
		policy.publish(TODAY, NOW);
		return policy;
	}

	@Test
	void publishesACompleteDraftWithinItsValidity() {
		Policy policy = Policy.draft(complete(), "admin", NOW);

		policy.publish(TODAY, NOW);

		assertThat(policy.getStatus()).isEqualTo(PolicyStatus.PUBLISHED);
		assertThat(policy.getPublishedAt()).isEqualTo(NOW);
		assertThat(policy.isOpenOn(TODAY)).isTrue();
		assertThat(policy.isOpenOn(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void refusesToPublishWhenTheValidityHasEnded() {
		Policy policy = Policy.draft(details("摘要", "原文", "100", TODAY.minusDays(1)), "admin", NOW);

		assertThatThrownBy(() -> policy.publish(TODAY, NOW)).isInstanceOf(RefusedActionException.class)
			.extracting(ex -> ((RefusedActionException) ex).code())
			.isEqualTo("policy.publish.ended");
		assertThat(policy.getStatus()).isEqualTo(PolicyStatus.DRAFT);
	}

	@Test
	void publishesOnTheLastDayOfValidity() {
		Policy policy = Policy.draft(details("摘要", "原文", "100", TODAY), "admin", NOW);

		policy.publish(TODAY, NOW);

		assertThat(policy.getStatus()).isEqualTo(PolicyStatus.PUBLISHED);
	}

	@Test
	void refusesToPublishWithoutSummaryBodyOrBudget() {
		for (PolicyDetails incomplete : new PolicyDetails[] { details("", "原文", "100", TODAY),
				details("摘要", " ", "100", TODAY), details("摘要", "原文", "0.00", TODAY) }) {
			Policy policy = Policy.draft(incomplete, "admin", NOW);
			assertThatThrownBy(() -> policy.publish(TODAY, NOW)).isInstanceOf(RefusedActionException.class)
				.extracting(ex -> ((RefusedActionException) ex).code())
				.isEqualTo("policy.publish.missing");
		}
	}

	@Test
	void publishesOnlyDraftsAndClosesOnlyPublishedPolicies() {
		Policy draft = Policy.draft(complete(), "admin", NOW);
		assertThatThrownBy(() -> draft.close(NOW)).isInstanceOf(RefusedActionException.class)
			.extracting(ex -> ((RefusedActionException) ex).code())
			.isEqualTo("policy.close.notPublished");

		Policy policy = published();
		assertThatThrownBy(() -> policy.publish(TODAY, NOW)).isInstanceOf(RefusedActionException.class)
			.extracting(ex -> ((RefusedActionException) ex).code())
			.isEqualTo("policy.publish.notDraft");
		policy.close(NOW);
		assertThat(policy.getStatus()).isEqualTo(PolicyStatus.CLOSED);
		assertThat(policy.getClosedAt()).isEqualTo(NOW);
		assertThat(policy.isOpenOn(TODAY)).isFalse();
	}

	@Test
	void draftChangesAnythingAndSaysWhatChanged() {
		Policy policy = Policy.draft(complete(), "admin", NOW);
		PolicyDetails before = complete();
		PolicyDetails changed = new PolicyDetails("新名称", before.documentNo(), before.departmentId(), before.summary(),
				before.body(), before.validFrom(), before.validUntil(), BenefitKind.REWARD, before.budget(),
				AmountRule.fixed(new BigDecimal("100000")), true);

		assertThat(policy.revise(changed, TODAY, NOW)).containsExactly("title", "benefitKind", "amountKind",
				"fixedAmount", "percent", "percentOf", "amountCap", "noApplication");
		assertThat(policy.amountRule()).isEqualTo(AmountRule.fixed(new BigDecimal("100000")));
		assertThat(policy.isNoApplication()).isTrue();
		assertThat(policy.revise(changed, TODAY, NOW)).as("nothing changes the second time").isEmpty();
	}

	@Test
	void publishedPolicyMayHaveSummaryBodyValidityAndBudgetCorrected() {
		Policy policy = published();
		PolicyDetails corrected = details("更正后的摘要", "更正后的原文", "4000000.50", LocalDate.of(2027, 3, 31));

		assertThat(policy.revise(corrected, TODAY, NOW)).containsExactly("summary", "body", "validUntil", "budget");
		assertThat(policy.getBudget()).isEqualByComparingTo("4000000.50");
		assertThat(policy.getValidUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void publishedPolicyKeepsItsAmountRuleAndNoApplicationFlag() {
		Policy policy = published();
		PolicyDetails before = complete();
		PolicyDetails otherCap = new PolicyDetails(before.title(), before.documentNo(), before.departmentId(),
				before.summary(), before.body(), before.validFrom(), before.validUntil(), before.benefitKind(),
				before.budget(), AmountRule.percentOf(new BigDecimal("20"), Figure.RD_SPEND, new BigDecimal("800000")),
				false);
		PolicyDetails noApplication = new PolicyDetails(before.title(), before.documentNo(), before.departmentId(),
				before.summary(), before.body(), before.validFrom(), before.validUntil(), before.benefitKind(),
				before.budget(), before.amountRule(), true);
		PolicyDetails otherTitle = new PolicyDetails("另一个名称", before.documentNo(), before.departmentId(),
				before.summary(), before.body(), before.validFrom(), before.validUntil(), before.benefitKind(),
				before.budget(), before.amountRule(), false);

		assertRejected(policy, otherCap, "amountCap", "policy.published.amountRuleLocked");
		assertRejected(policy, noApplication, "noApplication", "policy.published.noApplicationLocked");
		assertRejected(policy, otherTitle, "title", "policy.published.locked");
		assertRejected(policy, details("", before.body(), "3000000", before.validUntil()), "summary",
				"policy.published.required");
		assertRejected(policy, details(before.summary(), before.body(), "3000000", TODAY.minusDays(1)), "validUntil",
				"policy.published.validUntilPast");
		assertThat(policy.amountRule().cap()).isEqualByComparingTo("500000");
		assertThat(policy.getTitle()).isEqualTo("研发费用补助");
	}

	@Test
	void closedPolicyChangesNoMore() {
		Policy policy = published();
		policy.close(NOW);

		assertThatThrownBy(() -> policy.revise(complete(), TODAY, NOW)).isInstanceOf(RefusedActionException.class)
			.extracting(ex -> ((RefusedActionException) ex).code())
			.isEqualTo("policy.revise.closed");
	}

	private static void assertRejected(Policy policy, PolicyDetails details, String field, String code) {
		assertThatThrownBy(() -> policy.revise(details, TODAY, NOW)).isInstanceOf(RejectedFieldException.class)
			.satisfies(ex -> {
				RejectedFieldException rejected = (RejectedFieldException) ex;
				assertThat(rejected.field()).isEqualTo(field);
				assertThat(rejected.code()).isEqualTo(code);
			});
	}

}
