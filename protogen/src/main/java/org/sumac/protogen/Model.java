package org.sumac.protogen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * xcb-proto's XML read into what the generator needs: modules (core protocol and extensions) with
 * their types, requests, replies, events and errors. Read with the JDK's DOM parser.
 */
final class Model {
    private Model() { }

    /** A type a field or list item can have. */
    sealed interface Type permits Prim, Struct { }

    /** A fixed-size number on the wire; {@code xml} is the name the XML used (WINDOW, KEYCODE...). */
    record Prim(String xml, int size, boolean signed, Kind kind) implements Type { }

    enum Kind { INT, BOOL, LONG, FLOAT, DOUBLE, CHAR, VOID, FD }

    /** A struct, union or eventstruct; items filled once all type names are known. */
    static final class Struct implements Type {
        final String xml;
        final Module module;
        final boolean union;
        final boolean eventStruct;
        String javaName;
        List<Item> items = List.of();
        final Element element;

        Struct(String xml, Module module, boolean union, boolean eventStruct, Element element) {
            this.xml = xml;
            this.module = module;
            this.union = union;
            this.eventStruct = eventStruct;
            this.element = element;
        }

        /** Size on the wire when every item is of fixed size, else -1. */
        /** Size on the wire; a union's is its largest member's, when all have a fixed size (XKB Action, Behavior). */
        int fixedSize() {
            if (eventStruct) return -1;
            if (union) {
                int size = -1;
                for (Item i : items) {
                    int s = itemSize(i);
                    if (s < 0) return -1;
                    size = Math.max(size, s); // members overlay, as in C (Action's "type" is its first byte)
                }
                return size;
            }
            return Model.fixedSize(items);
        }
    }

    sealed interface Item permits Pad, Field, ListField, Switch, Unsupported { }

    /** {@code bytes} of padding, or padding up to a multiple of {@code align} (bytes 0). */
    record Pad(int bytes, int align) implements Item { }

    /** A field; {@code expr} holds an exprfield's expression (read from the wire all the same on the server side). */
    record Field(String name, Type type, String typeXml, String enumRef, String maskRef, Element expr) implements Item { }

    /** A list; {@code length} is its length expression, null when the list takes the rest of the request. */
    record ListField(String name, Type type, String typeXml, Element length, String enumRef) implements Item { }

    /** A switch: {@code valueList} when each bitcase holds one 4-byte field (the core's value lists). */
    record Switch(String name, Element mask, List<Field> cases, List<Integer> bits, boolean valueList, List<Bitcase> bitcases)
        implements Item { }

    /** One bitcase: its items are on the wire when the switch's mask has any of {@code bits} (null: not a bitcase). */
    record Bitcase(Long bits, List<Item> items) { }

    record Unsupported(String what) implements Item { }

    record Request(String name, int opcode, List<Item> items, List<Item> reply) { }

    record EventDef(String name, int number, List<Item> items, boolean noSequence, boolean xge, String copyOf) { }

    record ErrorDef(String name, int number) { }

    record EnumDef(String name, List<Map.Entry<String, Long>> items) { }

    static final class Module {
        final String header;
        final String xname;
        final String majorVersion, minorVersion;
        final List<String> imports = new ArrayList<>();
        final Map<String, Type> types = new LinkedHashMap<>();
        final Map<String, String> aliases = new LinkedHashMap<>();
        final List<Struct> structs = new ArrayList<>();
        final List<EnumDef> enums = new ArrayList<>();
        final List<Request> requests = new ArrayList<>();
        final List<EventDef> events = new ArrayList<>();
        final List<ErrorDef> errors = new ArrayList<>();
        final Element root;

        Module(Element root) {
            this.root = root;
            this.header = root.getAttribute("header");
            this.xname = root.hasAttribute("extension-xname") ? root.getAttribute("extension-xname") : null;
            this.majorVersion = root.getAttribute("major-version");
            this.minorVersion = root.getAttribute("minor-version");
        }

        boolean core() { return xname == null; }
    }

    private static final Map<String, Prim> PRIMS = new LinkedHashMap<>();

    static {
        prim("CARD8", 1, false, Kind.INT);
        prim("CARD16", 2, false, Kind.INT);
        prim("CARD32", 4, false, Kind.INT);
        prim("CARD64", 8, false, Kind.LONG);
        prim("INT8", 1, true, Kind.INT);
        prim("INT16", 2, true, Kind.INT);
        prim("INT32", 4, true, Kind.INT);
        prim("INT64", 8, true, Kind.LONG);
        prim("BYTE", 1, false, Kind.INT);
        prim("BOOL", 1, false, Kind.BOOL);
        prim("char", 1, false, Kind.CHAR);
        prim("void", 1, false, Kind.VOID);
        prim("float", 4, false, Kind.FLOAT);
        prim("double", 8, false, Kind.DOUBLE);
        prim("fd", 0, false, Kind.FD);
    }

    private static void prim(String n, int size, boolean signed, Kind k) { PRIMS.put(n, new Prim(n, size, signed, k)); }

