package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.xproto.XprotoHandler;
import org.sumac.x11.protocol.xproto.XprotoProtocol;

/**
 * Issue 12 converts the core's area handlers one file at a time: each core request must be either routed raw by
 * CoreRequests.raw or converted (its typed method calls the handler), never neither, whoever edits the file next.
 */
class CoreRequestsTest {
    @TempDir
    Path dir;

    @Test
    void everyCoreRequestIsRoutedRawOrHasItsTypedMethod() throws Exception {
        XServer server = new XServer(new DisplayConfig(4, 64, 48, 24, null, false, false, null, dir, dir));
        server.start();
        try {
            CoreRequests core = server.dispatcher.core;
            List<String> neither = new ArrayList<>();
            int typed = 0;
            for (Method m : XprotoHandler.class.getMethods()) {
                int opcode = XprotoProtocol.class.getField(constant(m.getName())).getInt(null);
                // A bare 4-byte request: a raw handler takes it (or fails reading it); the typed path returns false.
                boolean raw;
                try {
                    raw = core.raw(null, new RequestReader(new byte[] {(byte) opcode, 0, 1, 0}, 4, false), opcode);
                } catch (RuntimeException e) {
                    raw = true;
                }
                if (raw) continue;
                typed++;
                try {
                    m.invoke(core, null, null);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof IllegalStateException s && s.getMessage().contains("not converted")) {
                        neither.add(m.getName() + " (" + opcode + ")");
                    }
                }
            }
            assertEquals(List.of(), neither, "neither routed raw nor converted");
            // ServerControl's eight, GrabServer, UngrabServer, QueryExtension, ListExtensions, and those converted since.
            assertTrue(typed >= 12, "typed: " + typed);
        } finally {
            server.close();
        }
    }

    /** createWindow -> CREATE_WINDOW */
    private static String constant(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2").toUpperCase();
    }
}
