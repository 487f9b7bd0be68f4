package org.sumac.spice.server;

import io.netty.channel.Channel;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.agent.AgentHandler;
import org.sumac.spice.audio.PlaybackChannelClient;
import org.sumac.spice.audio.RecordChannelClient;
import org.sumac.spice.audio.SpicePlayback;
import org.sumac.spice.audio.SpiceRecord;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.channel.cursor.CursorChannelClient;
import org.sumac.spice.channel.cursor.SpiceCursor;
import org.sumac.spice.channel.display.DisplayChannelClient;
import org.sumac.spice.channel.display.DisplayWorker;
import org.sumac.spice.channel.display.ImageCodecs;
import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.spice.channel.display.SpiceDisplay;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.channel.inputs.InputsChannelClient;
import org.sumac.spice.channel.main.MainChannelClient;
import org.sumac.spice.link.LinkKey;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.link.LinkRouter;
import org.sumac.spice.link.TicketAuthority;
import org.sumac.spice.wire.Spice;

/**
 * One desktop as a {@link SpiceHost} serves it: its screen (with the display worker that builds its frames), input
 * sink, cursor, agent, ticket and client session. Links whose ticket is this endpoint's come here; MAIN, DISPLAY,
 * INPUTS and CURSOR channels are served, one client session at a time (see {@link ClientPolicy}). Make one with
 * {@link SpiceHost#addEndpoint}; {@link #close()} removes it from its host and disconnects its client.
 */
