package org.sumac.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sumac.x11.server.DisplayConfig;

/**
 * The command line of an X display, with the option names X servers use (Xvfb, Xorg), parsed by
 * hand because X options (single dash, multi-word values like "-screen 0 1024x768x24") do not fit
 * a getopt-style parser.
 */
record ServerOptions(DisplayConfig display, boolean help) {

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
          -help                 print this help
        """;

    /** Thrown for a bad command line; the message is a single line for the user. */
    static final class UsageException extends Exception {
        UsageException(String m) { super(m); }
    }

    static ServerOptions parse(String[] args) throws UsageException {
        int display = -1, width = DisplayConfig.DEFAULT_WIDTH, height = DisplayConfig.DEFAULT_HEIGHT, depth = DisplayConfig.DEFAULT_DEPTH;
        Path auth = null;
        boolean ac = true, tcp = false, help = false;
        List<String> fontPath = null;
        List<String> a = Arrays.asList(args);
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
                case "-nolisten" -> { String p = value(a, ++i, o); if (p.equals("tcp")) tcp = false; }
                case "-listen" -> { String p = value(a, ++i, o); if (p.equals("tcp")) tcp = true; }
                case "-fp" -> fontPath = new ArrayList<>(Arrays.asList(value(a, ++i, o).split(",")));
                default -> {
                    if (o.matches(":\\d+")) display = Integer.parseInt(o.substring(1));
                    else throw new UsageException("unknown option " + o + " (sumac -help lists the options)");
                }
            }
        }
        if (help) return new ServerOptions(null, true);
        if (display < 0) throw new UsageException("no display given: use sumac :N (for example sumac :1)");
        if (display > 32767) throw new UsageException("display number " + display + " is out of range");
        DisplayConfig base = DisplayConfig.of(display);
        return new ServerOptions(new DisplayConfig(display, width, height, depth, auth, ac, tcp, fontPath,
            base.socketDir(), base.lockDir()), false);
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
