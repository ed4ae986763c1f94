package org.zhuqi.evaluation.live;

/** Published after the host's change of a live session has committed, for the screens and voter pages. */
record LiveSessionChanged(long campaignId) {
}
