package org.sumac.protogen;

import java.util.Locale;
import java.util.Set;

/** Java names for xcb-proto's names. */
final class Names {
    private Names() { }

    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
        "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
        "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
        "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
        "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
        "null", "var", "yield", "record", "sealed", "permits",
        // record members and the generated methods a component would hide
        "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals",
        "write", "read", "wireSize", "parse", "size");

    /** snake_case or CamelCase field name to lowerCamel, never a Java keyword or a generated method's name. */
    static String field(String xml) {
        String[] parts = xml.split("_");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (b.isEmpty()) {
                b.append(allUpper(p) ? p.toLowerCase(Locale.ROOT) : Character.toLowerCase(p.charAt(0)) + p.substring(1));
            } else {
                b.append(Character.toUpperCase(p.charAt(0))).append(allUpper(p) ? p.substring(1).toLowerCase(Locale.ROOT) : p.substring(1));
            }
        }
        String s = b.toString();
        if (s.equals("class")) return "cls";
        if (RESERVED.contains(s)) return s + "Value";
        if (!Character.isJavaIdentifierStart(s.charAt(0))) return "_" + s;
        return s;
    }

    /** A type name (POINT, CHAR2B, SetupRequest, KeyPress) as a Java class name. */
    static String type(String xml) {
        if (xml.length() <= 2) return xml.toUpperCase(Locale.ROOT); // CW, GC, GX: initials stay initials
        if (allUpper(xml)) {
            StringBuilder b = new StringBuilder();
            for (String p : xml.split("_")) {
                if (p.isEmpty()) continue;
                b.append(p.charAt(0)).append(p.substring(1).toLowerCase(Locale.ROOT));
            }
            return b.toString();
        }
        String s = xml.replace("_", "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A request name as a handler method name. */
    static String method(String xml) {
        String s = type(xml);
        String m = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return RESERVED.contains(m) ? m + "Request" : m;
    }

    /** CamelCase or snake_case to UPPER_SNAKE (CreateWindow -> CREATE_WINDOW, GetXIDRange -> GET_XID_RANGE). */
    static String constant(String xml) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c == '_' || c == '-' || c == ' ') {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != '_') b.append('_');
                continue;
            }
            if (i > 0 && Character.isUpperCase(c) && !b.isEmpty() && b.charAt(b.length() - 1) != '_') {
                char prev = xml.charAt(i - 1);
                boolean nextLower = i + 1 < xml.length() && Character.isLowerCase(xml.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) b.append('_');
            }
            b.append(Character.toUpperCase(c));
        }
        String s = b.toString();
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "_" + s;
    }

    private static boolean allUpper(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }
}
