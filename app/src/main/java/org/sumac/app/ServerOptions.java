package org.sumac.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.ext.CoreExtensions;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.KeyboardLayout;
import org.sumac.x11.ext.XkbRules;
import org.sumac.x11.server.MemoryLimits;

/**
 * The command line of an X display, with the option names X servers use (Xvfb, Xorg), parsed by
 * hand because X options (single dash, multi-word values like "-screen 0 1024x768x24") do not fit
 * a getopt-style parser. The SPICE options use Xspice's names; {@code --port} turns them on.
 *
 * @param spice the SPICE endpoint, or null for a plain X server
 * @param notes remarks for the user about accepted-but-ignored options
 */
public record ServerOptions(DisplayConfig display, boolean help, SpiceServerConfig spice, boolean exitOnDisconnect,
                     List<String> notes, SessionOptions session, boolean warmup) {

    /**
     * The desktop's session: a sound server (--sound), Opus for playback (--playback-compression), a program to
     * start in the session's environment (--xsession, null for none).
     */
    public record SessionOptions(boolean sound, boolean playbackCompression, String xsession) {
        static final SessionOptions NONE = new SessionOptions(false, true, null);
    }

    static final String USAGE = """
        usage: sumac :N [options]      start X display N
               sumac demo              start a demo desktop (see README)
        options:
          -screen 0 WxHxD       screen size and depth (default 1024x768x24; depth 24)
          --geometry WxH        screen size
          -auth FILE            require MIT-MAGIC-COOKIE-1 from this Xauthority file
          -ac                   disable access control (any local client may connect)
          -nolisten tcp         do not listen on TCP (the default)
          -listen tcp           also listen on TCP port 6000+N
          -fp PATH              font path, comma separated
          -noreset              keep atoms, root properties and font path when the last client leaves
          -maxclientmem MB      memory one client may hold: pixmaps, properties, requests (default 256)
          -maxdisplaymem MB     memory all clients of the display may hold together (default 512)
          -maxclientoutput MB   replies and events a client may leave unread before it is cut off (default 64)
          -xkblayout L          keyboard layout, as setxkbmap names it (default us; de, fr, "us,ru"...)
          -xkbvariant V         its variant (fr: oss, bepo...), -xkbmodel M (default pc105),
          -xkboptions O         XKB options (grp:alt_shift_toggle,...), -xkbrules R (default evdev)
          -extension NAME       do not offer extension NAME, one of:
                                %s
          +extension NAME       offer extension NAME (undoes an earlier -extension)
          -help                 print this help
        SPICE options (Xspice's names; without --port sumac is a plain X server):
          --port P              serve the display over SPICE on TCP port P
          --addr ADDR           listen on this address only (default: all)
          --password PW         password clients must give (visible in ps: prefer --password-file)
          --password-file FILE  read the password from the first line of FILE
          --disable-ticketing   no password at all: anyone who reaches the port, local users
                                included, gets the screen and keyboard (one of --password,
                                --password-file or --disable-ticketing is required)
          --exit-on-disconnect  exit when the first SPICE client disconnects
          --image-compression C off, auto_glz, auto_lz, quic, glz, lz, lz4 (default auto_glz)
          --jpeg-wan-compression W  auto, never, always (always: photo-like areas as JPEG)
          --ipv4-only, --ipv6-only  listen on one address family only
          --sound               give the desktop a sound server (PulseAudio) played and recorded over SPICE
          --playback-compression on|off  Opus for clients that take it (default on), or raw PCM
          --xsession CMD        run CMD with /bin/sh in the desktop's session (DISPLAY, PULSE_SERVER set)
          --no-warmup           skip the warm-up: a private desktop exercised before the display accepts
                                clients, so that the first use is as quick as later ones (start-up
                                takes ~3 s more CPU)
        """.formatted(CoreExtensions.names().stream().map(n -> n.contains(" ") ? "\"" + n + "\"" : n)
            .collect(java.util.stream.Collectors.joining(", ")));

    /** Thrown for a bad command line; the message is a single line for the user. */
    public static final class UsageException extends Exception {
        public UsageException(String m) { super(m); }
    }

    public static ServerOptions parse(String[] args) throws UsageException {
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            // Xspice accepts --option=value as well as --option value.
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                expanded.add(arg.substring(0, eq));
                expanded.add(arg.substring(eq + 1));
            } else {
                expanded.add(arg);
            }
        }
        args = expanded.toArray(String[]::new);
        int display = -1, width = DisplayConfig.DEFAULT_WIDTH, height = DisplayConfig.DEFAULT_HEIGHT, depth = DisplayConfig.DEFAULT_DEPTH;
        Path auth = null;
        boolean ac = true, tcp = false, help = false, reset = true;
        List<String> fontPath = null;
        MemoryLimits mem = MemoryLimits.DEFAULT;
        java.util.Map<String, Boolean> extensions = new java.util.LinkedHashMap<>();
        List<String> a = Arrays.asList(args);
        SpiceOptions spice = new SpiceOptions();
        boolean sound = false, playbackCompression = true;
        String xsession = null;
        String[] xkb = new String[5]; // rules, model, layout, variant, options
        boolean warmup = true;
        for (int i = 0; i < a.size(); i++) {
            String o = a.get(i);
            switch (o) {
                case "-help", "--help", "-h" -> help = true;
                case "-screen" -> {
                    String scr = value(a, ++i, o);
                    if (!scr.equals("0")) throw new UsageException("only screen 0 is supported, not " + scr);
                    int[] g = geometry(value(a, ++i, o), true);
                    width = g[0]; height = g[1]; depth = g[2];
                }
                case "--geometry", "-geometry" -> { int[] g = geometry(value(a, ++i, o), false); width = g[0]; height = g[1]; }
                case "-auth" -> {
                    auth = Path.of(value(a, ++i, o));
                    if (!Files.isReadable(auth)) throw new UsageException("cannot read authorization file " + auth);
                }
                case "-ac" -> ac = false;
                case "-noreset" -> reset = false;
                case "-nolisten" -> { String p = value(a, ++i, o); if (p.equals("tcp")) tcp = false; }
                case "-listen" -> { String p = value(a, ++i, o); if (p.equals("tcp")) tcp = true; }
                case "-fp" -> fontPath = new ArrayList<>(Arrays.asList(value(a, ++i, o).split(",")));
                case "-maxclientmem" -> mem = new MemoryLimits(megabytes(value(a, ++i, o), o), mem.display(), mem.clientOutput());
                case "-maxdisplaymem" -> mem = new MemoryLimits(mem.perClient(), megabytes(value(a, ++i, o), o), mem.clientOutput());
                case "-maxclientoutput" -> mem = new MemoryLimits(mem.perClient(), mem.display(), megabytes(value(a, ++i, o), o));
                case "-extension", "+extension" -> {
                    String name = value(a, ++i, o);
                    if (!CoreExtensions.names().contains(name)) throw new UsageException(CoreExtensions.unknown(name));
                    extensions.put(name, o.startsWith("+"));
                }
                case "-xkbrules" -> xkb[0] = value(a, ++i, o);
                case "-xkbmodel" -> xkb[1] = value(a, ++i, o);
                case "-xkblayout" -> xkb[2] = value(a, ++i, o);
                case "-xkbvariant" -> xkb[3] = value(a, ++i, o);
                case "-xkboptions" -> xkb[4] = value(a, ++i, o);
                case "--port" -> spice.port = port(value(a, ++i, o));
                case "--addr" -> spice.addr = value(a, ++i, o);
                case "--password" -> spice.password = value(a, ++i, o);
                case "--password-file" -> spice.password = readPassword(Path.of(value(a, ++i, o)));
                case "--disable-ticketing" -> spice.disableTicketing = true;
                case "--exit-on-disconnect" -> spice.exitOnDisconnect = true;
                case "--no-warmup" -> warmup = false;
                case "--image-compression" -> spice.compression = compression(value(a, ++i, o));
                case "--jpeg-wan-compression" -> { spice.jpegMode = value(a, ++i, o); spice.jpeg = jpeg(spice.jpegMode); }
                case "--ipv4-only" -> spice.ipv4Only = true;
                case "--ipv6-only" -> spice.ipv6Only = true;
                case "--sound" -> sound = true;
                case "--playback-compression" -> playbackCompression = onOff(value(a, ++i, o), o);
                case "--xsession" -> xsession = value(a, ++i, o);
                default -> {
                    if (o.matches(":\\d+")) display = Integer.parseInt(o.substring(1));
                    else throw new UsageException("unknown option " + o + " (sumac -help lists the options)");
                }
            }
        }
        if (help) return new ServerOptions(null, true, null, false, List.of(), SessionOptions.NONE, false);
        if (display < 0) throw new UsageException("no display given: use sumac :N (for example sumac :1)");
        if (display > 32767) throw new UsageException("display number " + display + " is out of range");
        DisplayConfig base = DisplayConfig.of(display);
        DisplayConfig config = new DisplayConfig(display, width, height, depth, auth, ac, tcp, fontPath,
            base.socketDir(), base.lockDir(), mem, extensions, reset, keyboard(xkb));
        List<String> notes = new ArrayList<>();
        SpiceServerConfig spiceConfig = spice.build(":" + display, notes);
        if (sound && spiceConfig == null) throw new UsageException("--sound needs --port (sound goes over SPICE)");
        return new ServerOptions(config, false, spiceConfig, spice.exitOnDisconnect, List.copyOf(notes),
            new SessionOptions(sound, playbackCompression, xsession), warmup && spiceConfig != null);
    }

    /** The start layout; one given by the -xkb options is checked now (rules, then xkbcomp), so a typo is one line. */
    private static KeyboardLayout keyboard(String[] xkb) throws UsageException {
        if (Arrays.stream(xkb).allMatch(java.util.Objects::isNull)) return KeyboardLayout.DEFAULT;
        KeyboardLayout k = new KeyboardLayout(xkb[0], xkb[1], xkb[2], xkb[3], xkb[4]);
        try {
            XkbRules.check(k);
        } catch (java.io.IOException e) {
            throw new UsageException("keyboard: " + e.getMessage());
        }
        return k;
    }

    private static boolean onOff(String v, String option) throws UsageException {
        return switch (v) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new UsageException(option + " takes on or off, not " + v);
        };
    }

    /** The SPICE options as given; {@link #build} checks them together. */
    static final class SpiceOptions {
        int port = -1;
        String addr;
        String password;
        boolean disableTicketing, exitOnDisconnect, ipv4Only, ipv6Only;
        ImageCompression compression;
        Boolean jpeg;
        String jpegMode;

        /** The SPICE server settings, or null when no --port was given (then no SPICE option may be). */
        SpiceServerConfig build(String displayName, List<String> notes) throws UsageException {
            if (port < 0) {
                if (addr != null || password != null || disableTicketing || exitOnDisconnect || ipv4Only || ipv6Only
                        || compression != null || jpeg != null) {
                    throw new UsageException("SPICE options need --port");
                }
                return null;
            }
            if (ipv4Only && ipv6Only) throw new UsageException("--ipv4-only and --ipv6-only exclude each other");
            if (password != null && disableTicketing) {
                throw new UsageException("--password and --disable-ticketing exclude each other");
            }
            List<InetSocketAddress> addresses = addresses();
            // No exemption for loopback: on a shared host every local user can reach 127.0.0.1.
            if (password == null && !disableTicketing) {
                throw new UsageException("SPICE needs a password, also on loopback addresses (other local users "
                    + "can connect): give --password-file FILE, --password PW or, to allow anyone, --disable-ticketing");
            }
            SpiceServerConfig.Builder b = SpiceServerConfig.builder().name("Sumac " + displayName);
            addresses.forEach(b::listen);
            if (password != null) b.password(password); else b.disableTicketing();
            if (compression != null) b.imageCompression(compression);
            if (jpeg != null) b.jpegForPhotos(jpeg);
            if ("auto".equals(jpegMode)) {
                notes.add("--jpeg-wan-compression auto: Sumac does not detect WAN links, so no JPEG is used");
            }
            return b.build();
        }

        private List<InetSocketAddress> addresses() throws UsageException {
            if (addr == null || addr.isEmpty()) {
                // The wildcard of one family, or both (Java's wildcard socket is dual-stack).
                if (ipv4Only) return List.of(new InetSocketAddress("0.0.0.0", port));
                if (ipv6Only) return List.of(new InetSocketAddress("::", port));
                return List.of(new InetSocketAddress(port));
            }
            InetAddress[] all;
            try {
                all = InetAddress.getAllByName(addr);
            } catch (UnknownHostException e) {
                throw new UsageException("cannot resolve --addr " + addr);
            }
            for (InetAddress ia : all) {
                if (ipv4Only && !(ia instanceof Inet4Address)) continue;
                if (ipv6Only && !(ia instanceof Inet6Address)) continue;
                return List.of(new InetSocketAddress(ia, port));
            }
            throw new UsageException("--addr " + addr + " has no address of the requested family");
        }
    }

    private static int port(String s) throws UsageException {
        try {
            int p = Integer.parseInt(s);
            if (p >= 0 && p <= 65535) return p;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("bad port " + s);
    }

    private static String readPassword(Path file) throws UsageException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String line = nl < 0 ? text : text.substring(0, nl);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isEmpty()) throw new UsageException("password file " + file + " is empty");
            return line;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("cannot read password file " + file);
        }
    }

    /** Xspice's --image-compression values. */
    private static ImageCompression compression(String s) throws UsageException {
        return switch (s) {
            case "off" -> ImageCompression.OFF;
            case "auto_glz", "auto_lz" -> ImageCompression.AUTO;
            case "quic" -> ImageCompression.QUIC;
            case "glz", "lz" -> ImageCompression.LZ;
            case "lz4" -> ImageCompression.LZ4;
            default -> throw new UsageException("bad --image-compression " + s
                + " (off, auto_glz, auto_lz, quic, glz, lz, lz4)");
        };
    }

    /** Xspice's --jpeg-wan-compression: Sumac has no WAN detection, so auto means never. */
    private static Boolean jpeg(String s) throws UsageException {
        return switch (s) {
            case "always" -> true;
            case "never", "auto" -> false;
            default -> throw new UsageException("bad --jpeg-wan-compression " + s + " (auto, never, always)");
        };
    }

    /** A memory limit in MiB, 1 to 64 GiB. */
    private static long megabytes(String s, String option) throws UsageException {
        try {
            long mb = Long.parseLong(s);
            if (mb >= 1 && mb <= 65536) return mb << 20;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("bad " + option + " " + s + " (megabytes, 1 to 65536)");
    }

    private static String value(List<String> a, int i, String option) throws UsageException {
        if (i >= a.size()) throw new UsageException(option + " needs a value");
        return a.get(i);
    }

    private static int[] geometry(String s, boolean withDepth) throws UsageException {
        String[] p = s.split("x");
        try {
            int w = Integer.parseInt(p[0]), h = Integer.parseInt(p[1]);
            int d = withDepth && p.length > 2 ? Integer.parseInt(p[2]) : DisplayConfig.DEFAULT_DEPTH;
            if (w < 1 || h < 1 || w > 16384 || h > 16384) throw new UsageException("screen size " + s + " is out of range");
            if (d != 24) throw new UsageException("only depth 24 is supported, not " + d);
            if (p.length > (withDepth ? 3 : 2)) throw new NumberFormatException();
            return new int[] {w, h, d};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new UsageException("bad geometry " + s + " (expected WxH" + (withDepth ? "xD" : "") + ")");
        }
    }
}
