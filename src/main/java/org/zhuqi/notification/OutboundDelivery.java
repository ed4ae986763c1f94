package org.zhuqi.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled job that sends queued outbound messages through the {@link Notifier}: it claims the due ones
 * in batches (see {@link OutboundQueue}), renders each in Simplified Chinese and sends it outside any
 * transaction; a failure is logged and tried again after the {@link Backoff}'s wait, until the attempts run
 * out and the message is marked failed. Nothing here ever reaches the workflows that posted the notices.
 */
@Component
class OutboundDelivery {

	/** E-mails go out in the platform's first language; the inbox shows each reader its own. */
	static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	/** Batches one run sends at most, so a long backlog does not hold the scheduler's thread for long. */
	private static final int MAX_BATCHES = 20;

	private static final Logger log = LoggerFactory.getLogger(OutboundDelivery.class);

	private final OutboundQueue queue;

	private final Notifier notifier;

	private final NoticeText text;

	private final NoticeArguments arguments;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final Clock clock;

	OutboundDelivery(OutboundQueue queue, Notifier notifier, NoticeText text, NoticeArguments arguments,
			MessageSource messages, NotificationProperties properties, Clock clock) {
		this.queue = queue;
		this.notifier = notifier;
		this.text = text;
		this.arguments = arguments;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** How one run went. */
	record Run(int sent, int failed) {
	}

	@Scheduled(fixedDelayString = "${zhuqi.notification.delivery.interval:30s}",
			initialDelayString = "${zhuqi.notification.delivery.interval:30s}")
	void deliverDue() {
		if (!properties.delivery().enabled()) {
			return;
		}
		Run run = deliverDue(clock.instant(), notifier);
		if (run.sent() + run.failed() > 0) {
			log.info("Outbound messages: {} sent, {} failed attempts", run.sent(), run.failed());
		}
	}

	/** Sends what is due at {@code now} through the given notifier. */
	Run deliverDue(Instant now, Notifier through) {
		NotificationProperties.Delivery delivery = properties.delivery();
		Backoff backoff = delivery.backoff();
		int sent = 0;
		int failed = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<OutboundQueue.Claimed> claimed = queue.claim(now, delivery.lease(), delivery.batchSize());
			for (OutboundQueue.Claimed message : claimed) {
				if (send(message, through, now, backoff)) {
					sent++;
				}
				else {
					failed++;
				}
			}
			if (claimed.size() < delivery.batchSize()) {
				break;
			}
		}
		return new Run(sent, failed);
	}

	private boolean send(OutboundQueue.Claimed message, Notifier through, Instant now, Backoff backoff) {
		try {
			through.send(render(message));
		}
		catch (RuntimeException ex) {
			// whatever rendering or the notifier throws (mail server down, address refused, a bug) is this
			// message's failure alone: record it and try again later, never let it stop the others or the job
			Optional<Instant> retryAt = backoff.nextAttempt(message.attempt(), now);
			log.warn("Outbound message {} to {} failed (attempt {}), {}: {}", message.id(), message.recipient(),
					message.attempt(), retryAt.map(at -> "retry at " + at).orElse("giving up"), ex.toString());
			queue.markFailed(message, ex.toString(), retryAt);
			return false;
		}
		queue.markSent(message, now);
		return true;
	}

	OutboundMessage render(OutboundQueue.Claimed message) {
		String notice = text.render(message.messageKey(), arguments.read(message.arguments()), LANGUAGE);
		String subject = messages.getMessage("notification.mail.subject", new Object[] { firstLine(notice) }, LANGUAGE);
		String body = messages.getMessage("notification.mail.body",
				new Object[] { notice, properties.baseUrl().replaceFirst("/+$", "") + message.link() }, LANGUAGE);
		return new OutboundMessage(message.id(), message.recipient(), subject, body);
	}

	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.length() <= 80 ? line : line.substring(0, 79) + "…";
	}

}
