package org.zhuqi.attachment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled tasks for the {@link OrphanSweep} (harmless if another module does the same).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AttachmentConfiguration {
}
