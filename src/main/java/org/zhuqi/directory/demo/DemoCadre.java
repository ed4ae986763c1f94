package org.zhuqi.directory.demo;

/**
 * A liaison cadre (联企干部) of the demo data.
 *
 * @param phone the canonical mobile number, which identifies the cadre
 * @param unitCode the {@link DemoUnit#code()} of the cadre's unit
 * @param title the rank (科员, 科长 …) or, in a street office, the office (区域发展办 …)
 */
record DemoCadre(String name, String phone, String unitCode, String title) {
}
