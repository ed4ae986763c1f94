package org.zhuqi.shared;

/**
 * What a signed-in user is to the platform.
 */
public enum Role {

	/** 企业服务中心: the enterprise service centre that runs the platform. */
	ADMIN,

	/** A handler bound to one district department (区级部门/街道). */
	DEPARTMENT,

	/** 联企干部: a liaison cadre bound to one cadre record and its paired enterprises. */
	CADRE,

	/** Staff of one enterprise, seeing only that enterprise. */
	ENTERPRISE;

	public String authority() {
		return "ROLE_" + name();
	}

}
