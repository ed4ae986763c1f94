package org.zhuqi.demand.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo enterprises ask for, per problem category: typical titles with their description and the
 * resolution the department wrote, and which units of the demo directory usually lead on them (by unit code,
 * see {@code directory.demo.DemoUnits}). Drawn from what the article's liaison cadres did: premises for a
 * start-up, staff housing, recruiting, loans, policy money, approvals, school places, customs.
 */
final class ProblemCatalog {

	/** A kind of problem: its title, what the enterprise wrote, and how it was solved. */
	record Sample(String title, String description, String resolution) {
	}

	/** The samples of one category and the unit codes that lead on it, the first most often. */
	record Topic(String categoryCode, List<String> units, List<Sample> samples) {
	}

	static final List<Topic> TOPICS = List.of(
			new Topic("RECRUITMENT", List.of("RSJ", "QFZX", "RCB"), List.of(
					new Sample("春节后返岗用工缺口较大", "企业节后一线岗位缺员约%d人，希望协助对接劳务输出地和招聘渠道。",
							"区人力社保局组织专场招聘会并对接省外劳务协作站，企业已招录到岗。"),
					new Sample("急需招聘软件开发工程师", "研发团队扩张，需招聘Java及算法工程师%d名，希望参加高校专场招聘。",
							"已安排企业参加浙大、杭电校园专场招聘，发布岗位信息，企业反馈收到简历百余份。"),
					new Sample("申请以工代训补贴", "企业新招员工%d人，咨询以工代训补贴的申请条件和材料。",
							"已上门指导企业准备材料并完成线上申报，补贴已进入审核流程。"),
					new Sample("高校毕业生见习基地申报", "希望申报就业见习基地，提供见习岗位%d个。",
							"经审核企业符合条件，已认定为区级就业见习基地。"))),
			new Topic("FINANCING", List.of("JRB", "HZYH", "QFZX"), List.of(
					new Sample("流动资金贷款到期续贷困难", "企业%d万元流动资金贷款即将到期，续贷审批进度慢，希望协调银行。",
							"区金融办协调合作银行开通无还本续贷，贷款已续期一年。"),
					new Sample("申请科创直投基金", "企业处于A轮融资阶段，希望了解区科创直投基金投资条件，融资需求%d万元。",
							"已对接区科创直投基金管理人，完成尽调并进入投决流程。"),
					new Sample("知识产权质押融资咨询", "企业拥有发明专利%d项，咨询专利质押融资办理流程。",
							"已对接银行开展专利评估，企业获得知识产权质押贷款。"),
					new Sample("政银企对接会报名", "希望参加“政银企”金融峰会，对接%d家以上银行的信贷产品。",
							"已安排企业参加金融峰会，并与两家银行达成授信意向。"))),
			new Topic("SPACE", List.of("TCJ", "ZJG", "ZGFJ"), List.of(
					new Sample("初创企业急需办公场地", "团队扩张至%d人，现有场地不足，希望推荐园区内的办公空间。",
							"已推荐紫金港科技城孵化器工位并协助办理入驻，享受首年租金减免。"),
					new Sample("厂房租赁到期需搬迁", "现租用厂房%d平方米合同到期，希望在区内寻找替代场地。",
							"已提供三处备选场地信息并陪同实地查看，企业已签约新场地。"),
					new Sample("楼宇停车位不足", "员工%d人，所在楼宇停车位紧张，希望协调周边停车资源。",
							"已协调周边公共停车场提供优惠月租车位。"),
					new Sample("研发用房装修审批", "新租研发用房需装修改造，面积约%d平方米，咨询消防审验流程。",
							"已组织住建、消防部门上门指导，审验一次通过。"))),
			new Topic("POLICY", List.of("JXJ", "KJJ", "CZJ", "FGJ"), List.of(
					new Sample("研发费用补助迟迟未到账", "去年申报的研发费用补助%d万元已公示，至今未到账。",
							"经核实为拨付批次原因，财政资金已于本周拨付到企业账户。"),
					new Sample("高新技术企业认定奖励咨询", "企业今年通过高新技术企业认定，咨询区级奖励%d万元的申领方式。",
							"已指导企业在亲清在线提交申请，奖励资金已兑现。"),
					new Sample("首次上规奖励申请", "企业今年首次纳入规上统计，营收%d万元，申请首次上规奖励。",
							"经审核符合条件，奖励已列入本批次兑现名单。"),
					new Sample("数字经济专项资金申报", "企业承担数字化改造项目，投资%d万元，咨询专项资金申报条件。",
							"已讲解申报指南并完成项目入库，待专家评审。"))),
			new Topic("APPROVAL", List.of("XZFW", "SCJGJ", "ZJJ", "STHJ"), List.of(
					new Sample("食品经营许可证办理", "新开门店%d家，需办理食品经营许可证，希望加快审批。",
							"开通绿色通道，许可证已在三个工作日内核发。"),
					new Sample("营业执照经营范围变更", "企业新增%d项业务，需变更经营范围，咨询是否需要前置审批。",
							"已指导企业网上办理变更，当天领取新执照。"),
					new Sample("环评审批进度咨询", "新建实验室项目环评已提交%d天，希望了解审批进度。",
							"生态环境分局已完成技术评估，环评批复已出具。"),
					new Sample("施工许可证办理", "厂房改建项目面积%d平方米，施工许可材料多次补正，希望上门指导。",
							"住建部门上门一次性告知所需材料，施工许可证已核发。"))),
			new Topic("HOUSING", List.of("RCB", "ZJJ", "ZJG"), List.of(
					new Sample("员工集体住宿困难", "复工后近%d名员工集体住宿无着落，希望协调临时住所。",
							"协调人才租赁住房及周边酒店，员工已全部入住，降低企业住宿成本三十余万元。"),
					new Sample("人才租赁住房申请", "企业引进硕士以上人才%d名，申请人才租赁住房。",
							"已纳入本批次人才租赁住房配租名单，人才已办理入住。"),
					new Sample("高层次人才认定咨询", "企业%d名骨干咨询高层次人才分类认定和购房补贴。",
							"人才办组织政策解读，两人已通过E类人才认定。"),
					new Sample("人才公寓租金补贴", "入住人才公寓的员工%d人，咨询租金补贴发放时间。",
							"补贴已按季度发放到员工个人账户。"))),
			new Topic("SCHOOLING", List.of("JYJ", "RCB"), List.of(
					new Sample("高管子女入学安排", "企业高管%d人子女今年秋季入学，申请人才子女入学保障。",
							"教育局按人才子女入学政策统筹安排，已全部落实学位。"),
					new Sample("员工子女入园难", "员工子女%d人入园报名未录取，希望协调普惠性幼儿园学位。",
							"协调就近普惠性幼儿园，已安排入园。"),
					new Sample("外籍人才子女就读国际学校", "外籍专家%d名子女需就读国际学校，咨询入学政策。",
							"已对接区内国际学校并办理插班手续。"))),
			new Topic("LEGAL", List.of("SFJ", "FY", "SCJGJ"), List.of(
					new Sample("合同纠纷法律咨询", "与上游供应商合同纠纷涉及金额%d万元，希望得到法律援助。",
							"安排企业服务律师团开展法治体检，纠纷已通过调解解决。"),
					new Sample("商标被抢注维权", "企业核心品牌在%d个类别被他人抢注，咨询维权途径。",
							"市场监管局指导提出异议申请，并提供知识产权维权援助。"),
					new Sample("劳动争议调解", "企业与%d名离职员工发生劳动争议，希望开展调解。",
							"劳动争议调解中心组织调解，双方达成和解协议。"))),
			new Topic("TRADE", List.of("SHWJ", "HGB", "SWJ"), List.of(
					new Sample("出口退税进度慢", "企业申报出口退税%d万元，审核进度较慢，影响资金周转。",
							"税务局开通出口退税绿色通道，退税款已到账。"),
					new Sample("海关AEO认证辅导", "企业年进出口额%d万美元，希望申请海关AEO高级认证。",
							"钱江海关组织上门辅导，企业已提交认证申请。"),
					new Sample("参加境外展会补助", "企业参加境外展会%d场，咨询展位费补助申请。",
							"已指导企业提交补助申请，补助资金已兑现。"))),
			new Topic("OTHER", List.of("QFZX", "CGJ", "JTJ", "JXJ"), List.of(
					new Sample("园区道路夜间照明不足", "园区周边道路夜间照明不足，员工%d人加班后出行不便。",
							"城管局已增设路灯并完成亮灯。"),
					new Sample("公交线路优化建议", "园区员工约%d人通勤，建议增设公交站点或延长班次。",
							"交通运输局已优化线路并增设站点。"),
					new Sample("用电增容申请", "新增生产线需用电增容%d千伏安，希望协调供电部门。",
							"协调供电公司现场勘查，增容工程已完工送电。"),
					new Sample("企业宽带网络升级", "企业所在楼宇宽带带宽不足，%d名员工办公受影响。",
							"协调通信运营商完成楼宇光纤升级。"))));

