package org.zhuqi.demand.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;

/**
 * The departments the centre can pick from when it routes a problem (交办): active ones whose name contains the
 * search text, with those already picked always kept in the list so a new search does not drop them.
 */
@Component
class DepartmentChoices {

	/** How many unpicked departments one search shows. */
	static final int LIMIT = 12;

	private final Directory directory;

	DepartmentChoices(Directory directory) {
		this.directory = directory;
	}

	List<DepartmentRef> find(String text, Collection<Long> picked) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		List<DepartmentRef> active = directory.activeDepartments();
		List<DepartmentRef> choices = new ArrayList<>(active.stream().filter(d -> picked.contains(d.id())).toList());
		active.stream()
			.filter(d -> !picked.contains(d.id()))
			.filter(d -> wanted.isEmpty() || d.name().toLowerCase(Locale.ROOT).contains(wanted)
					|| d.code().toLowerCase(Locale.ROOT).contains(wanted))
			.limit(LIMIT)
			.forEach(choices::add);
		return choices;
	}

}
