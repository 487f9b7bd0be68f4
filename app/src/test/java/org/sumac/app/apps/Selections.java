package org.sumac.app.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an X selection the way a pasting client does (python3-xlib): ConvertSelection to UTF8_STRING onto
 * a window of its own, then the property. That reads typed text back from any toolkit that copies.
 */
final class Selections {
    private Selections() {
    }

    private static final String SCRIPT = """
            #!/usr/bin/python3
            # Usage: read_selection.py SELECTION; prints the selection as UTF-8 text, exit 2 if refused, 3 on timeout.
            import sys, time
            from Xlib import X, display
            d = display.Display()
            w = d.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
            prop = d.intern_atom('APP_COMPARE_SELECTION')
            w.convert_selection(d.intern_atom(sys.argv[1]), d.intern_atom('UTF8_STRING'), prop, X.CurrentTime)
            d.flush()
            deadline = time.time() + 5
            while time.time() < deadline:
                if d.pending_events() == 0:
                    time.sleep(0.02)
                    continue
                e = d.next_event()
                if e.type == X.SelectionNotify:
                    if e.property == X.NONE:
                        sys.exit(2)
                    p = w.get_full_property(prop, X.AnyPropertyType)
                    v = p.value if p else b''
                    sys.stdout.write(v.decode('utf-8') if isinstance(v, bytes) else str(v))
                    sys.exit(0)
            sys.exit(3)
            """;

    /** Writes the script into {@code dir}; returns its path. */
    static Path script(Path dir) {
        Path file = dir.resolve("read_selection.py");
        try {
            Files.writeString(file, SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
