package org.sumac.protogen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes x11's generated protocol packages (org.sumac.x11.protocol.&lt;module&gt;) from xcb-proto's XML.
 *
 * <pre>ProtoGen [XCB_DIR [OUTPUT_DIR]]</pre>
 * XCB_DIR defaults to /usr/share/xcb (Debian package xcb-proto), OUTPUT_DIR to
 * x11/src/main/java/org/sumac/x11/protocol. Every generated package is rewritten whole: files the
 * generator no longer writes are deleted.
 */
public final class ProtoGen {
    /** The modules generated, in xcb-proto's names (file names without .xml). */
    public static final List<String> MODULES = List.of("xproto", "bigreq", "xc_misc", "shape", "xtest", "ge", "xkb",
        "render", "xfixes", "damage", "composite", "sync", "shm", "present", "res", "randr", "xinput", "screensaver", "dbe");

    private ProtoGen() { }

    public static void main(String[] args) throws Exception {
        Path xcb = Path.of(args.length > 0 ? args[0] : "/usr/share/xcb");
        Path outDir = Path.of(args.length > 1 ? args[1] : "x11/src/main/java/org/sumac/x11/protocol");
        if (!Files.isRegularFile(xcb.resolve("xproto.xml"))) {
            System.err.println("protogen: no xproto.xml in " + xcb + " (install the Debian package xcb-proto)");
            System.exit(1);
        }
        long start = System.nanoTime();
        Result r = generate(xcb);
        for (String module : MODULES) {
            Path pkg = outDir.resolve(Generator.pkgName(module));
            if (Files.isDirectory(pkg)) {
                try (var s = Files.list(pkg)) {
                    for (Path p : s.toList()) {
                        if (!r.files().containsKey(Generator.pkgName(module) + "/" + p.getFileName())) Files.delete(p);
                    }
                }
            }
        }
        int written = 0;
        for (var e : r.files().entrySet()) {
            Path p = outDir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(p) || !java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
                Files.write(p, bytes);
                written++;
            }
        }
        System.out.printf("protogen: %d files from xcb-proto %s (%d changed) in %d ms%n", r.files().size(), r.version(), written,
            (System.nanoTime() - start) / 1_000_000);
        for (var e : r.skipped().entrySet()) {
            for (String s : e.getValue()) System.out.println("  not generated: " + e.getKey() + ": " + s);
        }
    }

    /** The generated sources (path relative to the output directory to text) and what was left out. */
    public record Result(String version, Map<String, String> files, Map<String, List<String>> skipped) { }

    public static Result generate(Path xcb) throws Exception {
        String version = version(xcb);
        var model = Model.load(xcb);
        Generator g = new Generator(model, MODULES, version);
        Map<String, String> files = new TreeMap<>(g.run(MODULES));
        return new Result(version, files, g.skipped);
    }

    /** xcb-proto's version from its pkg-config file beside the XML (/usr/share/pkgconfig/xcb-proto.pc). */
    static String version(Path xcb) throws IOException {
        Path pc = xcb.toAbsolutePath().getParent().resolve("pkgconfig/xcb-proto.pc");
        if (Files.isRegularFile(pc)) {
            for (String line : Files.readAllLines(pc)) if (line.startsWith("Version:")) return line.substring(8).trim();
        }
        return "unknown";
    }
}
