package org.sumac.protogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtoGenTest {
    private static final Path XCB = Path.of("/usr/share/xcb");
    /** Surefire runs in the module's directory. */
    private static final Path COMMITTED = Path.of("../x11/src/main/java/org/sumac/x11/protocol");

    @Test
    void regeneratingFromXcbProtoGivesTheCommittedSources(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isRegularFile(XCB.resolve("xproto.xml")), "xcb-proto is not installed (.ci/packages lists it)");
        ProtoGen.Result r = ProtoGen.generate(XCB);
        // Written out as bin/protogen would, then compared with what is committed, byte for byte.
        for (var e : r.files().entrySet()) {
            Path p = tmp.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        List<String> differ = new ArrayList<>();
        for (String module : ProtoGen.MODULES) {
            String pkg = Generator.pkgName(module);
            TreeSet<String> names = new TreeSet<>();
            for (Path dir : List.of(tmp.resolve(pkg), COMMITTED.resolve(pkg))) {
                if (!Files.isDirectory(dir)) continue;
                try (var s = Files.list(dir)) { s.forEach(p -> names.add(p.getFileName().toString())); }
            }
            for (String n : names) {
                Path fresh = tmp.resolve(pkg).resolve(n), committed = COMMITTED.resolve(pkg).resolve(n);
                if (!Files.exists(committed)) differ.add(pkg + "/" + n + " (missing from the repository)");
                else if (!Files.exists(fresh)) differ.add(pkg + "/" + n + " (no longer generated)");
                else if (!java.util.Arrays.equals(Files.readAllBytes(fresh), Files.readAllBytes(committed))) differ.add(pkg + "/" + n);
            }
        }
        if (!differ.isEmpty()) {
            fail(differ.size() + " generated files differ from xcb-proto " + r.version() + "; run bin/protogen and commit:\n  "
                + String.join("\n  ", differ));
        }
    }

    @Test
    void everyGeneratedFileSaysItIsGeneratedAndFromWhichXcbProto() throws Exception {
        assumeTrue(Files.isRegularFile(XCB.resolve("xproto.xml")), "xcb-proto is not installed");
        ProtoGen.Result r = ProtoGen.generate(XCB);
        assertTrue(r.files().size() > 100, "files: " + r.files().size());
        for (var e : r.files().entrySet()) {
            assertTrue(e.getValue().startsWith("// Generated from xcb-proto " + r.version() + " ("), e.getKey());
            assertTrue(e.getValue().lines().findFirst().orElseThrow().endsWith("by bin/protogen: do not edit by hand."), e.getKey());
        }
    }

    @Test
    void namesFollowJavaConventions() {
        assertEquals("CREATE_WINDOW", Names.constant("CreateWindow"));
        assertEquals("GET_XID_RANGE", Names.constant("GetXIDRange"));
        assertEquals("valueMask", Names.field("value_mask"));
        assertEquals("cls", Names.field("class"));
        assertEquals("Char2b", Names.type("CHAR2B"));
        assertEquals("CW", Names.type("CW"));
        assertEquals("SetupRequest", Names.type("SetupRequest"));
    }
}
