package org.zhuqi.directory.department;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The departments aggregate store; searching lives in {@link DepartmentQueries}. */
interface Departments extends ListCrudRepository<Department, Long> {

	Optional<Department> findByCode(String code);

	Optional<Department> findByName(String name);

}
