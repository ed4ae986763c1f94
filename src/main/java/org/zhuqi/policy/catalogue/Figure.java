package org.zhuqi.policy.catalogue;

/**
 * A figure an enterprise declares (申报数据), in yuan unless {@link #isCount()}: eligibility rules compare them
 * and percentage amounts are computed from them. The latest declared value of each is kept per enterprise
 * (table {@code enterprise_figure}); an application declares the ones its policy needs.
 */
public enum Figure {

	/** 上年度营业收入, last year's revenue. */
	REVENUE(false),

	/** 上年度研发费用, last year's R&D spend. */
	RD_SPEND(false),

	/** 上年度纳税总额, last year's taxes paid. */
	TAX_PAID(false),

	/** 上年度出口额, last year's exports. */
	EXPORTS(false),

	/** 贷款利息支出, interest paid on qualifying loans. */
	LOAN_INTEREST(false),

	/** 固定资产投资额, fixed-asset investment. */
	INVESTMENT(false),

	/** 从业人员数, employees. */
	EMPLOYEES(true),

	/** 引进人才数, talents recruited (for rental and talent subsidies). */
	TALENTS(true);

	private final boolean count;

	Figure(boolean count) {
		this.count = count;
	}

	/** Whether the figure is a number of people rather than an amount of yuan. */
	public boolean isCount() {
		return count;
	}

	/** The message key of the figure's name, e.g. {@code policy.figure.REVENUE}. */
	public String messageKey() {
		return "policy.figure." + name();
	}

}
