package org.zhuqi.demand.problem;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhuqi.attachment.Attachments;
import org.zhuqi.shared.Viewer;

/**
 * Files a problem together with its attachments (PDF, images, Office files, checked by their content): both or
 * neither, so a refused file leaves no problem behind and the form can be sent again.
 */
@Service
public class DemandIntake {

	private final DemandWorkflow workflow;

	private final Attachments attachments;

	DemandIntake(DemandWorkflow workflow, Attachments attachments) {
		this.workflow = workflow;
		this.attachments = attachments;
	}

	/**
	 * @throws org.zhuqi.shared.RejectedFieldException on the form's field, or on field
	 * {@value Attachments#FIELD} for a refused file
	 */
	@Transactional
	public Demand file(FilingForm form, List<MultipartFile> files, Viewer viewer) {
		Demand demand = workflow.file(form, viewer);
		if (files != null && !files.isEmpty()) {
			attachments.storeAll(DemandAttachments.OWNER_TYPE, demand.getId(), files, viewer.username());
		}
		return demand;
	}

}
