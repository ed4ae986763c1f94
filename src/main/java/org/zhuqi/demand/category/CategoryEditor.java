package org.zhuqi.demand.category;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The centre's editing of the problem categories (诉求类别) and their clocks. A category in use is never
 * deleted, only switched off for new problems. The list as a whole is one audited record (subject id
 * {@value #AUDIT_ID}), each entry naming the category and what changed; concurrent edits are refused.
 */
@Service
class CategoryEditor {

	static final String AUDIT_TYPE = "demand-category";

	static final long AUDIT_ID = 0;

	private static final String SELECT = """
			select code, name_zh, name_en, accept_days, resolve_days, active, sort_order, version
			from demand_category""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	CategoryEditor(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CategoryEntry> all() {
		return jdbc.sql(SELECT + " order by sort_order, code").query(CategoryEntry.class).list();
	}

	@Transactional(readOnly = true)
	public CategoryEntry get(String code) {
		return find(code).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, code));
	}

	/** The next free place at the end of the list, for a new category. */
	@Transactional(readOnly = true)
	public int nextSortOrder() {
		return jdbc.sql("select coalesce(max(sort_order), 0) + 1 from demand_category").query(Integer.class).single();
	}

	@Transactional
	public CategoryEntry add(CategoryForm form, Viewer viewer) {
		requireAdmin(viewer);
		String code = form.getCode().strip();
		if (find(code).isPresent()) {
			throw new RejectedFieldException("code", "category.code.taken");
		}
		checkClock(form);
		uniqueName(form.getNameZh().strip(), code);
		try {
			jdbc.sql("""
					insert into demand_category (code, name_zh, name_en, accept_days, resolve_days, active, sort_order)
					values (:code, :nameZh, :nameEn, :acceptDays, :resolveDays, :active, :sortOrder)""")
				.param("code", code)
				.params(columns(form))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("code", "category.code.taken");
		}
		audit.record(viewer.username(), AUDIT_TYPE, AUDIT_ID, "created", code + " " + describe(form));
		return get(code);
	}

	@Transactional
	public CategoryEntry revise(String code, CategoryForm form, Viewer viewer) {
		requireAdmin(viewer);
		CategoryEntry before = get(code);
		if (form.getVersion() != null && form.getVersion() != before.version()) {
			throw new OptimisticLockingFailureException("category " + code + " changed meanwhile");
		}
		checkClock(form);
		uniqueName(form.getNameZh().strip(), code);
		List<String> changed = changes(before, form);
		if (changed.isEmpty()) {
			return before;
		}
		int updated = jdbc.sql("""
				update demand_category set name_zh = :nameZh, name_en = :nameEn, accept_days = :acceptDays,
				    resolve_days = :resolveDays, active = :active, sort_order = :sortOrder, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", before.version())
			.params(columns(form))
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("category " + code + " changed meanwhile");
		}
		audit.record(viewer.username(), AUDIT_TYPE, AUDIT_ID, "updated", code + " " + String.join(", ", changed));
		return get(code);
	}

	private Optional<CategoryEntry> find(String code) {
		return jdbc.sql(SELECT + " where code = :code").param("code", code).query(CategoryEntry.class).optional();
	}

	private static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre edits the problem categories");
		}
	}

	/** A problem cannot be due to be resolved before it is due to be accepted. */
	private static void checkClock(CategoryForm form) {
		if (form.getResolveDays() < form.getAcceptDays()) {
			throw new RejectedFieldException("resolveDays", "category.resolveDays.beforeAccept");
		}
	}

	private void uniqueName(String nameZh, String code) {
		boolean taken = jdbc.sql("select count(*) from demand_category where name_zh = :name and code <> :code")
			.param("name", nameZh)
			.param("code", code)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new RejectedFieldException("nameZh", "category.nameZh.taken");
		}
	}

	private static Map<String, Object> columns(CategoryForm form) {
		return Map.of("nameZh", form.getNameZh().strip(), "nameEn", form.getNameEn().strip(), "acceptDays",
				form.getAcceptDays(), "resolveDays", form.getResolveDays(), "active", form.isActive(), "sortOrder",
				form.getSortOrder());
	}

	private static String describe(CategoryForm form) {
		return form.getNameZh().strip() + " / " + form.getNameEn().strip() + ", " + form.getAcceptDays() + "/"
				+ form.getResolveDays() + (form.isActive() ? "" : ", inactive");
	}

	private static List<String> changes(CategoryEntry before, CategoryForm form) {
		List<String> changed = new ArrayList<>();
		compare(changed, "name_zh", before.nameZh(), form.getNameZh().strip());
		compare(changed, "name_en", before.nameEn(), form.getNameEn().strip());
		compare(changed, "accept_days", before.acceptDays(), form.getAcceptDays());
		compare(changed, "resolve_days", before.resolveDays(), form.getResolveDays());
		compare(changed, "active", before.active(), form.isActive());
		compare(changed, "sort_order", before.sortOrder(), form.getSortOrder());
		return changed;
	}

	private static void compare(List<String> changed, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(name + ": " + before + " → " + after);
		}
	}

}
