package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.window.Window;

/**
 * The registry of protocol extensions of one display: name, major opcode, first event and first
 * error of each, in one table. An extension declares its name and how many events and errors it
 * has; registration assigns the numbers as Xorg does (opcodes from 128, events from 64, errors
 * from 128, in registration order), or checks the ones it asks for, and refuses any collision
 * when the display starts. Extensions hear of windows destroyed, resources freed and clients
 * closed through {@link Lifecycle}.
 */
public final class Extensions {
    /** First major opcode, event code and error code an extension may have (the core protocol owns those below). */
    public static final int FIRST_OPCODE = 128, FIRST_EVENT = 64, FIRST_ERROR = 128;
    /** The last event code: bit 7 of an event's code marks SendEvent, so 127 is the highest. */
    static final int LAST_EVENT = 127;
    /** The error code is a byte. */
    static final int LAST_ERROR = 255;

    /** What an extension hears of the display's objects going away; every method runs under the display lock. */
    public interface Lifecycle {
        /** A window was destroyed (after its DestroyNotify, before its memory is given back). */
        default void windowDestroyed(Window w) { }

        /** A resource (any kind, windows included) was freed: its id no longer names it. */
        default void resourceFreed(Resource r) { }

        /** A client's connection closed; its resources may live on (RetainPermanent). */
        default void clientClosed(Client c) { }

        /** A window was created, unmapped (Composite redirects it when its parent's children are). */
        default void windowCreated(Window w) { }

        /** A window got a new parent, inside the tree change that moves it (it is unmapped then). */
        default void windowReparented(Window w, Window oldParent) { }

        /**
         * ConfigureWindow is about to give a window this place (its outer corner in its parent), size and border width,
         * before ConfigureNotify (Xorg's ConfigNotify screen hook; not when a window manager gets the request instead).
         */
        default void windowConfigured(Window w, int x, int y, int width, int height, int borderWidth) { }
    }

    /** Handles the requests of one extension (minor opcode in byte 1) and describes its events. */
    public interface Handler extends Lifecycle {
        void dispatch(Client c, RequestReader r, int minor);

        /**
         * The width (1, 2 or 4) of each field of an event, in wire order, covering its 32 bytes (code, detail and
         * sequence number included), so that SendEvent can pass it between clients of different byte order; null
         * when unknown (the event then goes as sent). {@code event} counts from the extension's first event.
         */
        default byte[] eventFieldWidths(int event) { return null; }
    }

    /**
     * What an extension declares. A number of 0 for {@code majorOpcode}, {@code firstEvent} or {@code firstError}
     * asks the registry to assign it; anything else is checked.
     */
    public record Definition(String name, int events, int errors, int majorOpcode, int firstEvent, int firstError) {
        public Definition {
            if (name == null || name.isEmpty()) throw new IllegalArgumentException("an extension needs a name");
            if (events < 0 || errors < 0) throw new IllegalArgumentException(name + ": negative event or error count");
        }

        /** An extension whose numbers the registry assigns. */
        public static Definition of(String name, int events, int errors) {
            return new Definition(name, events, errors, 0, 0, 0);
        }

        /** The same extension asking for these numbers (0: assign). */
        public Definition at(int major, int event, int error) {
            return new Definition(name, events, errors, major, event, error);
        }
    }

    /** The numbers an extension got. */
    public record Bases(int majorOpcode, int firstEvent, int firstError) { }

    /** A registered extension. firstEvent and firstError are 0 when it has no events or errors (as QueryExtension says). */
    public record Extension(String name, int majorOpcode, int firstEvent, int firstError, int events, int errors,
                            Handler handler) {
        /** Whether an event code is one of this extension's (the synthetic bit cleared). */
        public boolean ownsEvent(int code) { return events > 0 && code >= firstEvent && code < firstEvent + events; }
    }

    /** Two extensions cannot both be registered as asked; the message says which and why, in one line. */
    public static final class ConflictException extends IllegalStateException {
        public ConflictException(String m) { super(m); }
    }

    private final List<Extension> list = new ArrayList<>();
    private final Extension[] byOpcode = new Extension[256];
    private final Extension[] byEvent = new Extension[LAST_EVENT + 1];
    private final boolean[] errorTaken = new boolean[LAST_ERROR + 1];
    private final List<Lifecycle> listeners = new ArrayList<>();

    public Extensions() { }

    /**
     * Registers an extension: assigns or checks its numbers, then builds its handler with them. Throws
     * {@link ConflictException} when the name is taken, a number it asks for is in use or out of range, or no
     * numbers are left.
     */
    public Extension register(Definition d, Function<Bases, Handler> handler) {
        if (byName(d.name()) != null) throw new ConflictException("extension " + d.name() + " is registered twice");
        int major = d.majorOpcode() != 0 ? checkOpcode(d) : freeOpcode(d);
        int event = d.events() == 0 ? 0 : d.firstEvent() != 0 ? checkEvents(d) : freeEvents(d);
        int error = d.errors() == 0 ? 0 : d.firstError() != 0 ? checkErrors(d) : freeErrors(d);
        Extension e = new Extension(d.name(), major, event, error, d.events(), d.errors(),
            handler.apply(new Bases(major, event, error)));
        checkEventLayouts(e);
        list.add(e);
        byOpcode[major] = e;
        for (int i = 0; i < d.events(); i++) byEvent[event + i] = e;
        for (int i = 0; i < d.errors(); i++) errorTaken[error + i] = true;
        listeners.add(e.handler());
        return e;
    }

