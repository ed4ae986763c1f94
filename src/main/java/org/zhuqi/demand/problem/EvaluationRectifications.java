package org.zhuqi.demand.problem;

import java.math.BigDecimal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.RectificationRequested;
import org.zhuqi.shared.Viewer;

/**
 * Turns the evaluation's rectification requests (评议整改) into problems: one per request, in category
 * {@value #CATEGORY}, without an enterprise (ballots are anonymous), assigned at once to the rated department,
 * which then works it like any other problem (accept, resolve; the centre closes it, as nobody rates it). The
 * origin {@code evaluation-rectification:<id>} makes a redelivered event file nothing twice.
 */
@Component
class EvaluationRectifications {

	static final String CATEGORY = "EVALUATION";

	static final String ORIGIN_PREFIX = "evaluation-rectification:";

	/** Who files the problems on the timeline: the evaluation, on behalf of the service centre. */
	static final String ACTOR = "evaluation";

	private static final int TITLE_MAX = 200;

	private final DemandWorkflow workflow;

	EvaluationRectifications(DemandWorkflow workflow) {
		this.workflow = workflow;
	}

	@ApplicationModuleListener
	void on(RectificationRequested requested) {
		workflow.fileFromOrigin(origin(requested.rectificationId()), CATEGORY, title(requested), description(requested),
				requested.departmentId(), Viewer.admin(ACTOR));
	}

	static String origin(long rectificationId) {
		return ORIGIN_PREFIX + rectificationId;
	}

	/** Stored text of the problem, in Chinese like every problem's: 评议整改：2026 上半年 千家企业评部门. */
	static String title(RectificationRequested requested) {
		String title = "评议整改：" + requested.periodLabel() + " " + requested.campaignName();
		return title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
	}

	static String description(RectificationRequested requested) {
		String score = "该票加权得分 " + requested.score().stripTrailingZeros().toPlainString() + " / "
				+ BigDecimal.valueOf(requested.scaleMaximum()) + "（由 " + requested.requestedBy() + " 转为整改事项）";
		return requested.comment() == null ? "企业评议低分。" + score : "企业意见：" + requested.comment() + "\n" + score;
	}

}
