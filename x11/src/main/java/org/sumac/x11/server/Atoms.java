package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The display's atom table: the 68 predefined atoms with their fixed numbers, then interned ones. */
public final class Atoms {
    public static final int PRIMARY = 1, SECONDARY = 2, ATOM = 4, CARDINAL = 6, INTEGER = 19, STRING = 31,
        WINDOW = 33, WM_NAME = 39, RESOURCE_MANAGER = 23, FONT = 18;

    private static final String[] PREDEFINED = {
        "PRIMARY", "SECONDARY", "ARC", "ATOM", "BITMAP", "CARDINAL", "COLORMAP", "CURSOR", "CUT_BUFFER0",
        "CUT_BUFFER1", "CUT_BUFFER2", "CUT_BUFFER3", "CUT_BUFFER4", "CUT_BUFFER5", "CUT_BUFFER6", "CUT_BUFFER7",
        "DRAWABLE", "FONT", "INTEGER", "PIXMAP", "POINT", "RECTANGLE", "RESOURCE_MANAGER", "RGB_COLOR_MAP",
        "RGB_BEST_MAP", "RGB_BLUE_MAP", "RGB_DEFAULT_MAP", "RGB_GRAY_MAP", "RGB_GREEN_MAP", "RGB_RED_MAP",
        "STRING", "VISUALID", "WINDOW", "WM_COMMAND", "WM_HINTS", "WM_CLIENT_MACHINE", "WM_ICON_NAME",
        "WM_ICON_SIZE", "WM_NAME", "WM_NORMAL_HINTS", "WM_SIZE_HINTS", "WM_ZOOM_HINTS", "MIN_SPACE",
        "NORM_SPACE", "MAX_SPACE", "END_SPACE", "SUPERSCRIPT_X", "SUPERSCRIPT_Y", "SUBSCRIPT_X", "SUBSCRIPT_Y",
        "UNDERLINE_POSITION", "UNDERLINE_THICKNESS", "STRIKEOUT_ASCENT", "STRIKEOUT_DESCENT", "ITALIC_ANGLE",
        "X_HEIGHT", "QUAD_WIDTH", "WEIGHT", "POINT_SIZE", "RESOLUTION", "COPYRIGHT", "NOTICE", "FONT_NAME",
        "FAMILY_NAME", "FULL_NAME", "CAP_HEIGHT", "WM_CLASS", "WM_TRANSIENT_FOR",
    };

    private final Map<String, Integer> byName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** Bytes charged for the atoms clients made (see {@link #intern(String, MemoryBudget)}), given back at a reset. */
    private long charged;

    public Atoms() {
        names.add(null); // atom 0 is None
        for (String n : PREDEFINED) intern(n);
    }

    /**
     * Interns a name for a client, charging what a new atom costs to its budget: an atom lives until the server
     * resets, so it is charged for good (BadAlloc when the budget is spent).
     */
    public int intern(String name, MemoryBudget budget) {
        if (lookup(name) == 0) {
            budget.charge(memoryCost(name));
            charged += memoryCost(name);
        }
        return intern(name);
    }

    /** Forgets every atom but the predefined ones (a server reset); returns the bytes their clients were charged. */
    public long reset() {
        while (names.size() > PREDEFINED.length + 1) byName.remove(names.removeLast());
        long was = charged;
        charged = 0;
        return was;
    }

    /** The heap an interned atom holds: its name, and its entries in the table and the map. */
    public static long memoryCost(String name) { return name.length() + 128L; }

    public int intern(String name) {
        Integer a = byName.get(name);
        if (a != null) return a;
        names.add(name);
        byName.put(name, names.size() - 1);
        return names.size() - 1;
    }

    /** The atom of a name, or 0 (None) when it was never interned. */
    public int lookup(String name) {
        Integer a = byName.get(name);
        return a == null ? 0 : a;
    }

    public String name(int atom) {
        return atom > 0 && atom < names.size() ? names.get(atom) : null;
    }

    public boolean valid(int atom) { return atom > 0 && atom < names.size(); }
}
