package org.zhuqi.policy.application;

import java.math.BigDecimal;

import org.zhuqi.policy.catalogue.Figure;

/** One figure an application declares (申报数据). */
public record DeclaredFigure(Figure figure, BigDecimal value) {
}
