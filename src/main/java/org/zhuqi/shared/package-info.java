/**
 * Shared kernel: the few value types every module speaks — who is looking ({@link org.zhuqi.shared.Viewer})
 * with which {@link org.zhuqi.shared.Role}, and the "no such record" signal. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhuqi.shared;
