package org.zhuqi.demand.problem;

import java.util.Optional;

import org.zhuqi.shared.Viewer;

/**
 * The cadres' visit records (走访记录) as filing sees them: a problem filed from a visit is prefilled from
 * its notes and linked to it. Implemented by the visit records of this module, so that filing does not
 * depend on how visits are kept.
 */
public interface VisitRecords {

	/** The visit, if it exists and the viewer may see it (its cadre, or the service centre). */
	Optional<VisitNote> find(long visitId, Viewer viewer);

}
