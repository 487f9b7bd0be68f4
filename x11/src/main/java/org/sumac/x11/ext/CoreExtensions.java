package org.sumac.x11.ext;

import java.util.List;
import java.util.function.BiFunction;
import org.sumac.x11.protocol.composite.CompositeProtocol;
import org.sumac.x11.protocol.damage.DamageProtocol;
import org.sumac.x11.protocol.dbe.DbeProtocol;
import org.sumac.x11.protocol.present.PresentProtocol;
import org.sumac.x11.protocol.shm.ShmProtocol;
import org.sumac.x11.protocol.xinput.XinputProtocol;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.Extensions.Definition;
import org.sumac.x11.server.XServer;

/** The extensions this server offers, declared once, and their registration at display start. */
public final class CoreExtensions {
    private CoreExtensions() { }

    /** An extension this server can offer: what it declares and how its handler is built from its numbers. */
    private record Offer(Definition definition, BiFunction<XServer, Extensions.Bases, Extensions.Handler> handler,
                         boolean byDefault) {
        Offer(Definition definition, BiFunction<XServer, Extensions.Bases, Extensions.Handler> handler) {
            this(definition, handler, true);
        }
    }

    /**
     * Asked-for numbers are Xvfb's (21.1, Debian 12), so request logs and traces compare line by line with it. An
     * extension added without numbers gets the next free ones, in this order.
     */
    private static final List<Offer> OFFERS = List.of(
        new Offer(Definition.of("Generic Event Extension", 0, 0).at(128, 0, 0), (s, b) -> new GenericEvent()),
        new Offer(Definition.of("SHAPE", 1, 0).at(129, 64, 0), Shape::new),
        new Offer(Definition.of("XTEST", 0, 0).at(132, 0, 0), (s, b) -> new XTest(s)),
        new Offer(Definition.of("BIG-REQUESTS", 0, 0).at(133, 0, 0), (s, b) -> new BigRequests()),
        new Offer(Definition.of("SYNC", 2, 3).at(134, 83, 134), Sync::new),
        new Offer(Definition.of("XKEYBOARD", 1, 1).at(Xkb.MAJOR, Xkb.FIRST_EVENT, Xkb.FIRST_ERROR), Xkb::new),
        new Offer(Definition.of("XC-MISC", 0, 0).at(136, 0, 0), (s, b) -> new XcMisc(s)),
        new Offer(Definition.of(XinputProtocol.NAME, XinputProtocol.EVENT_COUNT, XinputProtocol.ERROR_COUNT)
            .at(XInput.MAJOR, XInput.FIRST_EVENT, XInput.FIRST_ERROR), XInput::new),
        new Offer(Definition.of("RENDER", 0, 5).at(Render.MAJOR, 0, Render.FIRST_ERROR), Render::new),
        new Offer(Definition.of("RANDR", 2, 4).at(140, 89, 147), Randr::new),
        new Offer(Definition.of("XINERAMA", 0, 0).at(141, 0, 0), (s, b) -> new Xinerama(s)),
        new Offer(Definition.of("X-Resource", 0, 0).at(148, 0, 0), (s, b) -> new XResource(s)),
        new Offer(Definition.of("MIT-SCREEN-SAVER", 1, 0).at(144, 92, 0), ScreenSaver::new),
        new Offer(Definition.of("XFIXES", 2, XFixes.ERRORS).at(138, 87, 140), XFixes::new),
        new Offer(Definition.of(DamageProtocol.NAME, 1, 1).at(143, 91, 152), Damage::new),
        new Offer(Definition.of(PresentProtocol.NAME, 0, 0).at(Present.MAJOR, 0, 0), Present::new),
        new Offer(Definition.of(DbeProtocol.NAME, 0, 1).at(Dbe.MAJOR, 0, Dbe.FIRST_ERROR), Dbe::new),
        // offered only beside RENDER (registerAll): GTK blanks its windows with SHM but without RENDER
        new Offer(Definition.of(ShmProtocol.NAME, 1, 1).at(130, 65, 128), Shm::new),
        // offered only beside RENDER (registerAll): compositing managers draw with it
        new Offer(Definition.of(CompositeProtocol.NAME, 0, 0).at(142, 0, 0), Composite::new));

    /** Whether the display offers RENDER: asked for (or on by default) and libpixman-1-0 is there. */
    private static boolean renderOffered(XServer server) {
        boolean byDefault = OFFERS.stream().filter(o -> o.definition().name().equals("RENDER")).anyMatch(Offer::byDefault);
        return server.config.extensionEnabled("RENDER", byDefault) && org.sumac.x11.render.pixman.Pixman.available();
    }

    /** The one-line message for an extension name this server does not know. */
    public static String unknown(String name) {
        return "unknown extension " + name + " (known: " + String.join(", ", names()) + ")";
    }

    /** The names of the extensions this server knows, as QueryExtension spells them. */
    public static List<String> names() {
        return OFFERS.stream().map(o -> o.definition().name()).toList();
    }

    /**
     * Registers the extensions the display's configuration offers: those that ask for numbers first, so that no
     * assigned number takes one another extension asks for. Throws {@link Extensions.ConflictException} on any
     * collision and IllegalArgumentException when the configuration names an extension this server does not know.
     */
    public static void registerAll(XServer server) {
        for (String name : server.config.extensions().keySet()) {
            if (!names().contains(name)) throw new IllegalArgumentException(unknown(name));
        }
        for (boolean fixed : new boolean[] {true, false}) {
            for (Offer o : OFFERS) {
                Definition d = o.definition();
                if (!server.config.extensionEnabled(d.name(), o.byDefault())) continue;
                if (d.name().equals("RENDER") && !renderOffered(server)) continue; // no libpixman-1-0
                if (d.name().equals(ShmProtocol.NAME) && !(renderOffered(server) && Shm.available())) continue;
                if (d.name().equals(CompositeProtocol.NAME) && !renderOffered(server)) continue;
                if ((d.majorOpcode() != 0 || d.firstEvent() != 0 || d.firstError() != 0) != fixed) continue;
                server.extensions.register(d, b -> o.handler().apply(server, b));
            }
        }
    }
}
