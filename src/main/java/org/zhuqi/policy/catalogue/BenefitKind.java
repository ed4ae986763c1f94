package org.zhuqi.policy.catalogue;

/** What a policy gives: 补贴 subsidy, 奖励 reward, 贴息 loan-interest subsidy, 减免 relief, 其他 other. */
public enum BenefitKind {

	SUBSIDY, REWARD, INTEREST, RELIEF, OTHER

}
