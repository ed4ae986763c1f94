package org.zhuqi.policy.demo;

import java.math.BigDecimal;
import java.util.List;

import org.zhuqi.policy.catalogue.AmountRule;
import org.zhuqi.policy.catalogue.BenefitKind;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.rule.RuleAttribute;
import org.zhuqi.policy.rule.RuleCondition;
import org.zhuqi.policy.rule.RuleGroup;
import org.zhuqi.policy.rule.RuleOperator;

/**
 * The demo district's fourteen benefit policies (the article: 14 policies online, 13 paid), three of them
 * 免申即享. Amounts and thresholds follow the usual shape of district policies in Zhejiang; the one not yet paid
 * is the technical-renovation subsidy, whose approved list waits for public notice.
 */
final class DemoPolicies {

	private DemoPolicies() {
	}

	static final List<DemoPolicy> ALL = List.of(
			new DemoPolicy("高新技术企业认定奖励", "西科〔2026〕3号", "KJJ", BenefitKind.REWARD, fixed("200000"),
					yuan("40000000"), true, tag(RuleOperator.HAS_ANY, "高新技术企业"),
					"对经认定（含重新认定）的国家高新技术企业给予一次性奖励 20 万元，免申即享。", 3, 0, true),
			new DemoPolicy("研发费用补助", "西科〔2026〕8号", "KJJ", BenefitKind.SUBSIDY,
					AmountRule.percentOf(new BigDecimal("10"), Figure.RD_SPEND, yuan("500000")), yuan("40000000"), false,
					RuleGroup.all(RuleCondition.of(RuleAttribute.INDUSTRY, RuleOperator.IN, "C", "I", "M"),
							RuleCondition.figure(Figure.RD_SPEND, RuleOperator.GE, "1000000")),
					"按企业上年度研发费用的 10% 给予补助，最高 50 万元。", 3, 0.7, true),
			new DemoPolicy("人才租房补贴", "西人才〔2026〕2号", "RCB", BenefitKind.SUBSIDY, fixed("36000"),
					yuan("15000000"), false,
					RuleGroup.all(RuleCondition.figure(Figure.TALENTS, RuleOperator.GE, "1"),
							RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "MEDIUM", "SMALL", "MICRO")),
					"对引进人才的中小微企业给予人才租房补贴每家 3.6 万元，配合 1 万套人才租赁住房使用。", 3, 0.6, true),
			new DemoPolicy("小微企业贷款贴息", "西金融〔2026〕4号", "JRB", BenefitKind.INTEREST,
					AmountRule.percentOf(new BigDecimal("50"), Figure.LOAN_INTEREST, yuan("300000")), yuan("20000000"),
					false,
					RuleGroup.all(RuleCondition.figure(Figure.LOAN_INTEREST, RuleOperator.GT, "0"),
							RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "SMALL", "MICRO")),
					"对小微企业上年度流动资金贷款利息给予 50% 贴息，最高 30 万元。", 4, 0.55, true),
			new DemoPolicy("首次上规奖励", "西经信〔2026〕6号", "JXJ", BenefitKind.REWARD, fixed("100000"),
					yuan("15000000"), true,
					RuleGroup.all(tag(RuleOperator.HAS_ANY, "规上企业"),
							RuleCondition.of(RuleAttribute.YEARS_SINCE_FOUNDING, RuleOperator.LE, "8")),
					"对首次纳入规模以上统计的工业和服务业企业给予一次性奖励 10 万元，免申即享。", 4, 0, true),
			new DemoPolicy("外贸稳增长补助", "西商务〔2026〕9号", "SHWJ", BenefitKind.SUBSIDY,
					AmountRule.percentOf(new BigDecimal("2"), Figure.EXPORTS, yuan("200000")), yuan("10000000"), false,
					RuleGroup.all(tag(RuleOperator.HAS_ANY, "外贸企业"),
							RuleCondition.figure(Figure.EXPORTS, RuleOperator.GE, "5000000")),
					"对上年度出口额 500 万元以上的外贸企业按出口额的 2% 给予补助，最高 20 万元。", 4, 0.65, true),
			new DemoPolicy("专精特新企业奖励", "西经信〔2026〕11号", "JXJ", BenefitKind.REWARD, fixed("300000"),
					yuan("18000000"), true, tag(RuleOperator.HAS_ANY, "专精特新"),
					"对新认定的省级以上专精特新中小企业给予一次性奖励 30 万元，免申即享。", 4, 0, true),
			new DemoPolicy("企业上云数字化改造补助", "西数据〔2026〕2号", "SJZYJ", BenefitKind.SUBSIDY,
					AmountRule.percentOf(new BigDecimal("30"), Figure.INVESTMENT, yuan("100000")), yuan("8000000"), false,
					RuleGroup.all(tag(RuleOperator.HAS_ANY, "数字经济"),
							RuleCondition.figure(Figure.INVESTMENT, RuleOperator.GE, "100000")),
					"对实施上云和数字化改造的企业按投资额的 30% 给予补助，最高 10 万元。", 5, 0.5, true),
			new DemoPolicy("科技型中小企业研发投入补助", "西科〔2026〕15号", "KJJ", BenefitKind.SUBSIDY,
					AmountRule.percentOf(new BigDecimal("5"), Figure.RD_SPEND, yuan("200000")), yuan("10000000"), false,
					tag(RuleOperator.HAS_ANY, "科技型中小企业"),
					"对入库科技型中小企业按上年度研发投入的 5% 给予补助，最高 20 万元。", 5, 0.6, true),
			new DemoPolicy("雏鹰企业培育奖励", "西科〔2026〕16号", "KJJ", BenefitKind.REWARD, fixed("50000"),
					yuan("3000000"), false, tag(RuleOperator.HAS_ANY, "雏鹰企业"),
					"对入选雏鹰计划的初创科技企业给予培育奖励 5 万元。", 5, 0.7, true),
			new DemoPolicy("小微企业房租减免", "西企服〔2026〕1号", "QFZX", BenefitKind.RELIEF, fixed("20000"),
					yuan("6000000"), false,
					RuleGroup.all(RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "MICRO"),
							RuleCondition.of(RuleAttribute.STREET, RuleOperator.IN, "SANDUN", "SHUANGPU", "ZHUANTANG",
									"LIUXIA")),
					"对在三墩、双浦、转塘、留下租用办公用房的微型企业减免房租 2 万元。", 5, 0.5, true),
			new DemoPolicy("稳岗返还", "西人社〔2026〕7号", "RSJ", BenefitKind.SUBSIDY, fixed("15000"),
					yuan("9000000"), false,
					RuleGroup.any(RuleCondition.figure(Figure.EMPLOYEES, RuleOperator.GE, "50"),
							RuleGroup.all(RuleCondition.figure(Figure.EMPLOYEES, RuleOperator.GE, "10"),
									tag(RuleOperator.HAS_ANY, "高新技术企业", "专精特新"))),
					"对不裁员或少裁员、参保职工 50 人以上（科技企业 10 人以上）的企业返还失业保险费 1.5 万元。", 6, 0.5, true),
			new DemoPolicy("企业上市奖励", "西金融〔2026〕10号", "JRB", BenefitKind.REWARD, fixed("1000000"),
					yuan("10000000"), false, tag(RuleOperator.HAS_ANY, "上市企业"),
					"对在境内外证券交易所首发上市的企业给予奖励 100 万元。", 6, 0.3, true),
			new DemoPolicy("工业企业技术改造投资补助", "西经信〔2026〕18号", "JXJ", BenefitKind.SUBSIDY,
					AmountRule.percentOf(new BigDecimal("8"), Figure.INVESTMENT, yuan("1000000")), yuan("20000000"),
					false,
					RuleGroup.all(RuleCondition.of(RuleAttribute.INDUSTRY, RuleOperator.IN, "C"),
							RuleCondition.figure(Figure.INVESTMENT, RuleOperator.GE, "2000000")),
					"对设备投资 200 万元以上的工业技术改造项目按投资额的 8% 给予补助，最高 100 万元。", 9, 0.7, false));

	private static AmountRule fixed(String yuan) {
		return AmountRule.fixed(new BigDecimal(yuan));
	}

	private static BigDecimal yuan(String yuan) {
		return new BigDecimal(yuan);
	}

	private static RuleCondition tag(RuleOperator operator, String... tags) {
		return RuleCondition.of(RuleAttribute.TAGS, operator, tags);
	}

}
