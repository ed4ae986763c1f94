package org.zhuqi.policy.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhuqi.calendar.WorkingCalendar;

/**
 * Every hour, makes the grants of ended notices payable ({@link PublicNotices#settleDue}) with today from the
 * platform's clock; switched off with {@code zhuqi.policy.notice-settle-enabled=false}.
 */
@Component
class NoticeSettlement {

	private static final Logger log = LoggerFactory.getLogger(NoticeSettlement.class);

	private final PublicNotices notices;

	private final WorkingCalendar calendar;

	private final boolean enabled;

	NoticeSettlement(PublicNotices notices, WorkingCalendar calendar,
			@Value("${zhuqi.policy.notice-settle-enabled:true}") boolean enabled) {
		this.notices = notices;
		this.calendar = calendar;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "PT3M", fixedDelayString = "${zhuqi.policy.notice-settle-interval:PT1H}")
	void settle() {
		if (!enabled) {
			return;
		}
		int settled = notices.settleDue(calendar.today());
		if (settled > 0) {
			log.info("Public notices: {} grants became payable", settled);
		}
	}

}
