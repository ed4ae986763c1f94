package org.zhuqi.evaluation.demo;

import java.util.List;
import java.util.Random;

/** Comments enterprises write on the online form, picked by how the ballot scored. */
final class DemoComments {

	private static final List<String> PRAISE = List.of("窗口服务热情周到，办事一次就办成。", "政策解读及时，联络干部上门讲解很到位。",
			"审批提速明显，材料精简了不少。", "遇到问题打电话很快有人回应，点赞。", "惠企政策兑现快，资金到账及时。",
			"专班服务很专业，帮企业解决了用地难题。", "线上办理方便，不用来回跑。", "对企业诉求跟踪到底，有始有终。");

	private static final List<String> NEUTRAL = List.of("总体满意，希望政策宣传再多一些渠道。", "办事流程还可以再简化。",
			"希望多组织政企座谈会，听听企业声音。", "部分事项办理时限偏长，建议公开进度。", "线上系统偶尔卡顿，希望优化。");

	private static final List<String> COMPLAINTS = List.of("材料要求反复补充，希望一次性告知清楚。", "电话经常无人接听，咨询难。",
			"诉求提交后迟迟没有回复，也不知道办到哪一步了。", "政策申报门槛不清楚，解释口径前后不一。", "现场检查频次偏多，影响企业正常经营。",
			"窗口排队时间太长，预约号源紧张。");

	private final Random random;

	DemoComments(Random random) {
		this.random = random;
	}

	/** A comment fitting a ballot with this mean score on the ten-point scale. */
	String about(double meanScore) {
		List<String> pool = meanScore >= 8 ? PRAISE : meanScore > 6 ? NEUTRAL : COMPLAINTS;
		return pool.get(random.nextInt(pool.size()));
	}

}
