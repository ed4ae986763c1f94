package org.zhuqi.evaluation.campaign;

/** How a department is rated in a campaign. */
public enum DepartmentGroup {

	/** 现场测评: its head reports at the meeting, in the campaign's order, and is scored live. */
	LIVE,

	/** 网上测评: rated online by QR code during the rating window. */
	ONLINE

}