	/** Progress notes a department writes while working, visible to the enterprise. */
	static final List<String> PROGRESS = List.of("已与企业电话沟通，了解具体情况。", "已上门走访企业，现场核实诉求。",
			"已召集相关科室研究办理方案。", "已与相关单位对接，正在协调中。", "材料已提交上级部门审核。");

	/** What a department writes when it cannot solve the problem, by reason code. */
	static final Map<String, String> UNRESOLVABLE = Map.of("POLICY", "经研究，企业诉求与现行政策规定不符，已向企业做好解释。",
			"AUTHORITY", "诉求涉及市级事权，已向企业说明并提供对接渠道。", "WITHDRAWN", "企业已自行解决，申请撤回诉求。",
			"OTHER", "因客观条件限制暂无法解决，已做好解释工作并持续跟踪。");

	/** Comments enterprises leave with a rating, by level. */
	static final Map<String, List<String>> COMMENTS = Map.of("VERY_SATISFIED",
			List.of("响应非常及时，感谢联企干部！", "办理高效，为企业解决了大问题。", "服务周到，点赞！"), "SATISFIED",
			List.of("问题已解决，谢谢。", "办理比较及时。", ""), "BASICALLY_SATISFIED",
			List.of("问题基本解决，希望进一步跟进。", "办理时间稍长。", ""), "DISSATISFIED",
			List.of("问题没有实际解决。", "办理时间过长，沟通不够。"), "VERY_DISSATISFIED", List.of("答复敷衍，问题依旧。"));

	private ProblemCatalog() {
	}

}