    private int checkOpcode(Definition d) {
        int m = d.majorOpcode();
        if (m < FIRST_OPCODE || m > 255) throw new ConflictException("extension " + d.name() + ": major opcode " + m
            + " is outside " + FIRST_OPCODE + "-255");
        if (byOpcode[m] != null) throw new ConflictException("extensions " + byOpcode[m].name() + " and " + d.name()
            + " both want major opcode " + m);
        return m;
    }

    private int freeOpcode(Definition d) {
        for (int m = FIRST_OPCODE; m <= 255; m++) if (byOpcode[m] == null) return m;
        throw new ConflictException("extension " + d.name() + ": no major opcode left");
    }

    private int checkEvents(Definition d) {
        int first = d.firstEvent(), last = first + d.events() - 1;
        if (first < FIRST_EVENT || last > LAST_EVENT) throw new ConflictException("extension " + d.name() + ": events "
            + first + "-" + last + " are outside " + FIRST_EVENT + "-" + LAST_EVENT);
        for (int i = first; i <= last; i++) {
            if (byEvent[i] != null) throw new ConflictException("extensions " + byEvent[i].name() + " and " + d.name()
                + " both want event " + i);
        }
        return first;
    }

    private int freeEvents(Definition d) {
        for (int first = FIRST_EVENT; first + d.events() - 1 <= LAST_EVENT; first++) {
            boolean free = true;
            for (int i = first; i < first + d.events() && free; i++) free = byEvent[i] == null;
            if (free) return first;
        }
        throw new ConflictException("extension " + d.name() + ": no room for " + d.events() + " events");
    }

    private int checkErrors(Definition d) {
        int first = d.firstError(), last = first + d.errors() - 1;
        if (first < FIRST_ERROR || last > LAST_ERROR) throw new ConflictException("extension " + d.name() + ": errors "
            + first + "-" + last + " are outside " + FIRST_ERROR + "-" + LAST_ERROR);
        for (int i = first; i <= last; i++) {
            if (errorTaken[i]) throw new ConflictException("extension " + d.name() + ": error " + i + " is taken by "
                + errorOwner(i));
        }
        return first;
    }

    private String errorOwner(int code) {
        for (Extension e : list) if (e.errors() > 0 && code >= e.firstError() && code < e.firstError() + e.errors()) return e.name();
        return "another extension";
    }

    private int freeErrors(Definition d) {
        for (int first = FIRST_ERROR; first + d.errors() - 1 <= LAST_ERROR; first++) {
            boolean free = true;
            for (int i = first; i < first + d.errors() && free; i++) free = !errorTaken[i];
            if (free) return first;
        }
        throw new ConflictException("extension " + d.name() + ": no room for " + d.errors() + " errors");
    }

    /** An event layout that does not cover exactly 32 bytes would corrupt SendEvent: refused at start. */
    private static void checkEventLayouts(Extension e) {
        for (int i = 0; i < e.events(); i++) {
            byte[] widths = e.handler().eventFieldWidths(i);
            if (widths == null) continue;
            int sum = 0;
            for (byte w : widths) {
                if (w != 1 && w != 2 && w != 4) throw new ConflictException("extension " + e.name() + ": event " + i
                    + " has a field of width " + w);
                if (w > 1 && sum % w != 0) throw new ConflictException("extension " + e.name() + ": event " + i
                    + " has an unaligned field at byte " + sum);
                sum += w;
            }
            if (sum != 32) throw new ConflictException("extension " + e.name() + ": event " + i + "'s fields cover "
                + sum + " bytes, not 32");
        }
    }

    public Extension byName(String name) {
        for (Extension e : list) if (e.name().equals(name)) return e;
        return null;
    }

    public Extension byOpcode(int major) { return byOpcode[major]; }

    /** The extension an event code (synthetic bit cleared) belongs to, or null. */
    public Extension byEvent(int code) { return code >= 0 && code <= LAST_EVENT ? byEvent[code] : null; }

    public List<Extension> all() { return List.copyOf(list); }

    // ---- lifecycle ------------------------------------------------------------------------------

    /** Adds a helper (an event-selection table, ...) that hears what the extensions hear. */
    public void addLifecycle(Lifecycle l) { listeners.add(l); }

    void windowDestroyed(Window w) {
        for (Lifecycle l : listeners) l.windowDestroyed(w);
    }

    void resourceFreed(Resource r) {
        for (Lifecycle l : listeners) l.resourceFreed(r);
    }

    void clientClosed(Client c) {
        for (Lifecycle l : listeners) l.clientClosed(c);
    }

    void windowCreated(Window w) {
        for (Lifecycle l : listeners) l.windowCreated(w);
    }

    void windowReparented(Window w, Window oldParent) {
        for (Lifecycle l : listeners) l.windowReparented(w, oldParent);
    }

    void windowConfigured(Window w, int x, int y, int width, int height, int borderWidth) {
        for (Lifecycle l : listeners) l.windowConfigured(w, x, y, width, height, borderWidth);
    }
}
