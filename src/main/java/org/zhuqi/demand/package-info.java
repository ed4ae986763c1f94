/**
 * Enterprise problems (诉求): intake by enterprises and liaison cadres (with visit records, 走访记录), routing
 * by the enterprise service centre to a lead department (牵头部门), work on the clock of working days,
 * escalation to key problems (重点问题) and coordination meetings (专题协调会), satisfaction ratings
 * (好差评) with rectification (整改), and the figures computed from all of it. Also files the rectification
 * items (评议整改) the evaluation of departments asks for ({@code org.zhuqi.evaluation.RectificationRequested}, the
 * only type used from that module): problems without an enterprise, marked by their origin.
 */
package org.zhuqi.demand;
