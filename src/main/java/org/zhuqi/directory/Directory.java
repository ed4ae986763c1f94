package org.zhuqi.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's public face for other modules: look up departments, cadres and enterprises and who is
 * paired with whom. Read-only and unscoped; callers apply their own rules to what they show.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private static final String DEPARTMENT = "select id, code, name, kind, active from department";

	private static final String CADRE = """
			select c.id, c.name, c.phone, c.department_id, d.name as department_name, c.active
			from cadre c join department d on d.id = c.department_id""";

	private static final String ENTERPRISE = "select id, uscc, name, street_code, cadre_id from enterprise";

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DepartmentRef> department(long id) {
		return jdbc.sql(DEPARTMENT + " where id = :id").param("id", id).query(DepartmentRef.class).optional();
	}

	public Optional<DepartmentRef> departmentByCode(String code) {
		return jdbc.sql(DEPARTMENT + " where code = :code").param("code", code).query(DepartmentRef.class).optional();
	}

	/** Active departments by name, for choosing one. */
	public List<DepartmentRef> activeDepartments() {
		return jdbc.sql(DEPARTMENT + " where active = true order by kind, name").query(DepartmentRef.class).list();
	}

	public Optional<CadreRef> cadre(long id) {
		return jdbc.sql(CADRE + " where c.id = :id").param("id", id).query(CadreRef.class).optional();
	}

	public Optional<CadreRef> cadreByPhone(String phone) {
		return jdbc.sql(CADRE + " where c.phone = :phone").param("phone", phone).query(CadreRef.class).optional();
	}

	public Optional<EnterpriseRef> enterprise(long id) {
		return jdbc.sql(ENTERPRISE + " where id = :id").param("id", id).query(EnterpriseRef.class).optional();
	}

	public Optional<EnterpriseRef> enterpriseByUscc(String uscc) {
		return jdbc.sql(ENTERPRISE + " where uscc = :uscc").param("uscc", uscc).query(EnterpriseRef.class).optional();
	}

	/** The enterprises currently paired with a cadre, by name. */
	public List<EnterpriseRef> enterprisesPairedWith(long cadreId) {
		return jdbc.sql(ENTERPRISE + " where cadre_id = :cadre order by name")
			.param("cadre", cadreId)
			.query(EnterpriseRef.class)
			.list();
	}

}
