/**
 * Cross-cutting set-up every module relies on: the clock and time zone, demo mode, locale switching,
 * RFC 9457 problem details for the JSON API, and the paging links shared by every list page.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhuqi.system;
