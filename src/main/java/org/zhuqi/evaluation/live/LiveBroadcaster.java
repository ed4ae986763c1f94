package org.zhuqi.evaluation.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhuqi.evaluation.ballot.BallotCast;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes live sessions to their pages by Server-Sent Events: big screens and the host's console get the
 * {@link ScreenView} (event {@code state}) on every ballot and every change of the session; voter pages get the
 * {@link VoterView} without {@code voted} on changes of the session only (a thousand phones need not hear of
 * every ballot). Fed by application events published after commit ({@link BallotCast}, {@link LiveSessionChanged})
 * and by the end of an open round's countdown. Updates are coalesced per campaign: at most one view every
 * {@value #MIN_INTERVAL_MILLIS} ms, built once and sent to every subscriber, so a burst of a thousand ballots costs
 * ten reads a second, and a ballot shows within a fraction of a second. Every stream starts with the current view,
 * so a page that reconnects (or reloads) is up to date at once.
 * <p>
 * On shutdown the streams are ended first, before the web server's graceful shutdown would wait for them as
 * requests still running; the pages reconnect to the server that comes up next.
 */
@Component
class LiveBroadcaster implements SmartLifecycle {

	static final long MIN_INTERVAL_MILLIS = 100;

	/** A stream ends after this; the browser's {@code EventSource} reconnects by itself and gets the current view. */
	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(15);

	private static final Duration HEARTBEAT = Duration.ofSeconds(20);

	/** After a countdown's end, when to tell the pages its round has closed. */
	private static final long EXPIRY_GRACE_MILLIS = 50;

	private static final Logger log = LoggerFactory.getLogger(LiveBroadcaster.class);

	private final LiveBoard board;

	private final JsonMapper json;

	/** Made at each start (a stopped context can be started again, as the test context cache does). */
	private volatile ScheduledExecutorService executor;

	private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

	private volatile boolean running;

	LiveBroadcaster(LiveBoard board, JsonMapper json) {
		this.board = board;
		this.json = json;
	}

	/** The subscribers of one campaign and whether an update is on its way to them. */
	private static final class Channel {

		final long campaignId;

		final List<SseEmitter> screens = new CopyOnWriteArrayList<>();

		final List<SseEmitter> voters = new CopyOnWriteArrayList<>();

		final AtomicBoolean pending = new AtomicBoolean();

		volatile boolean votersDue;

		volatile long lastFlush;

		volatile Long expiryScheduled;

		Channel(long campaignId) {
			this.campaignId = campaignId;
		}

	}

	/** A stream of the {@link ScreenView}, starting with the current one. */
	SseEmitter screen(long campaignId) {
		ScreenView view = board.screen(campaignId);
		Channel channel = channel(campaignId);
		SseEmitter emitter = subscribe(channel.screens, write(view));
		scheduleExpiry(channel, view.endsAt(), view.now());
		return emitter;
	}

	/** A stream of the {@link VoterView} every voter gets, starting with the current one. */
	SseEmitter voters(long campaignId) {
		VoterView view = board.voter(campaignId, null);
		Channel channel = channel(campaignId);
		SseEmitter emitter = subscribe(channel.voters, write(view));
		scheduleExpiry(channel, view.endsAt(), view.now());
		return emitter;
	}

	@EventListener
	void on(BallotCast cast) {
		due(cast.campaignId(), false);
	}

	@EventListener
	void on(LiveSessionChanged changed) {
		due(changed.campaignId(), true);
	}

	/** Number of open streams of a campaign, screens and voters. */
	int subscribers(long campaignId) {
		Channel channel = channels.get(campaignId);
		return channel == null ? 0 : channel.screens.size() + channel.voters.size();
	}

	private Channel channel(long campaignId) {
		return channels.computeIfAbsent(campaignId, Channel::new);
	}

	private SseEmitter subscribe(List<SseEmitter> list, String first) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		list.add(emitter);
		emitter.onCompletion(() -> list.remove(emitter));
		emitter.onTimeout(() -> list.remove(emitter));
		emitter.onError(ex -> list.remove(emitter));
		send(list, emitter, first);
		return emitter;
	}

	/** Schedules an update unless one is on its way; never sooner than the interval after the last one. */
	private void due(long campaignId, boolean forVoters) {
		Channel channel = channels.get(campaignId);
		if (channel == null || channel.screens.isEmpty() && channel.voters.isEmpty()) {
			return;
		}
		if (forVoters) {
			channel.votersDue = true;
		}
		if (channel.pending.compareAndSet(false, true)) {
			long wait = Math.max(0, channel.lastFlush + MIN_INTERVAL_MILLIS - System.currentTimeMillis());
			schedule(() -> flush(channel), wait);
		}
	}

	/** Runs later on the broadcaster's thread; nothing once it has stopped (the application is shutting down). */
	private void schedule(Runnable task, long delayMillis) {
		if (!running) {
			return;
		}
		try {
			executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			log.debug("Live update dropped while shutting down", ex);
		}
	}

	private void flush(Channel channel) {
		channel.pending.set(false);
		channel.lastFlush = System.currentTimeMillis();
		boolean voters = channel.votersDue;
		channel.votersDue = false;
		try {
			if (!channel.screens.isEmpty()) {
				ScreenView view = board.screen(channel.campaignId);
				broadcast(channel.screens, write(view));
				scheduleExpiry(channel, view.endsAt(), view.now());
			}
			if (voters && !channel.voters.isEmpty()) {
				VoterView view = board.voter(channel.campaignId, null);
				broadcast(channel.voters, write(view));
				scheduleExpiry(channel, view.endsAt(), view.now());
			}
		}
		catch (DataAccessException | IllegalStateException ex) {
			log.warn("Could not update the live pages of campaign {}", channel.campaignId, ex);
		}
	}

	/** Tells the pages when an open round's countdown has run out, once per countdown. */
	private void scheduleExpiry(Channel channel, Long endsAt, long now) {
		if (endsAt == null || endsAt.equals(channel.expiryScheduled)) {
			return;
		}
		channel.expiryScheduled = endsAt;
		schedule(() -> due(channel.campaignId, true), endsAt - now + EXPIRY_GRACE_MILLIS);
	}

	private void broadcast(List<SseEmitter> list, String data) {
		for (SseEmitter emitter : list) {
			send(list, emitter, data);
		}
	}

	private void send(List<SseEmitter> list, SseEmitter emitter, String data) {
		deliver(list, emitter, () -> SseEmitter.event().name("state").data(data));
	}

	private void heartbeat() {
		for (Channel channel : channels.values()) {
			for (List<SseEmitter> list : List.of(channel.screens, channel.voters)) {
				for (SseEmitter emitter : list) {
					deliver(list, emitter, () -> SseEmitter.event().comment("keep-alive"));
				}
			}
		}
	}

	/** Sends one event; a page that has gone away is dropped. */
	private static void deliver(List<SseEmitter> list, SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
		try {
			emitter.send(event.get());
		}
		catch (IOException | IllegalStateException ex) {
			list.remove(emitter);
			emitter.completeWithError(ex);
		}
	}

	private String write(Object view) {
		return json.writeValueAsString(view);
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "live-broadcast");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
		running = true;
	}

	/** Ends every stream (the pages reconnect by themselves) and stops sending. */
	@Override
	public synchronized void stop() {
		running = false;
		if (executor != null) {
			executor.shutdownNow();
		}
		channels.values().forEach(channel -> {
			for (List<SseEmitter> list : List.of(channel.screens, channel.voters)) {
				list.forEach(SseEmitter::complete);
				list.clear();
			}
		});
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
