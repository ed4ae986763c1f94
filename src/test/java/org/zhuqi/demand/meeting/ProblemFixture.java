package org.zhuqi.demand.meeting;

import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.demand.problem.FilingForm;
import org.zhuqi.shared.Viewer;

/** Files problems through the workflow for meeting tests: plain ones, and key problems (complex, escalated). */
final class ProblemFixture {

	private static final Viewer CENTRE = Viewer.admin("admin");

	private final DemandWorkflow workflow;

	ProblemFixture(DemandWorkflow workflow) {
		this.workflow = workflow;
	}

	/** A problem of the enterprise assigned to the lead department, not escalated. */
	long assigned(long enterpriseId, long leadDepartmentId, String title) {
		FilingForm form = new FilingForm();
		form.setEnterpriseId(enterpriseId);
		form.setCategoryCode("SPACE");
		form.setTitle(title);
		form.setDescription(title + "，请协调解决");
		long id = workflow.file(form, CENTRE).getId();
		workflow.act(id, null, new DemandCommand.Assign(leadDepartmentId, null, null), CENTRE);
		return id;
	}

	/** A problem assigned to the lead department, marked complex and escalated to a key problem (重点问题). */
	long keyProblem(long enterpriseId, long leadDepartmentId, String title) {
		long id = assigned(enterpriseId, leadDepartmentId, title);
		workflow.act(id, null, new DemandCommand.MarkComplex("涉及多个部门"), CENTRE);
		workflow.act(id, null, new DemandCommand.Escalate("需专题协调"), CENTRE);
		return id;
	}

}
