package org.zhuqi.directory.support;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListSqlTests {

	private static final Map<String, String> COLUMNS = Map.of("name", "d.name", "code", "d.code");

	@Test
	void sortsByTheMappedColumnAscendingOrDescending() {
		assertThat(ListSql.orderBy("code", COLUMNS, "name", "d.id")).isEqualTo(" order by d.code asc, d.id");
		assertThat(ListSql.orderBy("-code", COLUMNS, "name", "d.id")).isEqualTo(" order by d.code desc, d.id");
	}

	@Test
	void unknownOrMissingSortFallsBackWithoutSplicingTheRequest() {
		assertThat(ListSql.orderBy("name; drop table department", COLUMNS, "name", "d.id"))
			.isEqualTo(" order by d.name asc, d.id");
		assertThat(ListSql.orderBy("-nope", COLUMNS, "name", "d.id")).isEqualTo(" order by d.name asc, d.id");
		assertThat(ListSql.orderBy(null, COLUMNS, "name", "d.id")).isEqualTo(" order by d.name asc, d.id");
	}

	@Test
	void escapesLikeWildcards() {
		assertThat(ListSql.contains(" 50%_off ")).isEqualTo("%50\\%\\_off%");
		assertThat(ListSql.startsWith("A\\B")).isEqualTo("A\\\\B%");
	}

}
