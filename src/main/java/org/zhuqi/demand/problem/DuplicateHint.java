package org.zhuqi.demand.problem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * The duplicate hint of the filing form: open problems of the same enterprise that look like the one being
 * typed ({@link DemandQueries#similarOpen}). Only for an enterprise the viewer may file for, so that the hint
 * never shows another enterprise's problems.
 */
@Component
class DuplicateHint {

	private final DemandQueries queries;

	private final Directory directory;

	DuplicateHint(DemandQueries queries, Directory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	List<DemandRow> similar(FilingForm form, Viewer viewer, Locale locale) {
		boolean typed = form.getTitle() != null && !form.getTitle().isBlank() || form.getCategoryCode() != null
				&& !form.getCategoryCode().isBlank();
		if (!typed) {
			return List.of();
		}
		return enterpriseFor(viewer, form.getEnterpriseId())
			.map(enterprise -> queries.similarOpen(enterprise, form.getCategoryCode(), form.getTitle(), locale))
			.orElse(List.of());
	}

	/** The enterprise a filing of this viewer is for, if the viewer may file for it. */
	Optional<Long> enterpriseFor(Viewer viewer, Long requested) {
		if (viewer.is(Role.ENTERPRISE)) {
			return Optional.ofNullable(viewer.enterpriseId());
		}
		if (requested == null) {
			return Optional.empty();
		}
		return directory.enterprise(requested)
			.filter(enterprise -> DemandAccess.canFile(viewer, enterprise.id(), enterprise.cadreId()))
			.map(EnterpriseRef::id);
	}

}
