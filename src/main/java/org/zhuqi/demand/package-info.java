/**
 * Enterprise problems (诉求): intake by enterprises and liaison cadres (with visit records, 走访记录), routing
 * by the enterprise service centre to a lead department (牵头部门), work on the clock of working days,
 * escalation to key problems (重点问题) and coordination meetings (专题协调会), satisfaction ratings
 * (好差评) with rectification (整改), and the figures computed from all of it.
 */
package org.zhuqi.demand;
