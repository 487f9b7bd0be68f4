package org.sumac.app.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalisation of what X introspection tools print, so that the output on Sumac and on Xvfb can be
 * compared line by line. Each rule removes one thing that legitimately differs between two X servers and
 * nothing else; everything not named here (dimensions, resolution, depths, visuals, pixmap formats,
 * keycode range, request size, geometry, properties, fonts, atoms) must be equal.
 */
final class ToolOutputs {
    /** Hex numbers: resource ids (windows, colormaps, visuals) in xdpyinfo and xwininfo output. */
    private static final Pattern HEX_ID = Pattern.compile("(?<![0-9A-Za-z])0x[0-9a-fA-F]+");
    /** xdpyinfo lines whose value is a server-chosen resource or visual id. */
    private static final Pattern XDPYINFO_ID_LINE = Pattern.compile(
            "^(\\s*(?:root window id|default colormap|default visual id|visual id):\\s*)(0x[0-9a-fA-F]+)\\s*$");
    private static final Pattern EXTENSION_COUNT = Pattern.compile("^number of extensions:\\s+\\d+$");

    private ToolOutputs() {
    }

    /**
     * xdpyinfo output with the display name, vendor string, vendor release and X.Org version replaced by
     * placeholders (they name the server, not what it does), resource and visual ids renamed in order of
     * first appearance (so "default visual = first visual" still has to hold), and the extension list
     * cut to {@code offered} (the documented subset the server under test offers; the count line is
     * recomputed from what remains). Lines are otherwise untouched.
     */
    static String xdpyinfo(String output, Set<String> offered) {
        IdRenamer ids = new IdRenamer();
        List<String> out = new ArrayList<>();
        boolean inExtensions = false;
        List<String> extensions = new ArrayList<>();
        int countLineIndex = -1;
        for (String line : lines(output)) {
            if (inExtensions) {
                if (line.startsWith("    ")) {
                    String name = line.strip();
                    if (offered.contains(name)) {
                        extensions.add(line);
                        out.add(line);
                    }
                    continue;
                }
                inExtensions = false;
                out.set(countLineIndex, "number of extensions:    " + extensions.size());
            }
            if (line.startsWith("name of display:")) {
                out.add("name of display:    <display>");
            } else if (line.startsWith("vendor string:")) {
                out.add("vendor string:    <vendor>");
            } else if (line.startsWith("vendor release number:")) {
                out.add("vendor release number:    <release>");
            } else if (line.startsWith("X.Org version:")) {
                continue; // printed only when the vendor string names X.Org
            } else if (EXTENSION_COUNT.matcher(line).matches()) {
                inExtensions = true;
                countLineIndex = out.size();
                out.add(line);
            } else {
                Matcher m = XDPYINFO_ID_LINE.matcher(line);
                out.add(m.matches() ? m.group(1) + ids.rename(m.group(2)) : line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** The extension names of an xdpyinfo listing, in the order printed. */
    static List<String> xdpyinfoExtensions(String output) {
        List<String> names = new ArrayList<>();
        boolean inExtensions = false;
        for (String line : lines(output)) {
            if (inExtensions) {
                if (!line.startsWith("    ")) {
                    break;
                }
                names.add(line.strip());
            } else if (EXTENSION_COUNT.matcher(line).matches()) {
                inExtensions = true;
            }
        }
        return names;
    }

    /**
     * xwininfo output (any mode) with every window id renamed in order of first appearance: ids are
     * chosen by the server and its clients, the tree, names, classes and geometry are not.
     */
    static String xwininfo(String output) {
        IdRenamer ids = new IdRenamer();
        StringBuilder out = new StringBuilder();
        Matcher m = HEX_ID.matcher(output);
        while (m.find()) {
            String id = m.group();
            // 0x0 is "none" (the root's parent), not an id to rename
            m.appendReplacement(out, Matcher.quoteReplacement(Long.decode(id) == 0 ? id : ids.rename(id)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * xlsfonts -ll/-lll output with the numeric value of string-valued font properties replaced by the
     * string. xlsfonts prints an unknown property's value as a number, and for a string property that number
     * is an atom, which each server numbers in its own order. {@code atomName} resolves an atom on the
     * server that printed {@code output}. Only the properties in {@code stringProperties} are touched.
     */
    static String fontProperties(String output, Set<String> stringProperties, IntFunction<String> atomName) {
        List<String> out = new ArrayList<>();
        for (String line : lines(output)) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 2 && stringProperties.contains(fields[0]) && fields[1].matches("\\d+")) {
                out.add(line.substring(0, line.lastIndexOf(fields[1])) + "\"" + atomName.apply(Integer.parseInt(
                        fields[1])) + "\"");
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** The atom names of an xlsatoms listing ("N\tNAME" per line), keyed by number, in order. */
    static Map<Integer, String> atoms(String output) {
        Map<Integer, String> atoms = new LinkedHashMap<>();
        for (String line : lines(output)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                atoms.put(Integer.parseInt(line.substring(0, tab).strip()), line.substring(tab + 1));
            }
        }
        return atoms;
    }

    static List<String> lines(String output) {
        return output.isEmpty() ? List.of() : List.of(output.split("\n", -1)).subList(0, countLines(output));
    }

    private static int countLines(String output) {
        String[] parts = output.split("\n", -1);
        return output.endsWith("\n") ? parts.length - 1 : parts.length;
    }

    /** Gives ids stable names ("<id1>", "<id2>", ...) in order of first appearance. */
    private static final class IdRenamer {
        private final Map<Long, String> names = new LinkedHashMap<>();

        String rename(String hex) {
            return names.computeIfAbsent(Long.decode(hex), k -> "<id" + (names.size() + 1) + ">");
        }
    }
}