public final class SpiceEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SpiceEndpoint.class);
    private static final InputSink NO_INPUT = new InputSink() {};
    private static final int[][] OFFERED = {
        {Spice.CHANNEL_DISPLAY, 0}, {Spice.CHANNEL_INPUTS, 0}, {Spice.CHANNEL_CURSOR, 0}
    };
    private static final int[][] OFFERED_WITH_SOUND = {
        {Spice.CHANNEL_DISPLAY, 0}, {Spice.CHANNEL_INPUTS, 0}, {Spice.CHANNEL_CURSOR, 0},
        {Spice.CHANNEL_PLAYBACK, 0}, {Spice.CHANNEL_RECORD, 0}
    };

    private final SpiceHost host;
    private final SpiceServerConfig config;
    private final TicketAuthority tickets;
    private final SpiceDisplay display;
    private final DisplayWorker displayWorker;
    private final SpiceCursor cursor = new SpiceCursor();
    private final SecureRandom random = new SecureRandom();
    private final ImageStats imageStats = new ImageStats();
    private final long startNanos = System.nanoTime();
    /** Every byte its clients' channels were sent (SPICE messages, before TLS), for the service's figures. */
    private final java.util.concurrent.atomic.LongAdder bytesSent = new java.util.concurrent.atomic.LongAdder();
    private final Object sessionLock = new Object();
    private final LinkRouter.Target target = this::route;
    private volatile ImageCodecs codecs;
    private volatile InputSink inputSink = NO_INPUT;
    private volatile AgentHandler agentHandler;
    private volatile int keyboardLocks;
    private Session current;
    private final CopyOnWriteArrayList<SessionListener> sessionListeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile boolean soundOffered;
    private final SpicePlayback playback;
    private final SpiceRecord record;

    SpiceEndpoint(SpiceHost host, LinkKey key, SpiceServerConfig config, ScreenSource screen) {
        this.host = host;
        this.config = config;
        this.tickets = new TicketAuthority(key);
        this.display = new SpiceDisplay(screen);
        this.displayWorker = new DisplayWorker(config.name());
        tickets.setTicketingDisabled(config.ticketingDisabled());
        tickets.setTicket(config.password(), config.ticketLifetime());
        this.codecs = DefaultCodecs.create(config);
        this.playback = new SpicePlayback(config.name(), this::multimediaTime);
        this.record = new SpiceRecord(config.name());
    }

    /**
     * Offers the playback and record channels to clients that connect from now on (a desktop with a sound server).
     */
    public void offerSound() {
        soundOffered = true;
    }

    /** The desktop's sound output (frames in, PLAYBACK channel out). */
    public SpicePlayback playback() {
        return playback;
    }

    /** The desktop's microphone (RECORD channel in, samples to a sink). */
    public SpiceRecord record() {
        return record;
    }

    /** The desktop's settings: ticket, name, codecs, frame pacing (the listening ones are the host's). */
    public SpiceServerConfig config() {
        return config;
    }

    public SpiceHost host() {
        return host;
    }

    /** Posting API for screen changes. */
    public SpiceDisplay display() {
        return display;
    }

    /** Images sent per SpiceImageType. */
    public ImageStats imageStats() {
        return imageStats;
    }

    /** Pointer shape / position API. */
    public SpiceCursor cursor() {
        return cursor;
    }

    public void setInputSink(InputSink sink) {
        this.inputSink = sink == null ? NO_INPUT : sink;
    }

    public InputSink inputSink() {
        return inputSink;
    }

    /** Replaces the image encoders (e.g. to add codecs or force raw). */
    public void setImageCodecs(ImageCodecs codecs) {
        this.codecs = codecs == null ? ImageCodecs.rawOnly() : codecs;
    }

    /** Installs (or with null removes) the built-in agent; a connected client is told the agent came or went. */
    public void setAgentHandler(AgentHandler handler) {
        this.agentHandler = handler;
        Session s = currentSession().orElse(null);
        if (s != null && s.main() != null) s.main().agentChanged(handler);
    }

    public AgentHandler agentHandler() {
        return agentHandler;
    }

    /** Sets the lock LEDs (InputSink.LOCK_*) shown by the client. */
    public void setKeyboardLocks(int locks) {
        this.keyboardLocks = locks & 7;
        Session s = currentSession().orElse(null);
        if (s == null) return;
        for (ChannelClient c : s.channels()) {
            if (c instanceof InputsChannelClient inputs) inputs.sendKeyboardLocks(keyboardLocks);
        }
    }

    public int keyboardLocks() {
        return keyboardLocks;
    }

    /** Sets the password and its lifetime (zero = forever), like spice_server_set_ticket. */
    public void setTicket(String password, Duration lifetime) {
        tickets.setTicket(password, lifetime);
    }

    public void setTicketingDisabled(boolean disabled) {
        tickets.setTicketingDisabled(disabled);
    }

    /** This desktop's ticket checker, with the port's key (tests use it to encrypt tickets). */
    public TicketAuthority tickets() {
        return tickets;
    }

    /** Milliseconds since the endpoint was made, as a wrapping u32 clock ("multimedia time"). */
    public int multimediaTime() {
        return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Tells {@code listener} whenever a client session starts or ends (replaced by a newer client, disconnected,
     * or the endpoint closing). Called on a network thread, under no lock of this endpoint; keep it short.
     */
    public void addSessionListener(SessionListener listener) {
        sessionListeners.add(listener);
    }

    /** A failing listener is logged and does not keep the others from hearing the event. */
    private void tellSessionListeners(Consumer<SessionListener> event) {
        for (SessionListener l : sessionListeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                log.warn("session listener failed", e);
            }
        }
    }

    /** Bytes of SPICE messages sent to this desktop's clients so far (all clients, all channels). */
    public long bytesSent() {
        return bytesSent.sum();
    }

    /** Internal: a channel of this endpoint's client queued {@code bytes} for sending. */
    public void countSent(int bytes) {
        bytesSent.add(bytes);
    }

    /** The connected client, if any. */
    public Optional<Session> currentSession() {
        synchronized (sessionLock) {
            return Optional.ofNullable(current);
        }
    }

    /** Disconnects the current client, telling it why. */
    public void disconnectClient(String reason) {
        currentSession().ifPresent(s -> s.close(reason));
    }

    public int[][] offeredChannels() {
        return (soundOffered ? OFFERED_WITH_SOUND : OFFERED).clone();
    }

    /** Takes no more links, disconnects the client and stops the display worker. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        host.remove(this);
        currentSession().ifPresent(s -> s.close(null));
        displayWorker.close();
    }

    public boolean isClosed() {
        return closed;
    }

    void sessionEnded(Session session) {
        synchronized (sessionLock) {
            if (current == session) current = null;
        }
        log.info("SPICE client session {} from {} ended", Integer.toHexString(session.id()), session.remoteAddress());
        tellSessionListeners(l -> l.sessionEnded(session));
    }

    /** Internal: called by the main channel when the client switched mouse mode. */
    public void mouseModeChanged(int mode) {
        try {
            inputSink.mouseModeChanged(mode);
        } catch (RuntimeException e) {
            log.warn("input sink failed on mouse mode change", e);
        }
    }

    public int initialMouseMode() {
        return config.clientMouseModeAllowed() ? Spice.MOUSE_MODE_CLIENT : Spice.MOUSE_MODE_SERVER;
    }

    /** Where links with this endpoint's ticket go. */
    LinkRouter.Target target() {
        return target;
    }

    private LinkRouter.Decision route(LinkRequest request, Channel channel) {
        if (closed) {
            return new LinkRouter.Refuse(Spice.LINK_ERROR, "the desktop is closing");
        }
        if (request.channelType() == Spice.CHANNEL_MAIN) {
            return routeMain(request, channel);
        }
        Session session;
        synchronized (sessionLock) {
            session = current;
        }
        if (session == null || session.isClosed() || (session.id() & 0xFFFFFFFFL) != request.connectionId()) {
            return new LinkRouter.Refuse(Spice.LINK_BAD_CONNECTION_ID,
                    "connection id " + Long.toHexString(request.connectionId()) + " names no live session");
        }
        boolean offered = false;
        for (int[] ch : offeredChannels()) {
            offered |= ch[0] == request.channelType() && ch[1] == request.channelId();
        }
        if (!offered) {
            return new LinkRouter.Refuse(Spice.LINK_CHANNEL_NOT_AVAILABLE, "channel not offered by this server");
        }
        ChannelClient client = switch (request.channelType()) {
            case Spice.CHANNEL_DISPLAY -> new DisplayChannelClient(session, request, channel, display, codecs,
                    displayWorker.executor());
            case Spice.CHANNEL_INPUTS -> new InputsChannelClient(session, request, channel);
            case Spice.CHANNEL_CURSOR -> new CursorChannelClient(session, request, channel, cursor);
            case Spice.CHANNEL_PLAYBACK -> new PlaybackChannelClient(session, request, channel, playback);
            case Spice.CHANNEL_RECORD -> new RecordChannelClient(session, request, channel, record);
            default -> throw new IllegalStateException();
        };
        session.attach(client);
        log.info("SPICE {} linked to {}", request.describe(), config.name());
        return new LinkRouter.Accept(client);
    }

    private LinkRouter.Decision routeMain(LinkRequest request, Channel channel) {
        Session old;
        Session created;
        synchronized (sessionLock) {
            if (closed) {
                return new LinkRouter.Refuse(Spice.LINK_ERROR, "the desktop is closing");
            }
            old = current;
            if (old != null && !old.isClosed() && config.clientPolicy() == ClientPolicy.KEEP_FIRST) {
                return new LinkRouter.Refuse(Spice.LINK_ERROR, "a client is already connected (policy KEEP_FIRST)");
            }
            int id;
            do {
                id = random.nextInt();
            } while (id == 0);
            created = new Session(this, id, request.remote(), initialMouseMode());
            current = created;
        }
        if (old != null) {
            old.close("Disconnected: another client connected from " + request.remote());
        }
        MainChannelClient main = new MainChannelClient(created, request, channel);
        created.attachMain(main);
        log.info("SPICE {} linked to {}, session {}", request.describe(), config.name(), Integer.toHexString(created.id()));
        tellSessionListeners(l -> l.sessionStarted(created));
        return new LinkRouter.Accept(main);
    }
}
