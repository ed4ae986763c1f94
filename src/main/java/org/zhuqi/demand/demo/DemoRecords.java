package org.zhuqi.demand.demo;

import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.Viewer;

/**
 * The directory records the demo logins are bound to (see {@code account.DemoAccounts}): steps their records
 * take are signed with their usernames, so the demo users recognise their own history; everybody else acts
 * as {@code demo}.
 */
record DemoRecords(long departmentId, long cadreId, long enterpriseId) {

	/** 区经信局, the bureau of the {@code dept} login. */
	static final String DEPARTMENT_CODE = "JXJ";

	/** 尉轩文 of 灵隐街道, the article's best liaison cadre and the {@code cadre} login. */
	static final String CADRE_PHONE = "13957112020";

	static final String OTHERS = "demo";

	static DemoRecords of(Directory directory) {
		long cadre = directory.cadreByPhone(CADRE_PHONE).map(CadreRef::id).orElse(0L);
		return new DemoRecords(directory.departmentByCode(DEPARTMENT_CODE).map(DepartmentRef::id).orElse(0L), cadre,
				directory.enterprisesPairedWith(cadre).stream().findFirst().map(EnterpriseRef::id).orElse(0L));
	}

	Viewer viewer(Story.Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> Viewer.admin("admin");
			case DEPARTMENT -> Viewer.department(actor.id() == departmentId ? "dept" : OTHERS, actor.id());
			case CADRE -> Viewer.cadre(actor.id() == cadreId ? "cadre" : OTHERS, actor.id());
			case ENTERPRISE -> Viewer.enterprise(actor.id() == enterpriseId ? "ent" : OTHERS, actor.id());
		};
	}

}
