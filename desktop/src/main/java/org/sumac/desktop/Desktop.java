package org.sumac.desktop;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.server.Session;
import org.sumac.spice.server.SpiceEndpoint;
import org.sumac.spice.server.SpiceHost;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

/**
 * One X display and the SPICE endpoint that shows it. X screen damage becomes SPICE display updates
 * (copies as COPY_BITS, the rest as images read from the framebuffer when a frame is built); SPICE input is
 * injected into X; the X cursor goes to the cursor channel, X's lock LEDs to the inputs channel. X clients never
 * wait for the network: the X side only records what changed. Holds no static state; a JVM may run several, each
 * on a SPICE port of its own or several on one shared {@link SpiceHost}.
 */
public final class Desktop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Desktop.class);

    private final XServer x;
    /** The SPICE port when this desktop has one of its own; null on a shared host. */
    private final SpiceHost ownHost;
    private final SpiceEndpoint spice;
    private final SpiceInput input;
    private final DamageForwarder damage;
    private final CursorForwarder cursor;
    private volatile boolean closed;
    private final List<Runnable> disconnectActions = new CopyOnWriteArrayList<>();

    private Desktop(XServer x, SpiceHost host, boolean ownsHost, SpiceServerConfig spiceConfig) {
        this.x = x;
        this.ownHost = ownsHost ? host : null;
        this.spice = host.addEndpoint(spiceConfig, new XScreen(x));
        int n = x.config.displayNumber();
        this.input = new SpiceInput(x, n, packed -> spice.cursor().move(packed >>> 16, packed & 0xFFFF),
            spice::setKeyboardLocks);
        var display = spice.display();
        display.setWakeOnPost(false); // DamageForwarder wakes once the X lock is free (damageComplete)
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
        this.cursor = new CursorForwarder(spice.cursor(), this::mouseMode);
    }

    /**
     * Starts X display {@code display} and its SPICE server. On failure nothing stays running.
     *
     * @throws XServer.DisplayInUseException if the display number is taken
     * @throws IOException if X or SPICE cannot listen
     */
    public static Desktop start(DisplayConfig display, SpiceServerConfig spiceConfig) throws IOException {
        return start(display, new SpiceHost(spiceConfig), true, spiceConfig);
    }

    /**
     * Starts X display {@code display}, served on a SPICE port shared with other desktops: {@code host}, which the
     * caller starts and closes. Clients reach this desktop with the ticket of {@code endpointConfig} (its listening
     * settings are the host's and are ignored here). Closing the desktop takes it off the host.
     *
     * @throws XServer.DisplayInUseException if the display number is taken
     * @throws IOException if X cannot listen
     */
    public static Desktop start(DisplayConfig display, SpiceHost host, SpiceServerConfig endpointConfig)
            throws IOException {
        return start(display, host, false, endpointConfig);
    }

    private static Desktop start(DisplayConfig display, SpiceHost host, boolean ownsHost, SpiceServerConfig spiceConfig)
            throws IOException {
        XServer x = new XServer(display);
        Desktop desktop = new Desktop(x, host, ownsHost, spiceConfig);
        desktop.attach();
        // SPICE listens before X accepts clients: whoever waits for the X socket may connect a viewer at once.
        try {
            if (ownsHost) host.start();
        } catch (IOException | RuntimeException e) {
            desktop.input.close();
            desktop.closeSpice();
            throw e;
        }
        try {
            x.start();
        } catch (IOException | RuntimeException e) {
            desktop.input.close();
            desktop.closeSpice();
            throw e;
        }
        log.info("desktop :{} served over SPICE on {}", display.displayNumber(), desktop.spiceAddresses());
        return desktop;
    }

    private void closeSpice() {
        spice.close();
        if (ownHost != null) ownHost.close();
    }

    private void attach() {
        x.lock.lock();
        try {
            x.addDamageListener(damage);
            x.dispatcher.input.addCursorListener(cursor);
            // X's lock LEDs go to the client (a new client gets them in its inputs channel's INIT message).
            x.dispatcher.input.addLockListener(input::xLocksChanged);
            input.xLocksChanged(x.dispatcher.input.lockState());
            spice.setInputSink(input);
            spice.addSessionListener(this::sessionEnded);
            spice.cursor().setShape(cursor.shapeOf(x.dispatcher.input.currentCursor()));
            spice.cursor().move(x.dispatcher.input.pointerX, x.dispatcher.input.pointerY);
        } finally {
            x.lock.unlock();
        }
    }

    /** The connected client's mouse mode (Spice.MOUSE_MODE_*), or the mode a new client starts in. */
    int mouseMode() {
        return spice.currentSession().map(Session::mouseMode).orElse(spice.initialMouseMode());
    }

    /** The X server of this desktop (hold {@link XServer#lock} for any call into its state). */
    public XServer x() {
        return x;
    }

    /** This desktop's SPICE endpoint (display, cursor, input, ticket, session). */
    public SpiceEndpoint spice() {
        return spice;
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
        Thread.ofPlatform().daemon().name("desktop-disconnect-:" + x.config.displayNumber()).start(() -> {
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
        x.lock.lock();
        try {
            x.removeDamageListener(damage);
        } finally {
            x.lock.unlock();
        }
        input.close();
        closeSpice();
        x.close();
    }
}
