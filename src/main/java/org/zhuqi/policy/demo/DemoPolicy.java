package org.zhuqi.policy.demo;

import java.math.BigDecimal;

import org.zhuqi.policy.catalogue.AmountRule;
import org.zhuqi.policy.catalogue.BenefitKind;
import org.zhuqi.policy.rule.Rule;

/**
 * One policy of the demo district, as the service centre would enter it.
 *
 * @param departmentCode the issuing department's directory code
 * @param publishedMonth the month of 2026 it was published in
 * @param takeUp the share of matching enterprises that apply (ignored for 免申即享)
 * @param paid whether its grants have reached payment by the demo's today (one policy's approved list still waits for public notice)
 */
record DemoPolicy(String title, String documentNo, String departmentCode, BenefitKind kind, AmountRule amount,
		BigDecimal budget, boolean noApplication, Rule rule, String summary, int publishedMonth, double takeUp,
		boolean paid) {
}
