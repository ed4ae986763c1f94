package org.zhuqi.demand.visit;

/** The search over visits: {@code q} matches the notes and the enterprise's name; blank does not filter. */
public record VisitFilter(String q) {
}
