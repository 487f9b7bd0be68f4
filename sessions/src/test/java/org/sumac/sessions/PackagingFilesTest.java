package org.sumac.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the .deb installs for the service (packaging/): the systemd units pass {@code systemd-analyze verify},
 * and the config file is one the service reads. bin/check-deb checks the installed package itself.
 */
class PackagingFilesTest {
    static final Path PACKAGING = Path.of("../packaging").toAbsolutePath().normalize();
    static final List<String> UNITS = List.of("sumac.service", "sumac-helper.service");

    @TempDir
    Path root;

    @Test
    void theUnitsPassSystemdAnalyzeVerify() throws Exception {
        assertEquals("", verify(root(List.of())), "systemd-analyze verify printed warnings or errors");
    }

    @Test
    void aMistakeInAUnitIsCaught() throws Exception {
        // The check above would pass on units systemd ignores in part: an unknown key is only a warning.
        assertNotEquals("", verify(root(List.of("ProtectSytem=strict"))));
    }

    @Test
    void thePackagedConfigFileGivesTheDefaults() throws Exception {
        assertEquals(ServiceConfig.defaults(), ServiceConfig.read(PACKAGING.resolve("sumac.conf")));
    }

    /**
     * A root for {@code systemd-analyze verify --root}: the system's own units (targets the units reach), ours, and
     * stand-ins for the programs they start (verify checks that they exist). {@code extraServiceLines} go into
     * sumac.service's [Service] section.
     */
    private Path root(List<String> extraServiceLines) throws IOException {
        Path units = root.resolve("usr/lib/systemd/system");
        Files.createDirectories(units);
        try (Stream<Path> system = Files.list(Path.of("/usr/lib/systemd/system"))) {
            for (Path p : (Iterable<Path>) system::iterator) {
                if (Files.isRegularFile(p)) Files.copy(p, units.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        for (String unit : UNITS) {
            String text = Files.readString(PACKAGING.resolve("systemd").resolve(unit));
            if (unit.equals("sumac.service") && !extraServiceLines.isEmpty()) {
                text = text.replace("[Service]\n", "[Service]\n" + String.join("\n", extraServiceLines) + "\n");
            }
            Files.writeString(units.resolve(unit), text);
        }
        for (String program : List.of("opt/sumac/bin/sumac", "usr/libexec/sumac/sumac-helper")) {
            Path p = root.resolve(program);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "#!/bin/sh\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return root;
    }

    /** What verify printed (empty when all is well); a non-zero exit is a failure of its own. */
    private static String verify(Path root) throws Exception {
        var command = new java.util.ArrayList<>(List.of("systemd-analyze", "verify", "--root=" + root, "--man=no"));
        command.addAll(UNITS);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("systemd-analyze verify did not finish");
        }
        if (p.exitValue() != 0) return "exit " + p.exitValue() + ": " + out;
        return out;
    }
}
