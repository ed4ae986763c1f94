package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.evaluation.scoring.Dimension;

/** A rubric dimension as stored; its place is the list index ({@code position}). */
@Table("evaluation_dimension")
record DimensionRow(String nameZh, String nameEn, BigDecimal weight) {

	static DimensionRow of(Dimension dimension) {
		return new DimensionRow(dimension.nameZh(), dimension.nameEn(), dimension.weight());
	}

	Dimension dimension() {
		return new Dimension(nameZh, nameEn, weight);
	}

}
