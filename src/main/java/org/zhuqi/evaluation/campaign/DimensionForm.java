package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;

/**
 * One row of the rubric on the campaign form: a dimension's names and weight in percent. A row left wholly
 * blank is ignored, so the page can offer spare rows; the {@link org.zhuqi.evaluation.scoring.Rubric} checks
 * the rest.
 */
public class DimensionForm {

	private String nameZh;

	private String nameEn;

	private BigDecimal weight;

	public DimensionForm() {
	}

	public DimensionForm(String nameZh, String nameEn, BigDecimal weight) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.weight = weight;
	}

	boolean isBlank() {
		return (nameZh == null || nameZh.isBlank()) && (nameEn == null || nameEn.isBlank()) && weight == null;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

}
