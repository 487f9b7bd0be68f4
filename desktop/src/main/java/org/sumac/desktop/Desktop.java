package org.sumac.desktop;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.desktop.agent.AgentFeature;
import org.sumac.desktop.agent.DesktopAgent;
import org.sumac.spice.server.Session;
import org.sumac.spice.server.SpiceEndpoint;
import org.sumac.spice.server.SpiceHost;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.HostedDisplay;
import org.sumac.x11.port.Registration;

/**
 * One X display and the SPICE endpoint that shows it. X screen damage becomes SPICE display updates
 * (copies as COPY_BITS, the rest as images read from the framebuffer when a frame is built); SPICE input is
 * injected into X; the X cursor goes to the cursor channel, X's lock LEDs to the inputs channel. X clients never
 * wait for the network: the X side only records what changed. Desktop sees X only through its
 * {@link DisplayPort}. Holds no static state; a JVM may run several, each on a SPICE port of its own or several on
 * one shared {@link SpiceHost}.
 */
public final class Desktop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Desktop.class);

    private final HostedDisplay x;
    private final DisplayPort port;
    /** The SPICE port when this desktop has one of its own; null on a shared host. */
    private final SpiceHost ownHost;
    private final SpiceEndpoint spice;
    private final SpiceInput input;
    private final DamageForwarder damage;
    private final CursorForwarder cursor;
    private final DesktopAgent agent;
    private volatile boolean closed;
    /** The port registrations, closed with the desktop (which may happen on another thread). */
    private volatile Registration screenObserved, pointerObserved;
    private final List<Runnable> disconnectActions = new CopyOnWriteArrayList<>();
    private volatile SoundServer sound;
    private final List<Process> sessions = new CopyOnWriteArrayList<>();

    private Desktop(HostedDisplay x, SpiceHost host, boolean ownsHost, SpiceServerConfig spiceConfig) {
        this.x = x;
        this.port = x.port();
        this.ownHost = ownsHost ? host : null;
        this.spice = host.addEndpoint(spiceConfig, new XScreen(port.framebuffer()));
        int n = x.displayNumber();
        this.input = new SpiceInput(port.input(), n, packed -> spice.cursor().move(packed >>> 16, packed & 0xFFFF),
            spice::setKeyboardLocks);
        var display = spice.display();
        display.setWakeOnPost(false); // DamageForwarder wakes once the X lock is free (frameComplete)
        this.damage = new DamageForwarder(new DamageForwarder.Posts() {
            @Override
            public void damage(int x, int y, int width, int height) {
                display.damage(x, y, width, height);
            }

            @Override
            public void copyBits(int srcX, int srcY, int dstX, int dstY, int width, int height) {
                display.copyBits(srcX, srcY, dstX, dstY, width, height);
            }

            @Override
            public void fill(int x, int y, int width, int height, int rgb) {
                display.fill(x, y, width, height, rgb);
            }

            @Override
            public void wake() {
                display.wake();
            }
        });
        this.cursor = new CursorForwarder(spice.cursor(), this::mouseMode, input::xLocksChanged);
        this.agent = new DesktopAgent(":" + n, agentFeatures());
    }

    /** The parts of the built-in agent this desktop answers for (called once, by the constructor). */
    private List<AgentFeature> agentFeatures() {
        String label = ":" + x.displayNumber();
        return List.of(
            new org.sumac.desktop.agent.Clipboard(port, label),
            new org.sumac.desktop.agent.MonitorsConfig(label, port),
            // a desktop of its own port runs as its owner; the service's run as the service user (see FileTransfer)
            ownHost != null ? org.sumac.desktop.agent.FileTransfer.into(label,
                org.sumac.desktop.agent.FileTransfer::ownersDownloadFolder)
                : org.sumac.desktop.agent.FileTransfer.disabled(label));
    }

    /**
     * Starts X display {@code x} (built, not yet started) and its SPICE server; the desktop owns the display from
     * here on. On failure nothing stays running.
     *
     * @throws IOException if the display number is taken, or X or SPICE cannot listen
     */
    public static Desktop start(HostedDisplay x, SpiceServerConfig spiceConfig) throws IOException {
        return start(x, new SpiceHost(spiceConfig), true, spiceConfig);
    }

    /** As {@link #start(HostedDisplay, SpiceServerConfig)}, with its port's RSA key given (see SpiceHost). */
    public static Desktop start(HostedDisplay x, SpiceServerConfig spiceConfig, org.sumac.spice.link.LinkKey key)
            throws IOException {
        return start(x, new SpiceHost(spiceConfig, key), true, spiceConfig);
    }

    /**
     * Starts X display {@code x} (built, not yet started), served on a SPICE port shared with other desktops:
     * {@code host}, which the caller starts and closes. Clients reach this desktop with the ticket of
     * {@code endpointConfig} (its listening settings are the host's and are ignored here). Closing the desktop takes
     * it off the host.
     *
     * @throws IOException if the display number is taken or X cannot listen
     */
    public static Desktop start(HostedDisplay x, SpiceHost host, SpiceServerConfig endpointConfig) throws IOException {
        return start(x, host, false, endpointConfig);
    }

    private static Desktop start(HostedDisplay x, SpiceHost host, boolean ownsHost, SpiceServerConfig spiceConfig)
            throws IOException {
        Desktop desktop;
        try {
            desktop = new Desktop(x, host, ownsHost, spiceConfig);
        } catch (RuntimeException e) {
            x.close();
            throw e;
        }
        desktop.attach();
        // SPICE listens before X accepts clients: whoever waits for the X socket may connect a viewer at once.
        try {
            if (ownsHost) host.start();
        } catch (IOException | RuntimeException e) {
            desktop.input.close();
            desktop.closeSpice();
            x.close();
            throw e;
        }
        try {
            x.start();
        } catch (IOException | RuntimeException e) {
            desktop.input.close();
            desktop.closeSpice();
            throw e;
        }
        log.info("desktop :{} served over SPICE on {}", x.displayNumber(), desktop.spiceAddresses());
        return desktop;
    }

    private void closeSpice() {
        spice.close();
        if (ownHost != null) ownHost.close();
    }

    private void attach() {
        screenObserved = port.observeScreen(damage);
        spice.setInputSink(input);
        spice.addSessionListener(this::sessionEnded);
        spice.setAgentHandler(agent);
        // The current cursor and X's lock LEDs come first (a new client gets the LEDs in its inputs channel's INIT).
        pointerObserved = port.observePointer(cursor);
        port.input().inject(e -> spice.cursor().move(e.pointerX(), e.pointerY()));
    }

    /** The connected client's mouse mode (Spice.MOUSE_MODE_*), or the mode a new client starts in. */
    int mouseMode() {
        return spice.currentSession().map(Session::mouseMode).orElse(spice.initialMouseMode());
    }

    /** The X display of this desktop. */
    public HostedDisplay display() {
        return x;
    }

    /** This desktop's SPICE endpoint (display, cursor, input, ticket, session). */
    public SpiceEndpoint spice() {
        return spice;
    }

    /**
     * Starts this desktop's sound server and offers SPICE clients that connect from now on the playback and record
     * channels. {@code compression}: Opus for clients that take it (else raw PCM for all).
     *
     * @throws IOException if PulseAudio is missing or does not start
     */
    public synchronized SoundServer startSound(boolean compression) throws IOException {
        if (sound != null) return sound;
        spice.playback().setCompression(compression);
        sound = SoundServer.start(":" + x.displayNumber(), spice.playback(), spice.record());
        spice.offerSound();
        log.info("desktop :{} sound server: {}", x.displayNumber(), sound.environment());
        return sound;
    }

    /** The sound server, if {@link #startSound} started one. */
    public java.util.Optional<SoundServer> sound() {
        return java.util.Optional.ofNullable(sound);
    }

    /** The environment of programs in this desktop's session: DISPLAY, and PULSE_SERVER with sound. */
    public java.util.Map<String, String> sessionEnvironment() {
        var env = new java.util.HashMap<String, String>();
        env.put("DISPLAY", ":" + x.displayNumber());
        SoundServer s = sound;
        if (s != null) env.putAll(s.environment());
        return env;
    }

    /**
     * Starts {@code command} with /bin/sh in the desktop's session environment (Xspice's --xsession); it and its
     * children are stopped with the desktop. Its output goes to Sumac's.
     */
    public Process startSession(String command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).inheritIO()
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(sessionEnvironment());
        Process p = pb.start();
        sessions.add(p);
        p.onExit().thenAccept(done -> log.info("desktop :{} session command exited with {}", x.displayNumber(),
            done.exitValue()));
        return p;
    }

    /** Addresses of the SPICE port this desktop is served on (with the real port when 0 was asked for). */
    public List<InetSocketAddress> spiceAddresses() {
        return spice.host().boundAddresses();
    }

    /**
     * Runs {@code action} once, on a thread of its own, when the first SPICE client that connected is gone
     * (Xspice's --exit-on-disconnect).
     */
    public void onFirstClientDisconnect(Runnable action) {
        AtomicBoolean fired = new AtomicBoolean();
        disconnectActions.add(() -> {
            if (fired.compareAndSet(false, true)) action.run();
        });
    }

    /**
     * A client session is over (the client left, or a newer client replaced it): input it held is released, and
     * the disconnect actions run on a thread of their own, since an action may stop the desktop, whose network
     * threads cannot wait for their own shutdown.
     */
    private void sessionEnded(Session session) {
        if (closed) return;
        log.info("SPICE client session {} gone", Integer.toHexString(session.id()));
        input.releaseAll();
        if (disconnectActions.isEmpty()) return;
        Thread.ofPlatform().daemon().name("desktop-disconnect-:" + x.displayNumber()).start(() -> {
            for (Runnable r : disconnectActions) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    log.warn("disconnect action failed", e);
                }
            }
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        if (screenObserved != null) screenObserved.close();
        if (pointerObserved != null) pointerObserved.close();
        input.close();
        agent.close();
        for (Process p : sessions) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        SoundServer s = sound;
        if (s != null) s.close();
        closeSpice();
        x.close();
    }
}
