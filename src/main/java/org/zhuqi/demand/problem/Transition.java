package org.zhuqi.demand.problem;

/** What one action did to a problem: the timeline entry without who, when and the note. */
public record Transition(DemandAction action, DemandState from, DemandState to) {
}
