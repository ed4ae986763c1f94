package org.zhuqi.demand.problem;

import org.springframework.stereotype.Component;
import org.zhuqi.attachment.AttachmentAccess;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and add the files of a problem (owner type {@value #OWNER_TYPE}): whoever may read the problem
 * may download its files; while it is not closed, the enterprise, its cadre, the centre and the departments
 * handling it may add more (evidence, a signed reply).
 */
@Component
class DemandAttachments implements AttachmentAccess {

	static final String OWNER_TYPE = "demand";

	private final Demands demands;

	DemandAttachments(Demands demands) {
		this.demands = demands;
	}

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public boolean canRead(Viewer viewer, long demandId) {
		return demands.findById(demandId).map(demand -> DemandAccess.canRead(viewer, demand)).orElse(false);
	}

	@Override
	public boolean canAdd(Viewer viewer, long demandId) {
		return demands.findById(demandId)
			.map(demand -> demand.getState() != DemandState.CLOSED && DemandAccess.canRead(viewer, demand))
			.orElse(false);
	}

}
