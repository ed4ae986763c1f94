/**
 * The working-day calendar (工作日历) every deadline of the platform is counted in: Monday to Friday are
 * working days, Saturday and Sunday rest days, except for the official public holidays (法定节假日) and the
 * make-up workdays (调休上班: a weekend day worked to lengthen a holiday break) that the State Council
 * announces each year. Those exceptions are data in table {@code calendar_day}, shipped for 2025 and 2026 and
 * edited by the enterprise service centre on {@code /admin/calendar}.
 * <p>
 * Other modules use {@link org.zhuqi.calendar.WorkingCalendar} (the bean over the table) and, for plain unit
 * tests of their own rules, {@link org.zhuqi.calendar.WorkingDays} and {@link org.zhuqi.calendar.DayKind}.
 */
package org.zhuqi.calendar;