    /** Reads every module in the directory (all are needed to resolve imports). */
    static Map<String, Module> load(Path dir) throws Exception {
        Map<String, Module> modules = new LinkedHashMap<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            Element root = factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement();
            Module m = new Module(root);
            modules.put(m.header, m);
        }
        for (Module m : modules.values()) declare(m);
        for (Module m : modules.values()) define(m, modules);
        return modules;
    }

    /** First pass: the names of types, so that later definitions may refer to any of them. */
    private static void declare(Module m) {
        for (Element e : children(m.root)) {
            String n = e.getAttribute("name");
            switch (e.getTagName()) {
                case "import" -> m.imports.add(e.getTextContent().trim());
                case "struct", "union", "eventstruct" -> {
                    Struct s = new Struct(n, m, e.getTagName().equals("union"), e.getTagName().equals("eventstruct"), e);
                    m.types.put(n, s);
                    m.structs.add(s);
                }
                case "xidtype" -> m.types.put(n, new Prim(n, 4, false, Kind.INT));
                case "xidunion" -> m.types.put(n, new Prim(n, 4, false, Kind.INT));
                case "typedef" -> m.aliases.put(e.getAttribute("newname"), e.getAttribute("oldname"));
                default -> { }
            }
        }
    }

    private static void define(Module m, Map<String, Module> all) {
        for (Element e : children(m.root)) {
            String n = e.getAttribute("name");
            switch (e.getTagName()) {
                case "struct", "union", "eventstruct" -> ((Struct) m.types.get(n)).items = items(e, m, all);
                case "enum" -> m.enums.add(enumDef(e));
                case "request" -> {
                    Element reply = child(e, "reply");
                    m.requests.add(new Request(n, Integer.parseInt(e.getAttribute("opcode")), items(e, m, all),
                        reply == null ? null : items(reply, m, all)));
                }
                case "event" -> m.events.add(new EventDef(n, Integer.parseInt(e.getAttribute("number")), items(e, m, all),
                    "true".equals(e.getAttribute("no-sequence-number")), "true".equals(e.getAttribute("xge")), null));
                case "eventcopy" -> m.events.add(new EventDef(n, Integer.parseInt(e.getAttribute("number")), null, false,
                    false, e.getAttribute("ref")));
                case "error", "errorcopy" -> m.errors.add(new ErrorDef(n, Integer.parseInt(e.getAttribute("number"))));
                default -> { }
            }
        }
        // An eventcopy shares its original's layout and xge flag.
        for (int i = 0; i < m.events.size(); i++) {
            EventDef c = m.events.get(i);
            if (c.copyOf() == null) continue;
            EventDef orig = m.events.stream().filter(o -> o.name().equals(c.copyOf()) && o.copyOf() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException(m.header + ": eventcopy of unknown " + c.copyOf()));
            m.events.set(i, new EventDef(c.name(), c.number(), orig.items(), orig.noSequence(), orig.xge(), c.copyOf()));
        }
    }

    private static EnumDef enumDef(Element e) {
        List<Map.Entry<String, Long>> items = new ArrayList<>();
        long next = 0;
        for (Element item : children(e)) {
            if (!item.getTagName().equals("item")) continue;
            long v = next;
            Element value = child(item, "value"), bit = child(item, "bit");
            if (value != null) v = Long.decode(value.getTextContent().trim());
            else if (bit != null) v = 1L << Integer.parseInt(bit.getTextContent().trim());
            items.add(Map.entry(item.getAttribute("name"), v));
            next = v + 1;
        }
        return new EnumDef(e.getAttribute("name"), items);
    }

    private static List<Item> items(Element parent, Module m, Map<String, Module> all) {
        List<Item> out = new ArrayList<>();
        for (Element e : children(parent)) {
            switch (e.getTagName()) {
                case "pad" -> out.add(e.hasAttribute("align") ? new Pad(0, Integer.parseInt(e.getAttribute("align")))
                    : new Pad(Integer.parseInt(e.getAttribute("bytes")), 0));
                case "field", "exprfield" -> {
                    String t = e.getAttribute("type");
                    Type type = resolve(m, t, all);
                    Element expr = e.getTagName().equals("exprfield") ? firstChild(e) : null;
                    out.add(type == null ? new Unsupported("type " + t)
                        : new Field(e.getAttribute("name"), type, t, attr(e, "enum"), attr(e, "mask"), expr));
                }
                case "list" -> {
                    String t = e.getAttribute("type");
                    Type type = resolve(m, t, all);
                    out.add(type == null ? new Unsupported("type " + t)
                        : new ListField(e.getAttribute("name"), type, t, firstChild(e), attr(e, "enum")));
                }
                case "switch" -> out.add(switchItem(e, m, all));
                case "fd" -> out.add(new Unsupported("fd " + e.getAttribute("name")));
                case "reply", "doc", "required_start_align", "enumref" -> { }
                default -> out.add(new Unsupported(e.getTagName()));
            }
        }
        return out;
    }

    private static Item switchItem(Element e, Module m, Map<String, Module> all) {
        Element mask = firstChild(e);
        List<Field> cases = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        boolean valueList = true;
        for (Element c : children(e)) {
            if (c == mask) continue;
            if (!c.getTagName().equals("bitcase")) { valueList = false; continue; }
            List<Element> refs = new ArrayList<>();
            List<Element> fields = new ArrayList<>();
            for (Element x : children(c)) {
                if (x.getTagName().equals("enumref")) refs.add(x);
                else if (!x.getTagName().equals("doc")) fields.add(x);
            }
            if (refs.size() != 1 || fields.size() != 1 || !fields.get(0).getTagName().equals("field")) { valueList = false; continue; }
            Type t = resolve(m, fields.get(0).getAttribute("type"), all);
            if (!(t instanceof Prim p) || p.size() != 4) { valueList = false; continue; }
            Long bit = enumValue(m, all, refs.get(0).getAttribute("ref"), refs.get(0).getTextContent().trim());
            if (bit == null) { valueList = false; continue; }
            cases.add(new Field(fields.get(0).getAttribute("name"), t, fields.get(0).getAttribute("type"), null, null, null));
            bits.add(bit.intValue());
        }
        List<Bitcase> bitcases = new ArrayList<>();
        for (Element c : children(e)) {
            if (c == mask) continue;
            if (!c.getTagName().equals("bitcase")) { bitcases.add(new Bitcase(null, List.of())); continue; }
            Long v = 0L;
            for (Element x : children(c)) {
                if (!x.getTagName().equals("enumref")) continue;
                Long b = enumValue(m, all, x.getAttribute("ref"), x.getTextContent().trim());
                v = b == null || v == null ? null : v | b;
            }
            if (v != null && v == 0L) v = null; // a bitcase on an expression, not enumrefs
            bitcases.add(new Bitcase(v, items(c, m, all)));
        }
        return new Switch(e.getAttribute("name"), mask, cases, bits, valueList, bitcases);
    }

    static Long enumValue(Module m, Map<String, Module> all, String enumName, String item) {
        for (Module x : search(m, enumName, all)) {
            String local = enumName.contains(":") ? enumName.substring(enumName.indexOf(':') + 1) : enumName;
            for (EnumDef d : x.enums) {
                if (!d.name().equals(local)) continue;
                for (var it : d.items()) if (it.getKey().equals(item)) return it.getValue();
            }
            // Enums are defined by the time requests are read only in document order: look in the XML as well.
            for (Element e : children(x.root)) {
                if (e.getTagName().equals("enum") && e.getAttribute("name").equals(local)) {
                    for (var it : enumDef(e).items()) if (it.getKey().equals(item)) return it.getValue();
                }
            }
        }
        return null;
    }

    private static List<Module> search(Module m, String name, Map<String, Module> all) {
        if (name.contains(":")) {
            Module x = all.get(name.substring(0, name.indexOf(':')));
            return x == null ? List.of() : List.of(x);
        }
        List<Module> l = new ArrayList<>();
        l.add(m);
        for (String i : m.imports) if (all.get(i) != null) l.add(all.get(i));
        return l;
    }

    static Type resolve(Module m, String name, Map<String, Module> all) {
        Prim p = PRIMS.get(name);
        if (p != null) return p.kind() == Kind.FD ? null : p;
        for (Module x : search(m, name, all)) {
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            Type t = x.types.get(local);
            if (t != null) return t;
            String old = x.aliases.get(local);
            if (old != null) {
                Type r = resolve(x, old, all);
                // Keep the alias's own name for documentation (KEYCODE, TIMESTAMP...).
                return r instanceof Prim q ? new Prim(local, q.size(), q.signed(), q.kind()) : r;
            }
        }
        return null;
    }

    static int fixedSize(List<Item> items) {
        int n = 0;
        for (Item i : items) {
            int s = itemSize(i);
            if (s < 0) return -1;
            n += s;
        }
        return n;
    }

    /** Fixed size of one item, or -1. */
    static int itemSize(Item i) {
        return switch (i) {
            case Pad p -> p.align() != 0 ? -1 : p.bytes();
            case Field f -> typeSize(f.type());
            case ListField l -> {
                Integer n = constant(l.length());
                int s = typeSize(l.type());
                yield n == null || s < 0 ? -1 : n * s;
            }
            default -> -1;
        };
    }

    static int typeSize(Type t) {
        return switch (t) {
            case Prim p -> p.size();
            case Struct s -> s.fixedSize();
        };
    }

    /** The value of a constant length expression ({@code <value>}), else null. */
    static Integer constant(Element e) {
        if (e == null || !e.getTagName().equals("value")) return null;
        return Integer.decode(e.getTextContent().trim());
    }

    static List<Element> children(Element e) {
        List<Element> l = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element x) l.add(x);
        return l;
    }

    static Element child(Element e, String tag) {
        for (Element x : children(e)) if (x.getTagName().equals(tag)) return x;
        return null;
    }

    static Element firstChild(Element e) {
        for (Element x : children(e)) if (!x.getTagName().equals("doc")) return x;
        return null;
    }

    private static String attr(Element e, String a) { return e.hasAttribute(a) ? e.getAttribute(a) : null; }
}
