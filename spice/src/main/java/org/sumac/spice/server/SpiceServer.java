package org.sumac.spice.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sumac.spice.agent.AgentHandler;
import org.sumac.spice.channel.cursor.SpiceCursor;
import org.sumac.spice.channel.display.ImageCodecs;
import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.spice.channel.display.SpiceDisplay;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.link.TicketAuthority;

/**
 * A SPICE server for one screen (Xspice's shape): a {@link SpiceHost} with its own port and event loops, serving
 * one {@link SpiceEndpoint}. Links clients and serves MAIN, DISPLAY, INPUTS and CURSOR channels, one client session
 * at a time (see {@link ClientPolicy}). Holds no static state: a JVM may run many. Create, configure the
 * sink/agent, {@link #start()}, then drive it through {@link #display()} and {@link #cursor()}; {@link #close()}
 * when done. To serve several desktops on one port, use a {@link SpiceHost} and its endpoints directly.
 */
public final class SpiceServer implements AutoCloseable {
    private final SpiceHost host;
    private final SpiceEndpoint endpoint;

    public SpiceServer(SpiceServerConfig config, ScreenSource screen) {
        this.host = new SpiceHost(config);
        this.endpoint = host.addEndpoint(config, screen);
    }

    /** The port: addresses, event loops, limits. */
    public SpiceHost host() {
        return host;
    }

    /** The screen's endpoint: display, input, cursor, ticket, session. */
    public SpiceEndpoint endpoint() {
        return endpoint;
    }

    public SpiceServerConfig config() {
        return endpoint.config();
    }

    /** Posting API for screen changes. */
    public SpiceDisplay display() {
        return endpoint.display();
    }

    /** Images sent per SpiceImageType. */
    public ImageStats imageStats() {
        return endpoint.imageStats();
    }

    /** Pointer shape / position API. */
    public SpiceCursor cursor() {
        return endpoint.cursor();
    }

    public void setInputSink(InputSink sink) {
        endpoint.setInputSink(sink);
    }

    public InputSink inputSink() {
        return endpoint.inputSink();
    }

    /** Replaces the image encoders (e.g. to add codecs or force raw). */
    public void setImageCodecs(ImageCodecs codecs) {
        endpoint.setImageCodecs(codecs);
    }

    /** Installs (or with null removes) the built-in agent; a connected client is told the agent came or went. */
    public void setAgentHandler(AgentHandler handler) {
        endpoint.setAgentHandler(handler);
    }

    public AgentHandler agentHandler() {
        return endpoint.agentHandler();
    }

    /** Sets the lock LEDs (InputSink.LOCK_*) shown by the client. */
    public void setKeyboardLocks(int locks) {
        endpoint.setKeyboardLocks(locks);
    }

    public int keyboardLocks() {
        return endpoint.keyboardLocks();
    }

    /** Sets the password and its lifetime (zero = forever), like spice_server_set_ticket. */
    public void setTicket(String password, Duration lifetime) {
        endpoint.setTicket(password, lifetime);
    }

    public void setTicketingDisabled(boolean disabled) {
        endpoint.setTicketingDisabled(disabled);
    }

    /** The link key and ticket checker (tests use it to encrypt tickets). */
    public TicketAuthority tickets() {
        return endpoint.tickets();
    }

    /** Milliseconds since server start, as a wrapping u32 clock ("multimedia time"). */
    public int multimediaTime() {
        return endpoint.multimediaTime();
    }

    /**
     * Tells {@code listener} whenever a client session starts or ends (replaced by a newer client, disconnected,
     * or the server closing). Called on a network thread, under no lock of this server; keep it short.
     */
    public void addSessionListener(SessionListener listener) {
        endpoint.addSessionListener(listener);
    }

    /** The connected client, if any. */
    public Optional<Session> currentSession() {
        return endpoint.currentSession();
    }

    /** Disconnects the current client, telling it why. */
    public void disconnectClient(String reason) {
        endpoint.disconnectClient(reason);
    }

    public int[][] offeredChannels() {
        return endpoint.offeredChannels();
    }

    /** Binds every configured address. */
    public void start() throws IOException {
        host.start();
    }

    /** Connections open now on the SPICE port, and of those still linking. */
    public int[] connectionCounts() {
        return host.connectionCounts();
    }

    /** The addresses actually bound (ports resolved when 0 was configured). */
    public List<InetSocketAddress> boundAddresses() {
        return host.boundAddresses();
    }

    @Override
    public void close() {
        host.close();
    }

    public void mouseModeChanged(int mode) {
        endpoint.mouseModeChanged(mode);
    }

    public int initialMouseMode() {
        return endpoint.initialMouseMode();
    }
}
