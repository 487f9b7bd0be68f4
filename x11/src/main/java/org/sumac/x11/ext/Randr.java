package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.randr.AddOutputMode;
import org.sumac.x11.protocol.randr.ChangeOutputProperty;
import org.sumac.x11.protocol.randr.ConfigureOutputProperty;
import org.sumac.x11.protocol.randr.CreateMode;
import org.sumac.x11.protocol.randr.CrtcChange;
import org.sumac.x11.protocol.randr.DeleteMonitor;
import org.sumac.x11.protocol.randr.DeleteOutputMode;
import org.sumac.x11.protocol.randr.DeleteOutputProperty;
import org.sumac.x11.protocol.randr.DestroyMode;
import org.sumac.x11.protocol.randr.GetCrtcGamma;
import org.sumac.x11.protocol.randr.GetCrtcGammaSize;
import org.sumac.x11.protocol.randr.GetCrtcInfo;
import org.sumac.x11.protocol.randr.GetCrtcTransform;
import org.sumac.x11.protocol.randr.GetMonitors;
import org.sumac.x11.protocol.randr.GetOutputInfo;
import org.sumac.x11.protocol.randr.GetOutputPrimary;
import org.sumac.x11.protocol.randr.GetOutputProperty;
import org.sumac.x11.protocol.randr.GetPanning;
import org.sumac.x11.protocol.randr.GetProviders;
import org.sumac.x11.protocol.randr.GetScreenInfo;
import org.sumac.x11.protocol.randr.GetScreenResources;
import org.sumac.x11.protocol.randr.GetScreenResourcesCurrent;
import org.sumac.x11.protocol.randr.GetScreenSizeRange;
import org.sumac.x11.protocol.randr.ListOutputProperties;
import org.sumac.x11.protocol.randr.ModeInfo;
import org.sumac.x11.protocol.randr.MonitorInfo;
import org.sumac.x11.protocol.randr.OutputChange;
import org.sumac.x11.protocol.randr.OutputProperty;
import org.sumac.x11.protocol.randr.QueryOutputProperty;
import org.sumac.x11.protocol.randr.QueryVersion;
import org.sumac.x11.protocol.randr.RandrHandler;
import org.sumac.x11.protocol.randr.RandrProtocol;
import org.sumac.x11.protocol.randr.RefreshRates;
import org.sumac.x11.protocol.randr.ScreenChangeNotifyEvent;
import org.sumac.x11.protocol.randr.ScreenSize;
import org.sumac.x11.protocol.randr.SelectInput;
import org.sumac.x11.protocol.randr.SetCrtcConfig;
import org.sumac.x11.protocol.randr.SetCrtcGamma;
import org.sumac.x11.protocol.randr.SetOutputPrimary;
import org.sumac.x11.protocol.randr.SetScreenConfig;
import org.sumac.x11.protocol.randr.SetScreenSize;
import org.sumac.x11.protocol.render.Transform;
import org.sumac.x11.server.Atoms;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.EventSelections;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * RANDR 1.5 as Xvfb offers it: one output "screen" on one CRTC, its one mode the initial screen size, no gamma to
 * speak of, no providers. While the SPICE client has several monitors, each further one is an output and CRTC of its
 * own ("screen-2", "screen-3"...; see {@link Head}), gone again when the client has one. Unlike Xvfb (whose maximum is its initial size) the screen can grow up to {@link #MAX_SIZE}
 * at run time: {@code xrandr --fb}, modes added and set, or the SPICE agent's monitors config reallocate the
 * framebuffer (XServer.resizeScreen). State lives under the display lock; a server reset restores the initial
 * configuration as Xorg's does.
 */
final class Randr implements Extensions.Handler, RandrHandler<Client> {
    /** Xvfb's numbers for its mode, CRTC and output (server resources); added modes follow from MODE_IDS. */
    static final int FIRST_MODE = 0x3a, CRTC = 0x3b, OUTPUT = 0x3c;
    private static final int MODE_IDS = 0x3d00;
    /** The ids of the further heads' CRTCs (even) and outputs (odd), below MODE_IDS. */
    private static final int HEAD_IDS = 0x3c00;
    /** Up to 4096 square: 4K UHD fits, and the framebuffer (4 bytes a pixel) stays at most 64 MiB. */
    static final int MAX_SIZE = 4096;
    private static final int ROTATE_0 = 1, GAMMA_SIZE = 256;
    /** SetConfig statuses. */
    private static final int SUCCESS = 0, INVALID_CONFIG_TIME = 1, INVALID_TIME = 2;
    /** SelectInput masks (xcb NotifyMask). */
    private static final int SCREEN_CHANGE = 1, CRTC_CHANGE = 2, OUTPUT_CHANGE = 4, OUTPUT_PROPERTY = 8, ALL_MASKS = 0xff;

    private final XServer server;
    private final int event, badOutput, badCrtc, badMode;
    private final EventSelections selections;
    private final int initialWidth, initialHeight, initialMmWidth, initialMmHeight;

    /** A mode: its id and timings (ModeInfo, id inside) and name; user modes came from CreateMode. */
    private record Mode(ModeInfo info, String name, boolean user) {
        int id() { return info.id(); }
    }

    private record Property(int type, int format, byte[] data, boolean range, boolean immutable, int[] validValues) { }

    private record Monitor(int name, boolean primary, int x, int y, int width, int height, int mmWidth, int mmHeight,
                           int[] outputs) { }

    /**
     * A further monitor of the SPICE client: an output of its own on a CRTC of its own, as a virtual GPU's second
     * connector would be. Made and removed only by the agent's layout; clients may set its CRTC (its modes, or off).
     */
    private static final class Head {
        final int crtc, output;
        final String name;
        final List<Mode> modes = new ArrayList<>();
        Mode mode;
        int x, y;

        Head(int index, Mode mode, int x, int y) {
            this.crtc = HEAD_IDS + 2 * index;
            this.output = crtc + 1;
            this.name = "screen-" + (index + 1);
            this.mode = mode;
            this.x = x;
            this.y = y;
            modes.add(mode);
        }
    }

    // ---- state (reset with the server) ----
    private final Map<Integer, Mode> modes = new LinkedHashMap<>();
    /** The output's modes: its own first, then those AddOutputMode gave it. */
    private final List<Mode> outputModes = new ArrayList<>();
    private Mode crtcMode;
    private int crtcX, crtcY;
    /** The primary output, 0 for none. */
    private int primaryOutput;
    /** The client's further monitors, in its order (the CRTC above shows its first). */
    private final List<Head> heads = new ArrayList<>();
    private boolean headsChanged;
    private final Map<Integer, Property> properties = new LinkedHashMap<>();
    private final List<Monitor> monitors = new ArrayList<>();
    private int nextModeId;
    private int lastSetTime, lastConfigTime;
    private boolean crtcChanged, outputChanged;
    private final int[] gamma = new int[GAMMA_SIZE * 3];

    Randr(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.event = bases.firstEvent();
        this.badOutput = bases.firstError() + RandrProtocol.ERROR_BAD_OUTPUT;
        this.badCrtc = bases.firstError() + RandrProtocol.ERROR_BAD_CRTC;
        this.badMode = bases.firstError() + RandrProtocol.ERROR_BAD_MODE;
        this.selections = new EventSelections(server.extensions, "RANDR");
        this.initialWidth = server.screenWidth();
        this.initialHeight = server.screenHeight();
        this.initialMmWidth = server.screenMmWidth();
        this.initialMmHeight = server.screenMmHeight();
        initialState();
        server.addResetListener(this::serverReset);
        server.handleLayoutRequestsWith(this::remoteLayoutRequest,
            () -> new org.sumac.x11.port.ScreenLayout.Size(maxWidth(), maxHeight()));
        server.tellMonitorsWith(() -> monitorList(true).stream()
            .map(m -> new org.sumac.x11.port.ScreenLayout.Monitor(m.x(), m.y(), m.width(), m.height())).toList());
    }

    private void initialState() {
        modes.clear();
        outputModes.clear();
        properties.clear();
        monitors.clear();
        nextModeId = MODE_IDS;
        Mode m = builtIn(FIRST_MODE, initialWidth, initialHeight);
        modes.put(m.id(), m);
        outputModes.add(m);
        crtcMode = m;
        crtcX = 0;
        crtcY = 0;
        primaryOutput = 0;
        heads.clear();
        properties.put(server.atoms.intern("non-desktop"),
            new Property(Atoms.INTEGER, 32, new byte[4], false, false, new int[] {0, 1}));
        lastSetTime = lastConfigTime = server.time();
        // Xvfb's ramps are whatever its memory held (xrandr reads brightness 0.0 from them); zeros give the same
        java.util.Arrays.fill(gamma, 0);
    }

    /** Xvfb's mode for a size: no timings, named WxH. */
    private static Mode builtIn(int id, int w, int h) {
        String name = w + "x" + h;
        return new Mode(new ModeInfo(id, w, h, 0, 0, 0, 0, 0, 0, 0, 0, name.length(), 0), name, false);
    }

    private void serverReset() {
        initialState();
        // nobody is connected to hear events; the port's observers (SPICE) follow the size
        if (server.screenWidth() != initialWidth || server.screenHeight() != initialHeight) {
            server.resizeScreen(initialWidth, initialHeight, initialMmWidth, initialMmHeight);
        }
    }

    @Override public byte[] eventFieldWidths(int event) { return RandrProtocol.eventFieldWidths(event); }

    @Override public void dispatch(Client c, RequestReader r, int minor) { RandrProtocol.dispatch(this, c, r, minor); }

    // ---- lookups ----------------------------------------------------------------------------------

    private void output(int id) {
        if (id != OUTPUT && headOfOutput(id) == null) throw new XError(badOutput, id);
    }

    /** Checks that id names a CRTC (BadCrtc otherwise); Present's target CRTCs too. */
    void crtc(int id) {
        if (id != CRTC && headOfCrtc(id) == null) throw new XError(badCrtc, id);
    }

    private Head headOfOutput(int id) {
        for (Head h : heads) if (h.output == id) return h;
        return null;
    }

    private Head headOfCrtc(int id) {
        for (Head h : heads) if (h.crtc == id) return h;
        return null;
    }

    /** An output's modes (after output() checked it). */
    private List<Mode> modesOf(int output) {
        return output == OUTPUT ? outputModes : headOfOutput(output).modes;
    }

    private int[] allCrtcs() {
        int[] ids = new int[1 + heads.size()];
        ids[0] = CRTC;
        for (int i = 0; i < heads.size(); i++) ids[i + 1] = heads.get(i).crtc;
        return ids;
    }

    private int[] allOutputs() {
        int[] ids = new int[1 + heads.size()];
        ids[0] = OUTPUT;
        for (int i = 0; i < heads.size(); i++) ids[i + 1] = heads.get(i).output;
        return ids;
    }

    private Mode mode(int id) {
        Mode m = modes.get(id);
        if (m == null) throw new XError(badMode, id);
        return m;
    }

    private int[] crtcOutputs() { return crtcMode == null ? new int[0] : new int[] {OUTPUT}; }

    private int[] modeIds(List<Mode> l) { return l.stream().mapToInt(Mode::id).toArray(); }

    // ---- version, selection ------------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        // As Xorg: the lesser of the client's version and 1.6 (xserver 21 speaks 1.6; leases are not offered).
        int major = 1, minor = 6;
        if (q.majorVersion() < 1 || (q.majorVersion() == 1 && q.minorVersion() < 6)) {
            major = q.majorVersion();
            minor = q.minorVersion();
        }
        c.sendReply(new QueryVersion.Reply(major, minor));
    }

    @Override public void selectInput(Client c, SelectInput q) {
        Window w = server.window(q.window());
        if ((q.enable() & ~ALL_MASKS) != 0) throw XError.value(q.enable());
        selections.select(c, w, q.enable());
    }

    // ---- 1.0 API ----------------------------------------------------------------------------------

    /** The screen sizes of RANDR 1.0: one per size among the output's modes, in their order. */
    private List<int[]> sizes() {
        List<int[]> out = new ArrayList<>();
        for (Mode m : outputModes) {
            int rate = refresh(m.info());
            int[] found = null;
            for (int[] s : out) if (s[0] == m.info().width() && s[1] == m.info().height()) found = s;
            if (found == null) {
                out.add(new int[] {m.info().width(), m.info().height(), rate});
            } else {
                boolean has = false;
                for (int i = 2; i < found.length; i++) has |= found[i] == rate;
                if (!has) {
                    int[] grown = java.util.Arrays.copyOf(found, found.length + 1);
                    grown[found.length] = rate;
                    out.set(out.indexOf(found), grown);
                }
            }
        }
        return out;
    }

    private static int refresh(ModeInfo m) {
        if (m.htotal() == 0 || m.vtotal() == 0) return 0;
        return (int) Math.round(Integer.toUnsignedLong(m.dotClock()) / ((double) m.htotal() * m.vtotal()));
    }

    /** The 1.0 size that is the screen's (not the CRTC's: Xorg's RRScreenChangeNotify says so after SetCrtcConfig). */
    private int currentSizeId(List<int[]> sizes) {
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i)[0] == server.screenWidth() && sizes.get(i)[1] == server.screenHeight()) return i;
        }
        return 0;
    }

    /** A size's millimetres as Xorg's 1.0 emulation gives them: the screen's DPI kept. */
    private int mm(int pixels, boolean horizontal) {
        return horizontal ? (int) ((long) server.screenMmWidth() * pixels / server.screenWidth())
            : (int) ((long) server.screenMmHeight() * pixels / server.screenHeight());
    }

    @Override public void getScreenInfo(Client c, GetScreenInfo q) {
        server.window(q.window());
        List<int[]> sizes = sizes();
        List<ScreenSize> ss = new ArrayList<>();
        List<RefreshRates> rates = new ArrayList<>();
        int nInfo = 0;
        for (int[] s : sizes) {
            ss.add(new ScreenSize(s[0], s[1], mm(s[0], true), mm(s[1], false)));
            rates.add(new RefreshRates(java.util.Arrays.copyOfRange(s, 2, s.length)));
            nInfo += s.length - 1;
        }
        int id = currentSizeId(sizes);
        int rate = crtcMode == null ? 0 : refresh(crtcMode.info());
        c.sendReply(new GetScreenInfo.Reply(ROTATE_0, server.root.id(), lastSetTime, lastConfigTime, ss.size(), id,
            ROTATE_0, rate, nInfo, ss, rates));
    }

    @Override public void setScreenConfig(Client c, SetScreenConfig q) {
        server.window(q.window());
        int status = SUCCESS;
        List<int[]> sizes = sizes();
        if (q.configTimestamp() != lastConfigTime) {
            status = INVALID_CONFIG_TIME;
        } else {
            if (q.sizeID() >= sizes.size()) throw XError.value(q.sizeID());
            int rot = q.rotation();
            if (Integer.bitCount(rot & 0xf) != 1) throw XError.value(rot);
            if ((rot & ~ROTATE_0) != 0) throw XError.match();
            int[] size = sizes.get(q.sizeID());
            Mode chosen = null;
            for (Mode m : outputModes) {
                if (m.info().width() == size[0] && m.info().height() == size[1]
                    && (q.rate() == 0 || refresh(m.info()) == q.rate()) && chosen == null) chosen = m;
            }
            if (chosen == null) throw XError.value(q.rate());
            int time = q.timestamp() == 0 ? server.time() : q.timestamp();
            if (Integer.compareUnsigned(time, lastSetTime) < 0) {
                status = INVALID_TIME;
            } else {
                int w = chosen.info().width(), h = chosen.info().height();
                boolean resize = w != server.screenWidth() || h != server.screenHeight();
                setCrtc(chosen, 0, 0);
                lastSetTime = time;
                if (resize) server.resizeScreen(w, h, mm(w, true), mm(h, false));
                tellChanged();
            }
        }
        c.sendReply(new SetScreenConfig.Reply(status, lastSetTime, lastConfigTime, server.root.id(), 0));
    }

    // ---- 1.2 screen ---------------------------------------------------------------------------------

    @Override public void getScreenSizeRange(Client c, GetScreenSizeRange q) {
        server.window(q.window());
        c.sendReply(new GetScreenSizeRange.Reply(1, 1, maxWidth(), maxHeight()));
    }

    private int maxWidth() { return Math.max(MAX_SIZE, initialWidth); }

    private int maxHeight() { return Math.max(MAX_SIZE, initialHeight); }

    @Override public void setScreenSize(Client c, SetScreenSize q) {
        server.window(q.window());
        // Xorg's order: width, height against the range, the CRTC inside, millimetres not 0
        if (q.width() < 1 || q.width() > maxWidth()) throw XError.value(q.width());
        if (q.height() < 1 || q.height() > maxHeight()) throw XError.value(q.height());
        if (crtcMode != null && (crtcX + crtcMode.info().width() > q.width()
            || crtcY + crtcMode.info().height() > q.height())) throw XError.match();
        for (Head h : heads) {
            if (h.mode != null && (h.x + h.mode.info().width() > q.width() || h.y + h.mode.info().height() > q.height())) {
                throw XError.match();
            }
        }
        if (q.mmWidth() == 0 || q.mmHeight() == 0) throw XError.value(0);
        server.resizeScreen(q.width(), q.height(), q.mmWidth(), q.mmHeight());
        lastConfigTime = server.time();
        tellChanged();
    }

    /**
     * The agent's layout: the screen takes its size and the CRTC shows its first monitor, with a mode of that size
     * (made as Xvfb names modes when the output has none), as {@code xrandr --fb W H --output screen --mode WxH}.
     * Each further monitor is a head (output and CRTC) of its own at its position; heads beyond the layout's go.
     */
    private boolean remoteLayoutRequest(org.sumac.x11.port.ScreenLayout layout) {
        int w = layout.width(), h = layout.height();
        if (w < 1 || h < 1 || w > maxWidth() || h > maxHeight() || layout.monitors().isEmpty()) return false;
        var first = layout.monitors().getFirst();
        Mode m = modeOfSize(first.width(), first.height());
        // keep the DPI as xrandr --fb does
        int mmW = (int) Math.round((double) server.screenMmWidth() * w / server.screenWidth());
        int mmH = (int) Math.round((double) server.screenMmHeight() * h / server.screenHeight());
        setCrtc(m, first.x(), first.y()); // before the resize, so that its listeners hear the new monitor
        List<org.sumac.x11.port.ScreenLayout.Monitor> more = layout.monitors().subList(1, layout.monitors().size());
        for (int i = 0; i < more.size(); i++) {
            var want = more.get(i);
            Mode hm = modeNamed(want.width(), want.height());
            if (i < heads.size()) {
                Head head = heads.get(i);
                if (!head.modes.contains(hm)) head.modes.add(hm);
                if (head.mode != hm || head.x != want.x() || head.y != want.y()) {
                    head.mode = hm;
                    head.x = want.x();
                    head.y = want.y();
                    headsChanged = true;
                }
            } else {
                heads.add(new Head(i + 1, hm, want.x(), want.y()));
                headsChanged = true;
            }
        }
        while (heads.size() > more.size()) {
            heads.removeLast();
            headsChanged = true;
        }
        server.resizeScreen(w, h, Math.max(mmW, 1), Math.max(mmH, 1));
        lastSetTime = lastConfigTime = server.time();
        tellChanged();
        return true;
    }

    /** The mode named WxH, else a new built-in one of that size. */
    private Mode modeNamed(int w, int h) {
        String name = w + "x" + h;
        for (Mode o : modes.values()) if (o.name().equals(name)) return o;
        Mode m = builtIn(nextModeId++, w, h);
        modes.put(m.id(), m);
        return m;
    }

    /** The output's mode of this size, else one named WxH, else a new built-in one; given to the output. */
    private Mode modeOfSize(int w, int h) {
        Mode m = null;
        for (Mode o : outputModes) if (o.info().width() == w && o.info().height() == h && m == null) m = o;
        if (m != null) return m;
        String name = w + "x" + h;
        for (Mode o : modes.values()) if (o.name().equals(name) && m == null) m = o;
        if (m == null) {
            m = builtIn(nextModeId++, w, h);
            modes.put(m.id(), m);
        }
        if (!outputModes.contains(m)) outputModes.add(m);
        outputChanged = true;
        return m;
    }

    @Override public void getScreenResources(Client c, GetScreenResources q) {
        server.window(q.window());
        List<Mode> listed = listedModes();
        c.sendReply(new GetScreenResources.Reply(lastSetTime, lastConfigTime, allCrtcs(), allOutputs(),
            listed.stream().map(Mode::info).toList(), names(listed)));
    }

    @Override public void getScreenResourcesCurrent(Client c, GetScreenResourcesCurrent q) {
        server.window(q.window());
        List<Mode> listed = listedModes();
        c.sendReply(new GetScreenResourcesCurrent.Reply(lastSetTime, lastConfigTime, allCrtcs(),
            allOutputs(), listed.stream().map(Mode::info).toList(), names(listed)));
    }

    /** Xorg's RRModesForScreen: the output's modes, the CRTC's, then every user mode, each once. */
    private List<Mode> listedModes() {
        List<Mode> l = new ArrayList<>(outputModes);
        if (crtcMode != null && !l.contains(crtcMode)) l.add(crtcMode);
        for (Head h : heads) for (Mode m : h.modes) if (!l.contains(m)) l.add(m);
        for (Mode m : modes.values()) if (m.user() && !l.contains(m)) l.add(m);
        return l;
    }

    private static byte[] names(List<Mode> l) {
        StringBuilder b = new StringBuilder();
        for (Mode m : l) b.append(m.name());
        return b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ---- outputs -------------------------------------------------------------------------------------

    @Override public void getOutputInfo(Client c, GetOutputInfo q) {
        output(q.output());
        Head head = headOfOutput(q.output());
        if (head != null) {
            c.sendReply(new GetOutputInfo.Reply(SUCCESS, lastSetTime, head.mode == null ? 0 : head.crtc, 0, 0, 0, 0, 0,
                new int[] {head.crtc}, modeIds(head.modes), new int[0],
                head.name.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            return;
        }
        c.sendReply(new GetOutputInfo.Reply(SUCCESS, lastSetTime, crtcMode == null ? 0 : CRTC, 0, 0, 0, 0, 0,
            new int[] {CRTC}, modeIds(outputModes), new int[0], "screen".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Override public void setOutputPrimary(Client c, SetOutputPrimary q) {
        server.window(q.window());
        if (q.output() != 0) output(q.output());
        if (q.output() != primaryOutput) {
            primaryOutput = q.output();
            outputChanged = true;
            tellChanged();
        }
    }

    @Override public void getOutputPrimary(Client c, GetOutputPrimary q) {
        server.window(q.window());
        c.sendReply(new GetOutputPrimary.Reply(primaryOutput));
    }

    @Override public void createMode(Client c, CreateMode q) {
        server.window(q.window());
        ModeInfo in = q.modeInfo();
        ByteList nameBytes = q.name();
        if (in.nameLen() > nameBytes.size()) throw XError.length();
        StringBuilder nb = new StringBuilder();
        for (int i = 0; i < in.nameLen(); i++) nb.append((char) (nameBytes.get(i) & 0xff));
        String name = nb.toString();
        for (Mode m : modes.values()) if (m.name().equals(name)) throw new XError(XError.NAME, 0);
        int id = nextModeId++;
        Mode m = new Mode(new ModeInfo(id, in.width(), in.height(), in.dotClock(), in.hsyncStart(), in.hsyncEnd(),
            in.htotal(), in.hskew(), in.vsyncStart(), in.vsyncEnd(), in.vtotal(), in.nameLen(), in.modeFlags()), name, true);
        modes.put(id, m);
        c.sendReply(new CreateMode.Reply(id));
    }

    @Override public void destroyMode(Client c, DestroyMode q) {
        Mode m = mode(q.mode());
        if (!m.user()) throw XError.match();
        if (outputModes.contains(m) || crtcMode == m) throw XError.access();
        for (Head h : heads) if (h.modes.contains(m) || h.mode == m) throw XError.access();
        modes.remove(m.id());
    }

    @Override public void addOutputMode(Client c, AddOutputMode q) {
        output(q.output());
        Mode m = mode(q.mode());
        List<Mode> own = modesOf(q.output());
        if (own.contains(m)) return;
        own.add(m);
        outputChanged = true;
        lastConfigTime = server.time();
        tellChanged();
    }

    @Override public void deleteOutputMode(Client c, DeleteOutputMode q) {
        output(q.output());
        Mode m = mode(q.mode());
        List<Mode> own = modesOf(q.output());
        Head head = headOfOutput(q.output());
        int i = own.indexOf(m);
        if (i < 1 || !m.user()) throw XError.access(); // only modes AddOutputMode gave
        if ((head == null ? crtcMode : head.mode) == m) throw XError.match();
        // as Xorg: nobody is told (RROutputDeleteUserMode marks nothing changed)
        own.remove(i);
    }

    // ---- output properties ------------------------------------------------------------------------

    @Override public void listOutputProperties(Client c, ListOutputProperties q) {
        output(q.output());
        c.sendReply(new ListOutputProperties.Reply(properties.keySet().stream().mapToInt(Integer::intValue).toArray()));
    }

    @Override public void queryOutputProperty(Client c, QueryOutputProperty q) {
        output(q.output());
        Property p = properties.get(q.property());
        if (p == null) throw new XError(XError.NAME, q.property());
        c.sendReply(new QueryOutputProperty.Reply(false, p.range(), p.immutable(), p.validValues()));
    }

    @Override public void configureOutputProperty(Client c, ConfigureOutputProperty q) {
        output(q.output());
        if (!server.atoms.valid(q.property())) throw new XError(XError.ATOM, q.property());
        Property p = properties.get(q.property());
        if (p != null && p.immutable()) throw XError.access();
        int n = q.values().size();
        if (q.range() != 0 && (n & 1) != 0) throw XError.match();
        int[] valid = new int[n];
        for (int i = 0; i < n; i++) valid[i] = q.values().get(i);
        properties.put(q.property(), p == null ? new Property(0, 0, new byte[0], q.range() != 0, false, valid)
            : new Property(p.type(), p.format(), p.data(), q.range() != 0, false, valid));
    }

    @Override public void changeOutputProperty(Client c, ChangeOutputProperty q) {
        int mode = q.mode(), format = q.format();
        if (mode > 2) throw XError.value(mode);
        if (format != 8 && format != 16 && format != 32) throw XError.value(format);
        output(q.output());
        if (!server.atoms.valid(q.property())) throw new XError(XError.ATOM, q.property());
        if (!server.atoms.valid(q.type())) throw new XError(XError.ATOM, q.type());
        // values in the server's order: as a format-32 property keeps ints, we keep the client's bytes per unit
        int unit = format / 8;
        byte[] data = new byte[q.numUnits() * unit];
        ByteList d = q.data();
        for (int i = 0; i < data.length && i < d.size(); i++) data[i] = (byte) d.get(i);
        data = normalize(c, data, unit);
        Property p = properties.get(q.property());
        Property n;
        if (p == null || p.format() == 0 || mode == 0) {
            if (p != null && p.immutable()) throw XError.access();
            n = p == null ? new Property(q.type(), format, data, false, false, new int[0])
                : new Property(q.type(), format, data, p.range(), p.immutable(), p.validValues());
        } else {
            if (p.format() != format || p.type() != q.type()) throw XError.match();
            byte[] joined = new byte[p.data().length + data.length];
            if (mode == 2) {
                System.arraycopy(p.data(), 0, joined, 0, p.data().length);
                System.arraycopy(data, 0, joined, p.data().length, data.length);
            } else {
                System.arraycopy(data, 0, joined, 0, data.length);
                System.arraycopy(p.data(), 0, joined, data.length, p.data().length);
            }
            n = new Property(p.type(), format, joined, p.range(), p.immutable(), p.validValues());
        }
        if (p == null) {
            // as Xorg: a new property goes first in the list
            Map<Integer, Property> old = new LinkedHashMap<>(properties);
            properties.clear();
            properties.put(q.property(), n);
            properties.putAll(old);
        } else {
            properties.put(q.property(), n);
        }
        propertyNotify(q.property(), 0);
    }

    /** Property data is kept big-endian per unit, so clients of either byte order read it back in theirs. */
    private static byte[] normalize(Client c, byte[] data, int unit) {
        if (unit == 1 || c.msbFirst()) return data;
        byte[] out = new byte[data.length];
        for (int i = 0; i + unit <= data.length; i += unit) {
            for (int k = 0; k < unit; k++) out[i + k] = data[i + unit - 1 - k];
        }
        return out;
    }

    @Override public void deleteOutputProperty(Client c, DeleteOutputProperty q) {
        output(q.output());
        if (!server.atoms.valid(q.property())) throw new XError(XError.ATOM, q.property());
        Property p = properties.get(q.property());
        if (p == null) throw new XError(XError.NAME, q.property());
        if (p.immutable()) throw XError.access();
        properties.remove(q.property());
        propertyNotify(q.property(), 1);
    }

    @Override public void getOutputProperty(Client c, GetOutputProperty q) {
        output(q.output());
        if (!server.atoms.valid(q.property())) throw new XError(XError.ATOM, q.property());
        if (q.delete() > 1) throw XError.value(q.delete());
        if (q.type() != 0 && !server.atoms.valid(q.type())) throw new XError(XError.ATOM, q.type());
        Property p = properties.get(q.property());
        if (p == null || p.format() == 0) {
            c.sendReply(new GetOutputProperty.Reply(0, 0, 0, 0, new byte[0]));
            return;
        }
        if (p.immutable() && q.delete() != 0) throw XError.access();
        int n = p.data().length;
        if (q.type() != 0 && q.type() != p.type()) {
            c.sendReply(new GetOutputProperty.Reply(p.format(), p.type(), n, 0, new byte[0]));
            return;
        }
        long ind = Integer.toUnsignedLong(q.longOffset()) * 4;
        if (ind > n) throw XError.value(q.longOffset());
        int len = (int) Math.min(n - ind, 4 * Integer.toUnsignedLong(q.longLength()));
        int unit = p.format() / 8;
        byte[] out = normalize(c, java.util.Arrays.copyOfRange(p.data(), (int) ind, (int) ind + len), unit);
        int after = (int) (n - (ind + len));
        c.sendReply(new GetOutputProperty.Reply(p.format(), p.type(), after, len / unit, out));
        if (q.delete() != 0 && after == 0) {
            properties.remove(q.property());
            propertyNotify(q.property(), 1);
        }
    }

    // ---- CRTC ----------------------------------------------------------------------------------------

    @Override public void getCrtcInfo(Client c, GetCrtcInfo q) {
        crtc(q.crtc());
        Head head = headOfCrtc(q.crtc());
        if (head != null) {
            Mode hm = head.mode;
            c.sendReply(new GetCrtcInfo.Reply(SUCCESS, lastSetTime, head.x, head.y, hm == null ? 0 : hm.info().width(),
                hm == null ? 0 : hm.info().height(), hm == null ? 0 : hm.id(), ROTATE_0, ROTATE_0,
                hm == null ? new int[0] : new int[] {head.output}, new int[] {head.output}));
            return;
        }
        int w = crtcMode == null ? 0 : crtcMode.info().width(), h = crtcMode == null ? 0 : crtcMode.info().height();
        c.sendReply(new GetCrtcInfo.Reply(SUCCESS, lastSetTime, crtcX, crtcY, w, h, crtcMode == null ? 0 : crtcMode.id(),
            ROTATE_0, ROTATE_0, crtcOutputs(), new int[] {OUTPUT}));
    }

    @Override public void setCrtcConfig(Client c, SetCrtcConfig q) {
        crtc(q.crtc());
        int n = q.outputs().size();
        Mode m = null;
        if (q.mode() == 0) {
            if (n > 0) throw XError.match();
        } else {
            m = mode(q.mode());
            if (n == 0) throw XError.match();
        }
        Head head = headOfCrtc(q.crtc());
        for (int i = 0; i < n; i++) {
            int o = q.outputs().get(i);
            output(o);
            // a head's CRTC shows its own output only, the first CRTC the first output
            if (o != (head == null ? OUTPUT : head.output)) throw XError.match();
            if (m != null && !modesOf(o).contains(m)) throw XError.match();
        }
        if (n > 1) throw XError.match(); // one output cannot be its own clone
        int rot = q.rotation();
        int kind = rot & 0xf;
        if (kind != 1 && kind != 2 && kind != 4 && kind != 8) throw XError.value(rot);
        if ((rot & ~ROTATE_0) != 0) throw XError.match();
        if (m != null) {
            if (q.x() + m.info().width() > server.screenWidth()) throw XError.value(q.x());
            if (q.y() + m.info().height() > server.screenHeight()) throw XError.value(q.y());
        }
        int time = q.timestamp() == 0 ? server.time() : q.timestamp();
        int status;
        if (Integer.compareUnsigned(time, lastSetTime) < 0) {
            status = INVALID_TIME;
        } else {
            if (head == null) {
                setCrtc(m, q.x(), q.y());
            } else if (m != head.mode || q.x() != head.x || q.y() != head.y) {
                head.mode = m;
                head.x = q.x();
                head.y = q.y();
                headsChanged = true;
            }
            lastSetTime = time;
            status = SUCCESS;
            tellChanged();
        }
        c.sendReply(new SetCrtcConfig.Reply(status, lastSetTime));
    }

    private void setCrtc(Mode m, int x, int y) {
        if (m == crtcMode && x == crtcX && y == crtcY) return;
        if ((m == null) != (crtcMode == null)) outputChanged = true;
        crtcMode = m;
        crtcX = x;
        crtcY = y;
        crtcChanged = true;
    }

    @Override public void getCrtcGammaSize(Client c, GetCrtcGammaSize q) {
        crtc(q.crtc());
        c.sendReply(new GetCrtcGammaSize.Reply(GAMMA_SIZE));
    }

    @Override public void getCrtcGamma(Client c, GetCrtcGamma q) {
        crtc(q.crtc());
        c.sendReply(new GetCrtcGamma.Reply(GAMMA_SIZE, java.util.Arrays.copyOfRange(gamma, 0, GAMMA_SIZE),
            java.util.Arrays.copyOfRange(gamma, GAMMA_SIZE, 2 * GAMMA_SIZE),
            java.util.Arrays.copyOfRange(gamma, 2 * GAMMA_SIZE, 3 * GAMMA_SIZE)));
    }

    @Override public void setCrtcGamma(Client c, SetCrtcGamma q) {
        crtc(q.crtc());
        if (q.sizeValue() != GAMMA_SIZE) throw XError.match();
        // kept for GetCrtcGamma; a virtual screen has no colours to correct
        for (int i = 0; i < GAMMA_SIZE; i++) {
            gamma[i] = q.red().get(i);
            gamma[GAMMA_SIZE + i] = q.green().get(i);
            gamma[2 * GAMMA_SIZE + i] = q.blue().get(i);
        }
    }

    @Override public void getCrtcTransform(Client c, GetCrtcTransform q) {
        crtc(q.crtc());
        Transform identity = new Transform(0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x10000);
        c.sendReply(new GetCrtcTransform.Reply(identity, true, identity, "", new int[0], "", new int[0]));
    }

    @Override public void getPanning(Client c, GetPanning q) {
        crtc(q.crtc());
        c.sendReply(new GetPanning.Reply(SUCCESS, lastSetTime, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Override public void getProviders(Client c, GetProviders q) {
        server.window(q.window());
        c.sendReply(new GetProviders.Reply(lastSetTime, new int[0]));
    }

    // ---- monitors ------------------------------------------------------------------------------------

    /** The monitors, primary first: the CRTC's (unless a user monitor claims the output), then the user's. */
    private List<MonitorInfo> monitorList(boolean activeOnly) {
        List<MonitorInfo> l = new ArrayList<>();
        boolean claimed = false;
        for (Monitor m : monitors) for (int o : m.outputs()) claimed |= o == OUTPUT;
        if (crtcMode != null && !claimed) {
            int w = crtcMode.info().width(), h = crtcMode.info().height();
            l.add(new MonitorInfo(server.atoms.intern("screen"), primaryOutput == OUTPUT, true, crtcX, crtcY, w, h,
                mmAt96Dpi(w), mmAt96Dpi(h), new int[] {OUTPUT}));
        }
        for (Head head : heads) {
            boolean taken = false;
            for (Monitor m : monitors) for (int o : m.outputs()) taken |= o == head.output;
            if (head.mode == null || taken) continue;
            int w = head.mode.info().width(), h = head.mode.info().height();
            l.add(new MonitorInfo(server.atoms.intern(head.name), primaryOutput == head.output, true, head.x, head.y,
                w, h, mmAt96Dpi(w), mmAt96Dpi(h), new int[] {head.output}));
        }
        for (Monitor m : monitors) {
            // as Xorg: a monitor of no outputs is always active, one of outputs while one of them shows something
            if (activeOnly && m.outputs().length > 0 && crtcMode == null) continue;
            l.add(new MonitorInfo(m.name(), m.primary(), false, m.x(), m.y(), m.width(), m.height(), m.mmWidth(),
                m.mmHeight(), m.outputs()));
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).primary() && i > 0) l.addFirst(l.remove(i));
        }
        return l;
    }

    /** An output without a physical size is 96 DPI in its monitor, halves rounded down (240 pixels: 63 mm) as Xorg. */
    private static int mmAt96Dpi(int pixels) {
        return (int) Math.ceil(pixels * 25.4 / 96 - 0.5);
    }

    @Override public void getMonitors(Client c, GetMonitors q) {
        server.window(q.window());
        List<MonitorInfo> l = monitorList(q.getActive() != 0);
        int outputs = 0;
        for (MonitorInfo m : l) outputs += m.outputs().length;
        c.sendReply(new GetMonitors.Reply(lastSetTime, outputs, l));
    }

    /** SetMonitor (not generated: its MonitorInfo is read here): window, then the monitor with its outputs. */
    @Override public void setMonitor(Client c, RequestReader r) {
        if (r.length() < 32) throw XError.length();
        int window = r.int32At(4), name = r.int32At(8);
        boolean prim = r.card8At(12) != 0;
        int nOutput = r.card16At(14);
        if (r.length() != 32 + 4 * nOutput) throw XError.length();
        int x = r.int16At(16), y = r.int16At(18), w = r.card16At(20), h = r.card16At(22);
        int mmW = r.int32At(24), mmH = r.int32At(28);
        server.window(window);
        if (!server.atoms.valid(name)) throw new XError(XError.ATOM, name);
        int[] outs = new int[nOutput];
        for (int i = 0; i < nOutput; i++) {
            outs[i] = r.int32At(32 + 4 * i);
            if (outs[i] != 0) output(outs[i]);
        }
        monitors.removeIf(m -> m.name() == name);
        // as Xorg: only one primary monitor
        if (prim) {
            primaryOutput = 0;
            monitors.replaceAll(m -> m.primary() ? new Monitor(m.name(), false, m.x(), m.y(), m.width(), m.height(),
                m.mmWidth(), m.mmHeight(), m.outputs()) : m);
        }
        monitors.add(new Monitor(name, prim, x, y, w, h, mmW, mmH, outs));
        lastConfigTime = server.time();
        tellChanged();
    }

    @Override public void deleteMonitor(Client c, DeleteMonitor q) {
        server.window(q.window());
        if (!server.atoms.valid(q.name())) throw new XError(XError.ATOM, q.name());
        if (!monitors.removeIf(m -> m.name() == q.name())) throw XError.value(q.name());
        lastConfigTime = server.time();
        tellChanged();
    }

    // ---- events --------------------------------------------------------------------------------------

    /**
     * RRTellChanged: to each window's selectors, in tree order, RRScreenChangeNotify, then CrtcChange and
     * OutputChange for what changed. XServer.resizeScreen has sent the root's ConfigureNotify already.
     */
    private void tellChanged() {
        List<Window> order = new ArrayList<>();
        walk(server.root, order);
        boolean crtc = crtcChanged, out = outputChanged, headed = headsChanged;
        crtcChanged = outputChanged = headsChanged = false;
        for (Window w : order) {
            selections.forEachSelector(w, (cl, mask) -> {
                if ((mask & SCREEN_CHANGE) != 0) {
                    var ev = new ScreenChangeNotifyEvent(ROTATE_0, lastSetTime, lastConfigTime, server.root.id(), w.id(),
                        currentSizeId(sizes()), 0, server.screenWidth(), server.screenHeight(), server.screenMmWidth(),
                        server.screenMmHeight());
                    server.sendEvent(cl, event + ScreenChangeNotifyEvent.NUMBER, ev.detail(), ev::write);
                }
                if ((mask & CRTC_CHANGE) != 0 && crtc) {
                    int mw = crtcMode == null ? 0 : crtcMode.info().width(), mh = crtcMode == null ? 0 : crtcMode.info().height();
                    var cc = new CrtcChange(lastSetTime, w.id(), CRTC, crtcMode == null ? 0 : crtcMode.id(), ROTATE_0,
                        crtcX, crtcY, mw, mh);
                    server.sendEvent(cl, event + 1, 0, cc::write);
                }
                if ((mask & OUTPUT_CHANGE) != 0 && out) {
                    var oc = new OutputChange(lastSetTime, lastConfigTime, w.id(), OUTPUT, crtcMode == null ? 0 : CRTC,
                        crtcMode == null ? 0 : crtcMode.id(), ROTATE_0, 0, 0);
                    server.sendEvent(cl, event + 1, 1, oc::write);
                }
                if (headed) headChanges(cl, w, mask);
            });
        }
        server.sendRootConfigureNotify();
        server.screenLayoutMayHaveChanged(); // CRTC and monitor changes reach the port's layout observers
    }

    /** CrtcChange and OutputChange of every head, after the agent's layout changed them. */
    private void headChanges(Client cl, Window w, int mask) {
        for (Head h : heads) {
            int mw = h.mode == null ? 0 : h.mode.info().width(), mh = h.mode == null ? 0 : h.mode.info().height();
            int modeId = h.mode == null ? 0 : h.mode.id();
            if ((mask & CRTC_CHANGE) != 0) {
                var cc = new CrtcChange(lastSetTime, w.id(), h.crtc, modeId, ROTATE_0, h.x, h.y, mw, mh);
                server.sendEvent(cl, event + 1, 0, cc::write);
            }
            if ((mask & OUTPUT_CHANGE) != 0) {
                var oc = new OutputChange(lastSetTime, lastConfigTime, w.id(), h.output, h.mode == null ? 0 : h.crtc,
                    modeId, ROTATE_0, 0, 0);
                server.sendEvent(cl, event + 1, 1, oc::write);
            }
        }
    }

    private void propertyNotify(int atom, int state) {
        List<Window> order = new ArrayList<>();
        walk(server.root, order);
        int time = server.time();
        for (Window w : order) {
            selections.forEachSelector(w, (cl, mask) -> {
                if ((mask & OUTPUT_PROPERTY) == 0) return;
                var op = new OutputProperty(w.id(), OUTPUT, atom, time, state);
                server.sendEvent(cl, event + 1, 2, op::write);
            });
        }
    }

    /** Xorg's WalkTree: a window, then its children from the top of the stack down. */
    private void walk(Window w, List<Window> out) {
        if (selections.hasSelectors(w)) out.add(w);
        for (Window ch : w.children.reversed()) walk(ch, out);
    }
}
