package org.zhuqi.policy.catalogue;

import org.springframework.stereotype.Component;
import org.zhuqi.attachment.AttachmentAccess;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and add the files of a policy (owner type {@value PolicyCatalogue#AUDIT_TYPE}, e.g. the 政策原文
 * PDF): whoever may read the policy may read its files; only the service centre adds them.
 */
@Component
class PolicyAttachments implements AttachmentAccess {

	private final Policies policies;

	PolicyAttachments(Policies policies) {
		this.policies = policies;
	}

	@Override
	public String ownerType() {
		return PolicyCatalogue.AUDIT_TYPE;
	}

	@Override
	public boolean canRead(Viewer viewer, long policyId) {
		return policies.findById(policyId)
			.map(policy -> PolicyAccess.canSee(viewer, policy.getStatus(), policy.getDepartmentId()))
			.orElse(false);
	}

	@Override
	public boolean canAdd(Viewer viewer, long policyId) {
		return PolicyAccess.canManage(viewer) && policies.existsById(policyId);
	}

}
