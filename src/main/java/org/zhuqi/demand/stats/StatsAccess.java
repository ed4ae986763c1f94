package org.zhuqi.demand.stats;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Viewer;

/**
 * Who sees which figures. The service centre (admin) sees the whole district and may filter freely; a
 * department user sees the problems its department leads (a filter naming another department is refused); a
 * liaison cadre sees the problems of its own enterprises (any other cadre in the filter is refused). An
 * enterprise sees no figures: it follows its own problems on its list. Only the centre sees the best-cadre
 * ranking (最佳联企干部), because it compares cadres across the district.
 */
final class StatsAccess {

	private StatsAccess() {
	}

	/** The filter narrowed to what the viewer may see; refuses a filter outside its scope. */
	static StatsFilter scoped(Viewer viewer, StatsFilter filter) {
		return switch (viewer.role()) {
			case ADMIN -> filter;
			case DEPARTMENT -> {
				if (viewer.departmentId() == null
						|| filter.department() != null && !Objects.equals(filter.department(), viewer.departmentId())) {
					throw new AccessDeniedException(viewer.username() + " may see its own department's figures only");
				}
				yield filter.withDepartment(viewer.departmentId());
			}
			case CADRE -> {
				if (viewer.cadreId() == null || filter.cadre() != null && !Objects.equals(filter.cadre(), viewer.cadreId())) {
					throw new AccessDeniedException(viewer.username() + " may see its own figures only");
				}
				yield filter.withCadre(viewer.cadreId());
			}
			case ENTERPRISE -> throw new AccessDeniedException("enterprises see no district figures");
		};
	}

	static boolean canRank(Viewer viewer) {
		return viewer.isAdmin();
	}

	static void requireRanking(Viewer viewer) {
		if (!canRank(viewer)) {
			throw new AccessDeniedException("only the service centre sees the best-cadre ranking");
		}
	}

}
