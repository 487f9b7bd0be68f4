package org.sumac.x11.ext;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sumac.x11.server.KeyboardLayout;

/**
 * XKB rules: the components (keycodes, types, compat, symbols, geometry) a rules file gives a model, layout, variant
 * and options, found by libxkbfile's XkbRF_GetComponents through the FFM API, the code setxkbmap uses and of which
 * Xorg keeps a copy. Writing a second rules matcher would only add ways to differ.
 */
public final class XkbRules {
    private static final Path RULES_DIR = Path.of("/usr/share/X11/xkb/rules");
    private static final ValueLayout.OfInt BOOL = ValueLayout.JAVA_INT;

    private XkbRules() { }

    /** The components for a keyboard layout, or an IOException saying why there are none. */
    static String[] components(KeyboardLayout k) throws IOException {
        if (k.equals(KeyboardLayout.DEFAULT)) return XkbKeymap.US_COMPONENTS.clone();
        if (k.rules().contains("/") || !Files.isReadable(RULES_DIR.resolve(k.rules())))
            throw new IOException("no XKB rules named " + k.rules() + " in " + RULES_DIR);
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            SymbolLookup lib = SymbolLookup.libraryLookup("libxkbfile.so.1", arena);
            MethodHandle load = linker.downcallHandle(lib.find("XkbRF_Load").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, BOOL, BOOL));
            MethodHandle get = linker.downcallHandle(lib.find("XkbRF_GetComponents").orElseThrow(),
                FunctionDescriptor.of(BOOL, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            MethodHandle free = linker.downcallHandle(lib.find("XkbRF_Free").orElseThrow(),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, BOOL));
            MemorySegment rules = (MemorySegment) load.invokeExact(arena.allocateFrom(RULES_DIR.resolve(k.rules()).toString()),
                arena.allocateFrom("C"), 0, 1);
            if (rules.equals(MemorySegment.NULL)) throw new IOException("libxkbfile could not read the rules " + k.rules());
            try {
                // XkbRF_VarDefsRec: model, layout, variant, options, then extra names (none)
                MemorySegment defs = arena.allocate(56, 8);
                defs.set(ValueLayout.ADDRESS, 0, arena.allocateFrom(k.model()));
                defs.set(ValueLayout.ADDRESS, 8, arena.allocateFrom(k.layout()));
                if (!k.variant().isEmpty()) defs.set(ValueLayout.ADDRESS, 16, arena.allocateFrom(k.variant()));
                if (!k.options().isEmpty()) defs.set(ValueLayout.ADDRESS, 24, arena.allocateFrom(k.options()));
                // XkbComponentNamesRec: keymap, keycodes, types, compat, symbols, geometry
                MemorySegment names = arena.allocate(48, 8);
                int ok = (int) get.invokeExact(rules, defs, names);
                String[] c = new String[5];
                for (int i = 0; i < 5; i++) {
                    MemorySegment s = names.get(ValueLayout.ADDRESS, 8 * (i + 1));
                    c[i] = s.equals(MemorySegment.NULL) ? null : s.reinterpret(4096).getString(0);
                }
                if (ok == 0 || c[0] == null || c[1] == null || c[2] == null || c[3] == null)
                    throw new IOException("the rules " + k.rules() + " give no keyboard for " + describe(k));
                return c;
            } finally {
                free.invokeExact(rules, 1);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("libxkbfile: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that a layout gives a keymap (rules, then xkbcomp), as a display would compile it at start: the message of
     * the IOException is one line for the user.
     */
    public static void check(KeyboardLayout k) throws IOException {
        String[] c = components(k);
        XkbKeymap m = XkbKeymap.compile(c);
        if ((m.sections & XkbKeymap.REQUIRED_SECTIONS) != XkbKeymap.REQUIRED_SECTIONS)
            throw new IOException("xkbcomp could not compile " + describe(k) + " (" + c[3] + ")");
    }

    static String describe(KeyboardLayout k) {
        return "model " + k.model() + ", layout " + k.layout() + (k.variant().isEmpty() ? "" : ", variant " + k.variant())
            + (k.options().isEmpty() ? "" : ", options " + k.options());
    }
}
