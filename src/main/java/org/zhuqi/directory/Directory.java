package org.zhuqi.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.EnterpriseSelection.Choice;
import org.zhuqi.directory.enterprise.EnterpriseFilter;
import org.zhuqi.directory.enterprise.EnterpriseQueries;
import org.zhuqi.directory.reference.Option;
import org.zhuqi.directory.reference.ReferenceData;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

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

	private static final String PROFILE = """
			select id, name, uscc, street_code, industry_code, size_class, registered_capital, founded_on,
			       cadre_id
			from enterprise""";

	/** Ids looked up per statement at most, well below any database's limit on bound parameters. */
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final EnterpriseQueries enterprises;

	private final ReferenceData reference;

	Directory(JdbcClient jdbc, EnterpriseQueries enterprises, ReferenceData reference) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.reference = reference;
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

	/** Up to {@code limit} active cadres whose name or phone contains the text, by name; for pickers. */
	public List<CadreRef> searchCadres(String text, int limit) {
		return jdbc.sql(CADRE + " where c.active = true and (c.name like :q or c.phone like :q) order by c.name, c.id"
				+ " limit :limit")
			.param("q", LikePatterns.contains(text))
			.param("limit", limit)
			.query(CadreRef.class)
			.list();
	}

	public Optional<CadreRef> cadreByPhone(String phone) {
		return jdbc.sql(CADRE + " where c.phone = :phone").param("phone", phone).query(CadreRef.class).optional();
	}

	public Optional<EnterpriseRef> enterprise(long id) {
		return jdbc.sql(ENTERPRISE + " where id = :id").param("id", id).query(EnterpriseRef.class).optional();
	}

	/** Up to {@code limit} enterprises whose name contains the text or whose credit code starts with it. */
	public List<EnterpriseRef> searchEnterprises(String text, int limit) {
		String q = LikePatterns.escape(text.strip());
		return jdbc.sql(ENTERPRISE + " where name ilike :name or uscc like :uscc order by name, id limit :limit")
			.param("name", "%" + q + "%")
			.param("uscc", q.toUpperCase(Locale.ROOT) + "%")
			.param("limit", limit)
			.query(EnterpriseRef.class)
			.list();
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

	/** Every enterprise that has a paired cadre, by id; for replaying demo history over the whole district. */
	public List<EnterpriseRef> pairedEnterprises() {
		return jdbc.sql(ENTERPRISE + " where cadre_id is not null order by id").query(EnterpriseRef.class).list();
	}

	/**
	 * One page of every enterprise's attributes with its tags, by id after {@code afterId} (keyset paging: pass
	 * the last id of the previous page, 0 for the first), at most {@code limit} (up to 1000) per page.
	 */
	public List<EnterpriseProfileRef> enterpriseProfiles(long afterId, int limit) {
		List<EnterpriseProfileRef> page = jdbc.sql(PROFILE + " where id > :after order by id limit :limit")
			.param("after", afterId)
			.param("limit", Math.min(Math.max(limit, 1), CHUNK))
			.query(Directory::profile)
			.list();
		return withTags(page);
	}

	/** The attributes of the given enterprises with their tags, by id (unknown ids are left out). */
	public List<EnterpriseProfileRef> enterpriseProfiles(Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().sorted().toList();
		List<EnterpriseProfileRef> profiles = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += CHUNK) {
			profiles.addAll(withTags(jdbc.sql(PROFILE + " where id in (:ids) order by id")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
				.query(Directory::profile)
				.list()));
		}
		return profiles;
	}

	private static EnterpriseProfileRef profile(ResultSet rs, int row) throws SQLException {
		return new EnterpriseProfileRef(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"),
				rs.getString("street_code"), rs.getString("industry_code"), rs.getString("size_class"),
				rs.getBigDecimal("registered_capital"), rs.getObject("founded_on", LocalDate.class),
				List.of(), rs.getObject("cadre_id", Long.class));
	}

	private List<EnterpriseProfileRef> withTags(List<EnterpriseProfileRef> page) {
		if (page.isEmpty()) {
			return page;
		}
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("select enterprise_id, tag from enterprise_tag where enterprise_id in (:ids) order by tag")
			.param("ids", page.stream().map(EnterpriseProfileRef::id).toList())
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		return page.stream().map(p -> p.withTags(tags.getOrDefault(p.id(), List.of()))).toList();
	}

	/**
	 * The ids of every enterprise the selection matches within the viewer's scope (as the directory's enterprise
	 * list would show them), ascending.
	 */
	public List<Long> enterpriseIds(EnterpriseSelection selection, Viewer viewer) {
		SizeClass size = null;
		if (!EnterpriseSelection.blank(selection.size())) {
			size = SizeClass.parse(selection.size());
			if (size == null) {
				return List.of();
			}
		}
		return enterprises.ids(new EnterpriseFilter(selection.q(), selection.street(), selection.industry(),
				selection.tag(), size, null, null), false, viewer);
	}

	/** The streets, industry sections, size classes and tags to choose an {@link EnterpriseSelection} from. */
	public EnterpriseSelection.Choices enterpriseChoices(Locale locale) {
		return new EnterpriseSelection.Choices(choices(reference.streetOptions(locale)),
				choices(reference.industryOptions(locale)), choices(reference.sizeOptions(locale)),
				enterprises.knownTags().stream().map(tag -> new Choice(tag, tag)).toList());
	}

	private static List<Choice> choices(List<Option> options) {
		return options.stream().map(option -> new Choice(option.code(), option.label())).toList();
	}

	/** The given enterprises with credit code and contact person, by id (unknown ids are left out). */
	public Map<Long, EnterpriseContact> enterpriseContacts(Collection<Long> ids) {
		Map<Long, EnterpriseContact> contacts = new HashMap<>();
		List<Long> distinct = ids.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += CHUNK) {
			jdbc.sql("select id, uscc, name, contact_name, contact_phone from enterprise where id in (:ids)")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
				.query(EnterpriseContact.class)
				.list()
				.forEach(contact -> contacts.put(contact.id(), contact));
		}
		return contacts;
	}

	/** Names of the given enterprises by id (unknown ids are left out), for lists of other modules. */
	public Map<Long, String> enterpriseNames(Collection<Long> ids) {
		return names("enterprise", ids);
	}

	/** Names of the given departments by id (unknown ids are left out). */
	public Map<Long, String> departmentNames(Collection<Long> ids) {
		return names("department", ids);
	}

	/** Names of the given cadres by id (unknown ids are left out). */
	public Map<Long, String> cadreNames(Collection<Long> ids) {
		return names("cadre", ids);
	}

	private Map<Long, String> names(String table, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, name from " + table + " where id in (:ids)")
			.param("ids", ids.stream().distinct().toList())
			.query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return names;
	}
}
