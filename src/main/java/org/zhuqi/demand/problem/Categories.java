package org.zhuqi.demand.problem;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The editable list of problem categories and their clocks. */
@Component
public class Categories {

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> all() {
		return jdbc.sql("""
				select code, name_zh, name_en, accept_days, resolve_days, active, sort_order
				from demand_category order by sort_order, code""").query(Category.class).list();
	}

	public List<Category> active() {
		return all().stream().filter(Category::active).toList();
	}

	public Optional<Category> find(String code) {
		return jdbc.sql("""
				select code, name_zh, name_en, accept_days, resolve_days, active, sort_order
				from demand_category where code = :code""").param("code", code).query(Category.class).optional();
	}

}
