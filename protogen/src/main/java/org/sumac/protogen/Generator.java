package org.sumac.protogen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sumac.protogen.Model.Bitcase;
import org.sumac.protogen.Model.EventDef;
import org.sumac.protogen.Model.Field;
import org.sumac.protogen.Model.Item;
import org.sumac.protogen.Model.Kind;
import org.sumac.protogen.Model.ListField;
import org.sumac.protogen.Model.Module;
import org.sumac.protogen.Model.Pad;
import org.sumac.protogen.Model.Prim;
import org.sumac.protogen.Model.Request;
import org.sumac.protogen.Model.Struct;
import org.sumac.protogen.Model.Switch;
import org.sumac.protogen.Model.Type;
import org.sumac.protogen.Model.Unsupported;
import org.w3c.dom.Element;

/**
 * Writes the server side of X protocol modules as Java: request records with parse methods that
 * check lengths, reply and event records that write themselves, structs, event layouts for byte
 * swapping, opcode/event/error constants, enums, a handler interface and a dispatch per module.
 * The shape of the output is described in x11's org/sumac/x11/protocol/package-info.java.
 */
final class Generator {
    static final String BASE_PACKAGE = "org.sumac.x11.protocol";
    private static final String[] RUNTIME = {"RequestReader", "ReplyWriter", "XError", "ByteList", "Card16List", "Card32List",
        "ValueList"};

    private final Map<String, Module> all;
    private final Set<String> generated;
    private final String version;
    /** Path relative to x11/src/main/java/org/sumac/x11/protocol, to source text. */
    private final Map<String, String> out = new TreeMap<>();
    /** Structs whose every item the generator handles (others make what uses them "not generated"). */
    private final Set<Struct> supported = new HashSet<>();
    /** Per module, what could not be generated, for the report and the package-info. */
    final Map<String, List<String>> skipped = new LinkedHashMap<>();
    /** Requests whose last list's length is checked when the handler takes it: the list's Java name. */
    private final Map<Request, String> checkedOnTake = new HashMap<>();

    Generator(Map<String, Module> all, List<String> headers, String version) {
        this.all = all;
        this.generated = new HashSet<>(headers);
        this.version = version;
    }

    static String pkgName(String header) { return header.replace("_", ""); }

    static String camel(String header) {
        StringBuilder b = new StringBuilder();
        for (String p : header.split("_")) b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        return b.toString();
    }

    Map<String, String> run(List<String> headers) {
        for (String h : headers) if (!all.containsKey(h)) throw new IllegalArgumentException("no module " + h);
        for (String h : headers) nameStructs(all.get(h));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String h : headers) {
                for (Struct s : all.get(h).structs) {
                    if (!supported.contains(s) && structOk(s)) { supported.add(s); changed = true; }
                }
            }
        }
        for (String h : headers) module(all.get(h));
        return out;
    }

    private void nameStructs(Module m) {
        Set<String> taken = new HashSet<>();
        taken.add(camel(m.header) + "Protocol");
        taken.add(camel(m.header) + "Handler");
        taken.add(camel(m.header) + "Enums");
        for (Request r : m.requests) taken.add(Names.type(r.name()));
        for (EventDef e : m.events) taken.add(Names.type(e.name()) + "Event");
        for (Struct s : m.structs) {
            String n = Names.type(s.xml);
            if (taken.contains(n) || taken.contains(n + "List")) n = n + "Struct";
            s.javaName = n;
            taken.add(n);
            taken.add(n + "List");
        }
    }

    private boolean structOk(Struct s) {
        // A union of one size is carried as its bytes (byte[] / ByteList): XKB Action, Behavior.
        if (s.union) return generated.contains(s.module.header) && s.fixedSize() >= 0;
        if (s.eventStruct || !generated.contains(s.module.header)) return false;
        return why(s.items, Ctx.STRUCT) == null;
    }

    enum Ctx { REQUEST, STRUCT, REPLY, EVENT }

    /** Why a sequence of items cannot be generated in a context, or null. */
    private String why(List<Item> items, Ctx ctx) { return why(items, ctx, new HashMap<>()); }

    private String why(List<Item> items, Ctx ctx, Map<String, String> names) {
        for (Item i : items) {
            switch (i) {
                case Unsupported u -> { return u.what(); }
                case Pad p -> { }
                case Field f -> {
                    if (f.type() instanceof Struct s && !supported.contains(s)) return "struct " + s.xml;
                    if (f.type() instanceof Struct s && ctx == Ctx.REQUEST && s.fixedSize() < 0) return "variable struct field";
                    names.put(f.name(), "x");
                }
                case ListField l -> {
                    if (l.type() instanceof Struct s && !supported.contains(s)) return "list of struct " + s.xml;
                    if (l.type() instanceof Struct s && s.union && ctx != Ctx.REPLY) return "list of union " + s.xml;
                    if (l.type() instanceof Prim p && p.size() == 8 && ctx == Ctx.REQUEST) return "list of 64-bit items";
                    if (ctx == Ctx.REQUEST || ctx == Ctx.STRUCT) {
                        if (l.length() != null && expr(l.length(), names) == null) return "length of list " + l.name();
                    }
                    if (ctx == Ctx.STRUCT && l.length() == null) return "list without length";
                    names.put(l.name(), "x");
                }
                case Switch s -> {
                    if (expr(s.mask(), names) == null) return "switch mask " + s.name();
                    if (s.valueList() && ctx == Ctx.REQUEST) continue;
                    if (ctx != Ctx.REQUEST && ctx != Ctx.REPLY) return "switch " + s.name();
                    for (Bitcase bc : s.bitcases()) {
                        if (bc.bits() == null) return "switch " + s.name() + " (case or expression)";
                        if (bc.items().stream().anyMatch(x -> x instanceof Switch)) return "nested switch in " + s.name();
                        String w = why(bc.items(), ctx, names);
                        if (w != null) return w;
                    }
                }
            }
        }
        return null;
    }

    // ---- expressions ------------------------------------------------------------------------------------------

    /** A length expression as Java over the locals named in {@code names} (xml name to Java), or null. */
    private String expr(Element e, Map<String, String> names) {
        if (e == null) return null;
        String text = e.getTextContent().trim();
        return switch (e.getTagName()) {
            case "fieldref" -> names.get(text);
            case "value" -> text;
            case "op" -> {
                List<Element> k = Model.children(e);
                String a = expr(k.get(0), names), b = expr(k.get(1), names);
                String op = e.getAttribute("op");
                yield a == null || b == null || !Set.of("+", "-", "*", "/", "&", "<<", "|").contains(op) ? null
                    : "(" + a + " " + op + " " + b + ")";
            }
            case "unop" -> {
                String a = expr(Model.firstChild(e), names);
                yield a == null || !e.getAttribute("op").equals("~") ? null : "(~" + a + ")";
            }
            case "popcount" -> {
                String a = expr(Model.firstChild(e), names);
                yield a == null ? null : "Integer.bitCount(" + a + ")";
            }
            default -> null;
        };
    }

    private static void fieldRefs(Element e, Map<String, Integer> counts) {
        if (e == null) return;
        if (e.getTagName().equals("fieldref")) counts.merge(e.getTextContent().trim(), 1, Integer::sum);
        for (Element c : Model.children(e)) fieldRefs(c, counts);
    }

    /** Length fields of a write context that are computed from their list (pure fieldref, used once). */
    private static void allRefs(List<Item> items, Map<String, Integer> counts) {
        for (Item i : items) {
            switch (i) {
                case ListField l -> fieldRefs(l.length(), counts);
                case Switch s -> {
                    fieldRefs(s.mask(), counts);
                    for (Bitcase bc : s.bitcases()) allRefs(bc.items(), counts);
                }
                case Field f -> fieldRefs(f.expr(), counts);
                default -> { }
            }
        }
    }

    private static Map<String, ListField> computed(List<Item> items) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> intFields = new HashSet<>();
        allRefs(items, counts);
        for (Item i : items) {
            switch (i) {
                case ListField l -> { }
                case Switch s -> { }
                case Field f -> {
                    if (f.type() instanceof Prim p && p.kind() == Kind.INT && f.expr() == null) intFields.add(f.name());
                }
                default -> { }
            }
        }
        Map<String, ListField> m = new HashMap<>();
        for (Item i : items) {
            if (i instanceof ListField l && l.length() != null && l.length().getTagName().equals("fieldref")) {
                String f = l.length().getTextContent().trim();
                if (intFields.contains(f) && counts.get(f) == 1) m.put(f, l);
            }
        }
        return m;
    }

    // ---- Java types ---------------------------------------------------------------------------------------------

    private String structRef(Struct s, Module from) {
        return s.module == from ? s.javaName : BASE_PACKAGE + "." + pkgName(s.module.header) + "." + s.javaName;
    }

    private static String primJava(Prim p) {
        return switch (p.kind()) {
            case BOOL -> "boolean";
            case LONG -> "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            default -> "int";
        };
    }

    private String fieldJava(Field f, Module m) {
        return f.type() instanceof Prim p ? primJava(p) : structRef((Struct) f.type(), m);
    }

    /** A list's Java type: views in requests, values elsewhere. */
    private String listJava(ListField l, Module m, Ctx ctx) {
        if (l.type() instanceof Struct s) {
            if (s.union) return "java.util.List<byte[]>";
            if (ctx == Ctx.REQUEST && s.fixedSize() >= 0) return structRef(s, m) + "List";
            return "java.util.List<" + structRef(s, m) + ">";
        }
        Prim p = (Prim) l.type();
        if (ctx == Ctx.REQUEST) {
            return switch (p.size()) {
                case 1 -> "ByteList";
                case 2 -> "Card16List";
                default -> "Card32List";
            };
        }
        if (p.kind() == Kind.CHAR) return "String";
        if (p.kind() == Kind.FLOAT) return "float[]";
        if (p.kind() == Kind.DOUBLE) return "double[]";
        return switch (p.size()) {
            case 1 -> "byte[]";
            case 8 -> "long[]";
            default -> "int[]";
        };
    }

    private static String doc(Field f) {
        StringBuilder b = new StringBuilder(f.typeXml());
        if (f.enumRef() != null) b.append(", values of ").append(f.enumRef());
        if (f.maskRef() != null) b.append(", mask of ").append(f.maskRef());
        if (f.expr() != null) b.append(" (computed by the client)");
        return b.toString();
    }

    private static String doc(ListField l) {
        String len = l.length() == null ? "the rest of the request" : lengthDoc(l.length());
        return "list of " + l.typeXml() + ", " + len + (l.enumRef() != null ? ", values of " + l.enumRef() : "");
    }

    private static String lengthDoc(Element e) {
        return switch (e.getTagName()) {
            case "fieldref" -> e.getTextContent().trim() + " items";
            case "value" -> e.getTextContent().trim() + " items";
            default -> "length by an expression";
        };
    }

    /** One component of a record: Java type, Java name, javadoc. */
    record Component(String type, String name, String doc) { }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Tracks the offset of the next item: a constant from a base until the first variable item, then {@code pos_}. */
    private static final class Cursor {
        String base;
        int k;

        Cursor(String base, int k) { this.base = base; this.k = k; }

        String at() {
            if (base == null) return Integer.toString(k);
            return k == 0 ? base : base + " + " + k;
        }

        void dynamic(StringBuilder b, String ind) {
            if (!"pos_".equals(base)) {
                b.append(ind).append("int pos_ = ").append(at()).append(";\n");
                base = "pos_";
                k = 0;
            } else if (k != 0) {
                b.append(ind).append("pos_ += ").append(k).append(";\n");
                k = 0;
            }
        }
    }

    private static String readPrim(Prim p, String at) {
        return switch (p.kind()) {
            case BOOL -> "in_.card8At(" + at + ") != 0";
            case LONG -> "in_.int64At(" + at + ")";
            case FLOAT -> "Float.intBitsToFloat(in_.int32At(" + at + "))";
            case DOUBLE -> "Double.longBitsToDouble(in_.int64At(" + at + "))";
            default -> switch (p.size()) {
                case 1 -> p.signed() ? "in_.int8At(" + at + ")" : "in_.card8At(" + at + ")";
                case 2 -> p.signed() ? "in_.int16At(" + at + ")" : "in_.card16At(" + at + ")";
                default -> "in_.int32At(" + at + ")";
            };
        };
    }

    /**
     * Emits reads of the items into locals named as the record components (in {@code comps}); in requests lists
     * are views, in structs copies. Returns the names map (xml to Java expression) for length expressions.
     */
    private void reads(List<Item> items, Module m, Ctx ctx, Cursor c, StringBuilder b, String ind, List<Component> comps,
                       Map<String, ListField> computedFields) {
        reads(items, m, ctx, c, b, ind, comps, computedFields, new HashMap<>(), true);
    }

    private void reads(List<Item> items, Module m, Ctx ctx, Cursor c, StringBuilder b, String ind, List<Component> comps,
                       Map<String, ListField> computedFields, Map<String, String> names, boolean top) {
        boolean first = top && ctx == Ctx.REQUEST && m.core();
        int index = 0;
        for (Item i : items) {
            boolean inByte1 = first && index == 0 && Model.itemSize(i) == 1 && (i instanceof Field || i instanceof Pad);
            if (first && index == 0 && !inByte1) c.k = 4;
            String at = inByte1 ? "1" : c.at();
            switch (i) {
                case Pad p -> {
                    if (p.align() == 0) { if (!inByte1) c.k += p.bytes(); }
                    else if (c.base == null) c.k = (c.k + p.align() - 1) & -p.align();
                    else {
                        c.dynamic(b, ind);
                        b.append(ind).append("pos_ = (pos_ + ").append(p.align() - 1).append(") & -").append(p.align()).append(";\n");
                    }
                }
                case Field f -> {
                    String jn = Names.field(f.name());
                    String jt = fieldJava(f, m);
                    // A request's BOOL stays the byte the client sent: anything but 0 and 1 is the handler's BadValue.
                    boolean rawBool = ctx == Ctx.REQUEST && f.type() instanceof Prim bp && bp.kind() == Kind.BOOL;
                    if (rawBool) jt = "int";
                    if (f.type() instanceof Prim p0) {
                        Prim p = rawBool ? new Prim(p0.xml(), 1, false, Kind.INT) : p0;
                        b.append(ind).append(jt).append(' ').append(jn).append(" = ").append(readPrim(p, at)).append(";\n");
                        if (!inByte1) c.k += p.size();
                        names.put(f.name(), p.kind() == Kind.BOOL ? "(" + jn + " ? 1 : 0)" : p.kind() == Kind.LONG ? "(int) " + jn : jn);
                    } else if (((Struct) f.type()).union) {
                        int size = ((Struct) f.type()).fixedSize();
                        jt = ctx == Ctx.REQUEST ? "ByteList" : "byte[]";
                        b.append(ind).append(jt).append(' ').append(jn).append(" = new ByteList(in_, ").append(at).append(", ")
                            .append(size).append(")").append(ctx == Ctx.REQUEST ? "" : ".copy()").append(";\n");
                        c.k += size;
                    } else {
                        Struct s = (Struct) f.type();
                        if (s.fixedSize() >= 0) {
                            b.append(ind).append(jt).append(' ').append(jn).append(" = ").append(jt).append(".read(in_, ").append(at).append(");\n");
                            c.k += s.fixedSize();
                        } else {
                            c.dynamic(b, ind);
                            b.append(ind).append(jt).append(' ').append(jn).append(" = ").append(jt).append(".read(in_, pos_);\n");
                            b.append(ind).append("pos_ += ").append(jn).append(".wireSize();\n");
                        }
                    }
                    if (computedFields == null || !computedFields.containsKey(f.name())) {
                        comps.add(new Component(jt, jn, doc(f) + (rawBool ? " (as sent: 0 False, 1 True, anything else BadValue)" : "")));
                    }
                }
                case ListField l -> {
                    String jn = Names.field(l.name());
                    String jt = listJava(l, m, ctx);
                    int size = Model.typeSize(l.type());
                    Integer fixed = Model.constant(l.length());
                    String count;
                    if (fixed != null) {
                        count = fixed.toString();
                    } else if (l.length() == null) {
                        c.dynamic(b, ind);
                        count = jn + "N_";
                        b.append(ind).append("if (in_.length() < pos_ || (in_.length() - pos_) % ").append(size)
                            .append(" != 0) throw XError.length();\n");
                        b.append(ind).append("int ").append(count).append(" = (in_.length() - pos_) / ").append(size).append(";\n");
                    } else {
                        count = jn + "N_";
                        b.append(ind).append("int ").append(count).append(" = ").append(expr(l.length(), names)).append(";\n");
                    }
                    boolean varItems = size < 0;
                    if (!varItems && fixed == null) c.dynamic(b, ind);
                    if (varItems) c.dynamic(b, ind);
                    String pos = c.at();
                    if (varItems) {
                        String st = structRef((Struct) l.type(), m);
                        b.append(ind).append("if (").append(count).append(" < 0) throw XError.length();\n");
                        b.append(ind).append("java.util.List<").append(st).append("> ").append(jn).append(" = new java.util.ArrayList<>();\n");
                        b.append(ind).append("for (int i_ = 0; i_ < ").append(count).append("; i_++) {\n");
                        b.append(ind).append("    ").append(st).append(" e_ = ").append(st).append(".read(in_, pos_);\n");
                        b.append(ind).append("    pos_ += e_.wireSize();\n");
                        b.append(ind).append("    ").append(jn).append(".add(e_);\n");
                        b.append(ind).append("}\n");
                    } else {
                        String view;
                        if (l.type() instanceof Struct s) {
                            view = ctx == Ctx.REQUEST ? "new " + jt + "(in_, " + pos + ", " + count + ")"
                                : structRef(s, m) + "List.copy(in_, " + pos + ", " + count + ")";
                        } else {
                            Prim p = (Prim) l.type();
                            String v = switch (p.size()) {
                                case 1 -> "ByteList";
                                case 2 -> "Card16List";
                                default -> "Card32List";
                            };
                            view = "new " + v + "(in_, " + pos + ", " + count + ")";
                            if (ctx != Ctx.REQUEST) {
                                view += switch (jt) {
                                    case "String" -> ".string()";
                                    case "byte[]" -> ".copy()";
                                    case "float[]" -> ".toFloatArray()";
                                    default -> p.size() == 2 && p.signed() ? ".toSignedArray()" : ".toArray()";
                                };
                            }
                        }
                        b.append(ind).append(jt).append(' ').append(jn).append(" = ").append(view).append(";\n");
                        if (fixed != null && c.base != null && !c.base.equals("pos_")) c.k += fixed * size;
                        else if (fixed != null && c.base == null) c.k += fixed * size;
                        else if (fixed != null) c.k += fixed * size;
                        else b.append(ind).append("pos_ += ").append(count).append(size == 1 ? "" : " * " + size).append(";\n");
                    }
                    comps.add(new Component(jt, jn, doc(l)));
                    names.put(l.name(), jn);
                }
                case Switch s when !s.valueList() -> {
                    // Bitcases: their fields are components too, 0 or null when the mask lacks their bits.
                    c.dynamic(b, ind);
                    String mask = Names.field(s.name()) + "Mask_";
                    b.append(ind).append("int ").append(mask).append(" = ").append(expr(s.mask(), names)).append(";\n");
                    for (Bitcase bc : s.bitcases()) {
                        List<Component> inner = new ArrayList<>();
                        StringBuilder ib = new StringBuilder();
                        Cursor ic = new Cursor("pos_", 0);
                        String in2 = ind + "    ";
                        reads(bc.items(), m, ctx, ic, ib, in2, inner, null, names, false);
                        if (ic.k != 0) ib.append(in2).append("pos_ += ").append(ic.k).append(";\n");
                        String body = ib.toString();
                        for (Component k : inner) {
                            String dflt = switch (k.type()) {
                                case "int" -> "0";
                                case "long" -> "0L";
                                case "boolean" -> "false";
                                case "float" -> "0f";
                                case "double" -> "0d";
                                default -> "null";
                            };
                            b.append(ind).append(k.type()).append(' ').append(k.name()).append(" = ").append(dflt).append(";\n");
                            body = body.replace(in2 + k.type() + " " + k.name() + " = ", in2 + k.name() + " = ");
                            comps.add(new Component(k.type(), k.name(), k.doc() + String.format(" (if %s has 0x%x)", s.name(), bc.bits())));
                        }
                        b.append(ind).append("if ((").append(mask).append(String.format(" & 0x%x) != 0) {\n", bc.bits()));
                        b.append(body).append(ind).append("}\n");
                    }
                }
                case Switch s -> {
                    String jn = Names.field(s.name());
                    c.dynamic(b, ind);
                    b.append(ind).append("ValueList ").append(jn).append(" = new ValueList(in_, pos_, ")
                        .append(expr(s.mask(), names)).append(");\n");
                    b.append(ind).append("pos_ += 4 * ").append(jn).append(".size();\n");
                    comps.add(new Component("ValueList", jn, valueListDoc(s)));
                }
                case Unsupported u -> throw new IllegalStateException(u.what());
            }
            index++;
        }
    }

    private static String valueListDoc(Switch s) {
        StringBuilder d = new StringBuilder("value list, one word per mask bit:");
        for (int k = 0; k < s.cases().size(); k++) {
            d.append(" ").append(Names.field(s.cases().get(k).name())).append(" (")
                .append(String.format("0x%x", s.bits().get(k))).append(", ").append(s.cases().get(k).typeXml()).append(")")
                .append(k + 1 < s.cases().size() ? "," : "");
        }
        return d.toString();
    }

    /**
     * Requests whose list has a length field but whose length Xorg checks only after some of their arguments:
     * ChangeProperty's mode and format (BadValue) come before its data's length, which format scales.
     */
    private static final Map<String, String> COUNTED_AFTER_ARGUMENTS =
        Map.of("ChangeProperty", "after the mode and format checks (BadValue), before the window lookup");

    /**
     * The request's list whose exact length is checked when the handler takes it rather than in parse, or null:
     * its last item when that is a value list or a list filling the rest of the request whose items can be cut
     * short (8 or 12 bytes: segments, rectangles, arcs, color items), after fixed-size items only. Xorg counts
     * those after its lookups (REQUEST_AT_LEAST_SIZE, lookups, then BadLength); lists with a length field it
     * checks first (REQUEST_FIXED_SIZE), and so does parse.
     */
    static Item checkedOnTake(Request r) {
        List<Item> items = r.items();
        if (items.isEmpty()) return null;
        Item last = items.getLast();
        boolean lateList = switch (last) {
            case ListField l when COUNTED_AFTER_ARGUMENTS.containsKey(r.name()) -> l.length() != null && Model.typeSize(l.type()) > 0;
            case ListField l -> l.length() == null && Model.typeSize(l.type()) > 0 && 4 % Model.typeSize(l.type()) != 0;
            case Switch s -> s.valueList();
            default -> false;
        };
        if (!lateList) return null;
        for (Item i : items.subList(0, items.size() - 1)) if (Model.itemSize(i) < 0) return null;
        return last;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    private static String lengthOf(ListField l, String jt) {
        String jn = Names.field(l.name());
        return switch (jt) {
            case "String" -> jn + ".length()";
            default -> jt.startsWith("java.util.List") ? jn + ".size()" : jn + ".length";
        };
    }

    private static String writePrim(Prim p, String v) {
        return switch (p.kind()) {
            case BOOL -> "o.bool(" + v + ");";
            case LONG -> "o.i64(" + v + ");";
            case FLOAT -> "o.i32(Float.floatToRawIntBits(" + v + "));";
            case DOUBLE -> "o.i64(Double.doubleToRawLongBits(" + v + "));";
            default -> switch (p.size()) {
                case 1 -> "o.u8(" + v + ");";
                case 2 -> "o.u16(" + v + ");";
                default -> "o.i32(" + v + ");";
            };
        };
    }

    /**
     * Emits the write of the items (replies from byte 8 with the first item in byte 1; events from byte 4 with the
     * first item in byte 1, returned as the detail expression; structs from their start).
     */
    private String writes(List<Item> items, Module m, Ctx ctx, StringBuilder b, String ind, List<Component> comps) {
        return writes(items, m, ctx, b, ind, comps, new HashMap<>(), true);
    }

    private String writes(List<Item> items, Module m, Ctx ctx, StringBuilder b, String ind, List<Component> comps,
                          Map<String, String> names, boolean top) {
        Map<String, ListField> computed = computed(items);
        String detail = null;
        int index = 0;
        for (Item i : items) {
            boolean byte1 = top && (ctx == Ctx.REPLY || ctx == Ctx.EVENT) && index == 0;
            index++;
            switch (i) {
                case Pad p -> {
                    if (byte1) { detail = "0"; continue; }
                    if (p.align() == 0) b.append(ind).append("o.zeros(").append(p.bytes()).append(");\n");
                    else b.append(ind).append("o.zeros(-o.size() & ").append(p.align() - 1).append(");\n");
                }
                case Field f -> {
                    String jn = Names.field(f.name());
                    boolean union = f.type() instanceof Struct st && st.union;
                    String jt = union ? "byte[]" : fieldJava(f, m);
                    ListField of = computed.get(f.name());
                    String v = of != null ? lengthOf(of, listJava(of, m, ctx)) : jn;
                    if (of == null) comps.add(new Component(jt, jn, doc(f)));
                    boolean isBool = f.type() instanceof Prim bp && bp.kind() == Kind.BOOL;
                    names.put(f.name(), isBool ? "(" + v + " ? 1 : 0)" : f.type() instanceof Prim lp && lp.kind() == Kind.LONG ? "(int) " + v : v);
                    if (union) {
                        int size = ((Struct) f.type()).fixedSize();
                        b.append(ind).append("if (").append(jn).append(".length != ").append(size)
                            .append(") throw new IllegalArgumentException(\"").append(jn).append(": ").append(size).append(" bytes\");\n");
                        b.append(ind).append("o.bytes(").append(jn).append(");\n");
                        continue;
                    }
                    if (byte1) {
                        String d = f.type() instanceof Prim p && p.kind() == Kind.BOOL ? "(" + v + " ? 1 : 0)" : v;
                        if (ctx == Ctx.REPLY) b.append(ind).append("o.putU8(1, ").append(d).append(");\n");
                        detail = d;
                        continue;
                    }
                    if (f.type() instanceof Prim p) b.append(ind).append(writePrim(p, v)).append('\n');
                    else b.append(ind).append(v).append(".write(o);\n");
                }
                case ListField l -> {
                    String jn = Names.field(l.name());
                    String jt = listJava(l, m, ctx);
                    comps.add(new Component(jt, jn, doc(l)));
                    Integer fixed = Model.constant(l.length());
                    if (fixed != null) {
                        b.append(ind).append("if (").append(lengthOf(l, jt)).append(" != ").append(fixed)
                            .append(") throw new IllegalArgumentException(\"").append(jn).append(": ").append(fixed).append(" items\");\n");
                    }
                    if (l.type() instanceof Struct st && st.union) {
                        b.append(ind).append("for (var e_ : ").append(jn).append(") o.bytes(e_);\n");
                    } else if (l.type() instanceof Struct) {
                        b.append(ind).append("for (var e_ : ").append(jn).append(") e_.write(o);\n");
                    } else {
                        Prim p = (Prim) l.type();
                        switch (jt) {
                            case "String" -> b.append(ind).append("o.string8(").append(jn).append(");\n");
                            case "byte[]" -> b.append(ind).append("o.bytes(").append(jn).append(");\n");
                            default -> b.append(ind).append("for (var e_ : ").append(jn).append(") ")
                                .append(writePrim(new Prim(p.xml(), p.size(), p.signed(), p.kind() == Kind.BOOL ? Kind.INT : p.kind()), "e_")).append('\n');
                        }
                    }
                }
                case Switch s -> {
                    // Bitcases: written when the mask has their bits (their components may be null otherwise).
                    String mask = expr(s.mask(), names);
                    for (Bitcase bc : s.bitcases()) {
                        b.append(ind).append("if ((").append(mask).append(String.format(" & 0x%x) != 0) {\n", bc.bits()));
                        List<Component> inner = new ArrayList<>();
                        writes(bc.items(), m, ctx, b, ind + "    ", inner, names, false);
                        for (Component k : inner) {
                            comps.add(new Component(k.type(), k.name(), k.doc() + String.format(" (if %s has 0x%x)", s.name(), bc.bits())));
                        }
                        b.append(ind).append("}\n");
                    }
                }
                default -> throw new IllegalStateException(i.toString());
            }
        }
        return detail;
    }

    // ---- files --------------------------------------------------------------------------------------------------

    private String header(Module m) {
        return "// Generated from xcb-proto " + version + " (" + m.header + ".xml) by bin/protogen: do not edit by hand.\n";
    }

    private void file(Module m, String cls, String body) {
        StringBuilder s = new StringBuilder(header(m));
        s.append("package ").append(BASE_PACKAGE).append('.').append(pkgName(m.header)).append(";\n\n");
        List<String> imports = new ArrayList<>();
        for (String r : RUNTIME) {
            if (Pattern.compile("(?<![.\\w])" + r + "\\b").matcher(body).find()) imports.add(BASE_PACKAGE + "." + r);
        }
        for (String i : imports) s.append("import ").append(i).append(";\n");
        if (!imports.isEmpty()) s.append('\n');
        s.append(body);
        out.put(pkgName(m.header) + "/" + cls + ".java", s.toString());
    }

    private static void recordDoc(StringBuilder b, String ind, String summary, List<Component> comps) {
        b.append(ind).append("/**\n").append(ind).append(" * ").append(summary).append('\n');
        if (!comps.isEmpty()) b.append(ind).append(" *\n");
        for (Component c : comps) b.append(ind).append(" * @param ").append(c.name()).append(' ').append(c.doc()).append('\n');
        b.append(ind).append(" */\n");
    }

    private static String componentList(List<Component> comps) {
        StringBuilder b = new StringBuilder();
        for (Component c : comps) {
            if (!b.isEmpty()) b.append(", ");
            b.append(c.type()).append(' ').append(c.name());
        }
        return b.toString();
    }

    private void module(Module m) {
        List<String> skips = new ArrayList<>();
        skipped.put(m.header, skips);
        for (Struct s : m.structs) {
            if (supported.contains(s) && !s.union) structFile(m, s);
        }
        Map<Request, String> raw = new LinkedHashMap<>();
        for (Request r : m.requests) {
            String w = why(r.items(), Ctx.REQUEST);
            if (w != null) {
                raw.put(r, w);
                skips.add("request " + r.name() + ": " + w + " (handler gets the RequestReader)");
                continue;
            }
            String rw = r.reply() == null ? null : why(r.reply(), Ctx.REPLY);
            if (rw != null) skips.add("reply of " + r.name() + ": " + rw + " (handler writes the reply itself)");
            requestFile(m, r, r.reply() != null && rw == null);
        }
        for (EventDef e : m.events) {
            if (e.copyOf() != null || (e.xge() && m.core())) continue; // xproto's GeGeneric is the container itself
            if (e.xge()) {
                String w = why(e.items(), Ctx.REPLY);
                if (w != null) skips.add("generic event " + e.name() + " encoder: " + w);
                else xgeEventFile(m, e);
                continue;
            }
            String w = why(e.items(), Ctx.EVENT);
            if (w == null && e.noSequence()) w = "no sequence number";
            if (w == null && e.items().stream().anyMatch(i -> i instanceof ListField l && Model.constant(l.length()) == null)) {
                w = "variable length";
            }
            if (w == null && (e.items().isEmpty() || Model.itemSize(e.items().get(0)) != 1)) w = "first field not one byte";
            if (w != null) { skips.add("event " + e.name() + " encoder: " + w); continue; }
            eventFile(m, e);
        }
        protocolFile(m, raw);
        handlerFile(m, raw);
        enumsFile(m);
    }

    private void structFile(Module m, Struct s) {
        StringBuilder b = new StringBuilder();
        List<Component> comps = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        writes(s.items, m, Ctx.STRUCT, w, "        ", comps);
        List<Component> rc = new ArrayList<>();
        StringBuilder r = new StringBuilder();
        Cursor c = new Cursor("at_", 0);
        reads(s.items, m, Ctx.STRUCT, c, r, "        ", rc, computed(s.items));
        int size = s.fixedSize();
        recordDoc(b, "", "The " + s.xml + " struct" + (size >= 0 ? " (" + size + " bytes)." : " (variable size)."), comps);
        b.append("public record ").append(s.javaName).append('(').append(componentList(comps)).append(") {\n");
        if (size >= 0) b.append("    /** Bytes on the wire. */\n    public static final int SIZE = ").append(size).append(";\n\n");
        b.append("    /** Reads one from a request, at an offset from the request's start. */\n");
        b.append("    public static ").append(s.javaName).append(" read(RequestReader in_, int at_) {\n");
        b.append(r);
        b.append("        return new ").append(s.javaName).append('(');
        for (int i = 0; i < comps.size(); i++) b.append(i > 0 ? ", " : "").append(comps.get(i).name());
        b.append(");\n    }\n\n");
        b.append("    /** Bytes this one takes on the wire. */\n    public int wireSize() {\n");
        if (size >= 0) b.append("        return SIZE;\n");
        else {
            b.append("        int n = 0;\n");
            Map<String, ListField> computed = computed(s.items);
            for (Item i : s.items) {
                switch (i) {
                    case Pad p -> b.append(p.align() == 0 ? "        n += " + p.bytes() + ";\n"
                        : "        n = (n + " + (p.align() - 1) + ") & -" + p.align() + ";\n");
                    case Field f -> b.append(f.type() instanceof Struct st && st.fixedSize() < 0
                        ? "        n += " + Names.field(f.name()) + ".wireSize();\n" : "        n += " + Model.typeSize(f.type()) + ";\n");
                    case ListField l -> {
                        String jt = listJava(l, m, Ctx.STRUCT);
                        int is = Model.typeSize(l.type());
                        if (is < 0) b.append("        for (var e_ : ").append(Names.field(l.name())).append(") n += e_.wireSize();\n");
                        else b.append("        n += ").append(lengthOf(l, jt)).append(is == 1 ? "" : " * " + is).append(";\n");
                    }
                    default -> throw new IllegalStateException();
                }
            }
            b.append("        return n;\n");
        }
        b.append("    }\n\n");
        b.append("    /** Writes it in the reply's byte order. */\n    public void write(ReplyWriter o) {\n").append(w).append("    }\n}\n");
        file(m, s.javaName, b.toString());
        if (size >= 0) listViewFile(m, s);
    }

    private void listViewFile(Module m, Struct s) {
        String n = s.javaName + "List";
        StringBuilder b = new StringBuilder();
        b.append("/** A list of ").append(s.xml).append(" in a request: a view over the client's buffer, valid while the request is handled. */\n");
        b.append("public final class ").append(n).append(" {\n");
        b.append("    private final RequestReader r;\n    private final int offset, size;\n\n");
        b.append("    public ").append(n).append("(RequestReader r, int offset, int size) {\n");
        b.append("        r.needAt(offset, (long) size * ").append(s.javaName).append(".SIZE);\n");
        b.append("        this.r = r;\n        this.offset = offset;\n        this.size = size;\n    }\n\n");
        b.append("    /** Reads a list into records (for lists inside structs and replies). */\n");
        b.append("    public static java.util.List<").append(s.javaName).append("> copy(RequestReader r, int offset, int size) {\n");
        b.append("        ").append(n).append(" v = new ").append(n).append("(r, offset, size);\n");
        b.append("        java.util.List<").append(s.javaName).append("> l = new java.util.ArrayList<>(size);\n");
        b.append("        for (int i = 0; i < size; i++) l.add(v.get(i));\n        return l;\n    }\n\n");
        b.append("    public int size() { return size; }\n\n");
        b.append("    /** Offset of the first item from the request's start. */\n    public int offset() { return offset; }\n\n");
        b.append("    public ").append(s.javaName).append(" get(int i) { return ").append(s.javaName)
            .append(".read(r, offset + check(i) * ").append(s.javaName).append(".SIZE); }\n");
        int k = 0;
        for (Item i : s.items) {
            if (i instanceof Field f && f.type() instanceof Prim p) {
                String jn = Names.field(f.name());
                b.append("\n    /** ").append(jn).append(" of item i (").append(f.typeXml()).append("), without a record. */\n");
                b.append("    public ").append(primJava(p)).append(' ').append(jn).append("(int i) {\n");
                b.append("        RequestReader in_ = r;\n");
                b.append("        return ").append(readPrim(p, "offset + check(i) * " + s.javaName + ".SIZE + " + k)).append(";\n    }\n");
            }
            k += Model.itemSize(i);
        }
        b.append("\n    private int check(int i) {\n        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);\n        return i;\n    }\n}\n");
        file(m, n, b.toString());
    }

    private void requestFile(Module m, Request r, boolean withReply) {
        String cls = Names.type(r.name());
        StringBuilder p = new StringBuilder();
        List<Component> comps = new ArrayList<>();
        int fixed = Model.fixedSize(r.items());
        boolean allFixed = fixed >= 0 && r.items().stream().noneMatch(i -> i instanceof Switch);
        int total;
        Cursor c = new Cursor(null, 4);
        if (allFixed) {
            int s = fixed;
            // Core requests carry their first 1-byte item in byte 1 (not counted after the 4-byte header).
            if (m.core() && !r.items().isEmpty() && Model.itemSize(r.items().get(0)) == 1
                && (r.items().get(0) instanceof Field || r.items().get(0) instanceof Pad)) s -= 1;
            total = (4 + s + 3) & -4; // requests are padded to 4 bytes on the wire
            p.append("        if (in_.length() != ").append(total).append(") throw XError.length();\n");
        } else {
            int min = 4;
            for (int i = 0; i < r.items().size(); i++) {
                Item it = r.items().get(i);
                int s = Model.itemSize(it);
                if (s > 0 && !(m.core() && i == 0 && s == 1 && (it instanceof Field || it instanceof Pad))) min += s;
            }
            p.append("        if (in_.length() < ").append(min).append(") throw XError.length();\n");
        }
        Item late = allFixed ? null : checkedOnTake(r);
        String lateName = null;
        Map<String, String> names = new HashMap<>();
        reads(late == null ? r.items() : r.items().subList(0, r.items().size() - 1), m, Ctx.REQUEST, c, p, "        ", comps, null,
            names, true);
        if (late != null) {
            // Left null when the length is wrong: the accessor throws BadLength when the handler takes it.
            if (c.base != null) throw new IllegalStateException(r.name());
            int at = c.k;
            switch (late) {
                case ListField l when l.length() != null -> {
                    // Counted in long over unsigned fields: a huge count must not wrap to the request's real length.
                    lateName = Names.field(l.name());
                    String jt = listJava(l, m, Ctx.REQUEST);
                    int size = Model.typeSize(l.type());
                    Map<String, String> wide = new HashMap<>();
                    for (Item i : r.items()) {
                        if (i instanceof Field f && f.type() instanceof Prim fp && fp.kind() == Kind.INT) {
                            String jn = Names.field(f.name());
                            wide.put(f.name(), fp.size() == 4 && !fp.signed() ? "Integer.toUnsignedLong(" + jn + ")" : "(long) " + jn);
                        }
                    }
                    String count = expr(l.length(), wide);
                    if (count == null) throw new IllegalStateException(r.name());
                    p.append("        long ").append(lateName).append("N_ = ").append(count).append(";\n");
                    p.append("        ").append(jt).append(' ').append(lateName).append(" = ").append(lateName).append("N_ >= 0 && in_.length() == ((")
                        .append(at).append(" + ").append(lateName).append("N_").append(size == 1 ? "" : " * " + size)
                        .append(" + 3) & -4L)\n            ? new ").append(jt).append("(in_, ").append(at).append(", (int) ").append(lateName)
                        .append("N_) : null;\n");
                    comps.add(new Component(jt, lateName, doc(l) + " (BadLength when taken if the request's length differs)"));
                }
                case ListField l -> {
                    lateName = Names.field(l.name());
                    String jt = listJava(l, m, Ctx.REQUEST);
                    int size = Model.typeSize(l.type());
                    p.append("        ").append(jt).append(' ').append(lateName).append(" = (in_.length() - ").append(at).append(") % ")
                        .append(size).append(" == 0\n            ? new ").append(jt).append("(in_, ").append(at).append(", (in_.length() - ")
                        .append(at).append(") / ").append(size).append(") : null;\n");
                    comps.add(new Component(jt, lateName, doc(l) + " (whole items: BadLength when taken otherwise)"));
                }
                case Switch s -> {
                    lateName = Names.field(s.name());
                    String mask = expr(s.mask(), names);
                    p.append("        ValueList ").append(lateName).append(" = in_.length() == ").append(at)
                        .append(" + 4 * Integer.bitCount(").append(mask).append(")\n            ? new ValueList(in_, ").append(at)
                        .append(", ").append(mask).append(") : null;\n");
                    comps.add(new Component("ValueList", lateName, valueListDoc(s) + " (BadLength when taken if the request's length differs)"));
                }
                default -> throw new IllegalStateException();
            }
            checkedOnTake.put(r, lateName);
        } else if (!allFixed) {
            if ("pos_".equals(c.base)) {
                if (c.k != 0) p.append("        pos_ += ").append(c.k).append(";\n");
                p.append("        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();\n");
            } else {
                p.append("        if (in_.length() != ").append((c.k + 3) & -4).append(") throw XError.length();\n");
            }
        }
        StringBuilder b = new StringBuilder();
        recordDoc(b, "", r.name() + " request (" + (m.core() ? "opcode " : "minor opcode ") + r.opcode() + ").", comps);
        b.append("public record ").append(cls).append('(').append(componentList(comps)).append(") {\n");
        if (late != null) {
            b.append("    /**\n     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether ").append(lateName)
                .append("\n     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.\n     */\n");
        } else {
            b.append("    /**\n     * Reads the request and checks its length: ")
                .append(allFixed ? "exactly its fixed size" : "its fixed part, then the lists and value lists it announces, padded to 4")
                .append(" (BadLength otherwise).\n     */\n");
        }
        b.append("    public static ").append(cls).append(" parse(RequestReader in_) {\n").append(p);
        b.append("        return new ").append(cls).append('(');
        for (int i = 0; i < comps.size(); i++) b.append(i > 0 ? ", " : "").append(comps.get(i).name());
        b.append(");\n    }\n");
        if (late != null) {
            String jt = comps.getLast().type();
            b.append("\n    /**\n     * The ").append(lateName).append(", or BadLength when the request's length does not match them. Take them where\n")
                .append("     * Xorg counts them: ").append(COUNTED_AFTER_ARGUMENTS.getOrDefault(r.name(), "after the lookups, before any change"))
                .append(".\n     */\n");
            b.append("    public ").append(jt).append(' ').append(lateName).append("() {\n        if (").append(lateName)
                .append(" == null) throw XError.length();\n        return ").append(lateName).append(";\n    }\n");
        }
        if (withReply) {
            List<Component> rc = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            writes(r.reply(), m, Ctx.REPLY, w, "            ", rc);
            b.append('\n');
            recordDoc(b, "    ", "The reply to " + r.name() + ".", rc);
            b.append("    public record Reply(").append(componentList(rc)).append(") implements ").append(BASE_PACKAGE).append(".Reply {\n");
            b.append("        @Override\n        public void write(ReplyWriter o) {\n").append(w).append("        }\n    }\n");
        }
        b.append("}\n");
        file(m, cls, b.toString());
    }

    private void eventFile(Module m, EventDef e) {
        String cls = Names.type(e.name()) + "Event";
        List<Component> comps = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String detail = writes(e.items(), m, Ctx.EVENT, w, "        ", comps);
        StringBuilder b = new StringBuilder();
        recordDoc(b, "", e.name() + " event (number " + e.number() + (m.core() ? "" : " from the extension's first event") + ").", comps);
        b.append("public record ").append(cls).append('(').append(componentList(comps)).append(") implements ")
            .append(BASE_PACKAGE).append(".Event {\n");
        b.append("    /** Event number").append(m.core() ? "" : m.header.equals("xkb") ? ": the xkbType in byte 1 (every XKB event has the extension's first event code)"
            : " relative to the extension's first event").append(". */\n");
        b.append("    public static final int NUMBER = ").append(e.number()).append(";\n\n");
        boolean accessor = comps.stream().anyMatch(c -> c.name().equals("detail") && c.type().equals("int")) && "detail".equals(detail);
        if (!accessor) {
            b.append("    @Override\n    public int detail() {\n        return ").append(detail).append(";\n    }\n\n");
        }
        b.append("    @Override\n    public void write(ReplyWriter o) {\n").append(w).append("    }\n}\n");
        file(m, cls, b.toString());
    }

    private void xgeEventFile(Module m, EventDef e) {
        String cls = Names.type(e.name()) + "Event";
        List<Component> comps = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        writes(e.items(), m, Ctx.STRUCT, w, "        ", comps);
        StringBuilder b = new StringBuilder();
        recordDoc(b, "", e.name() + " generic event (event type " + e.number() + "): fields from byte 10.", comps);
        b.append("public record ").append(cls).append('(').append(componentList(comps)).append(") implements ")
            .append(BASE_PACKAGE).append(".XgeEvent {\n");
        b.append("    /** The event type (bytes 8..9). */\n    public static final int NUMBER = ").append(e.number()).append(";\n\n");
        b.append("    @Override\n    public int eventType() {\n        return NUMBER;\n    }\n\n");
        b.append("    @Override\n    public void write(ReplyWriter o) {\n").append(w).append("    }\n}\n");
        file(m, cls, b.toString());
    }

    /** Widths of an event's fields in wire order over 32 bytes, or null. */
    private List<Integer> eventWidths(EventDef e) {
        List<Integer> w = new ArrayList<>();
        w.add(1);
        int index = 0;
        for (Item i : e.items()) {
            if (!widths(i, w)) return null;
            if (index == 0 && !e.noSequence()) {
                if (sum(w) != 2) return null;
                w.add(2);
            }
            index++;
        }
        if (e.items().isEmpty()) { w.add(1); w.add(2); }
        int s = sum(w);
        if (s > 32) return null;
        while (s++ < 32) w.add(1);
        return w;
    }

    private static int sum(List<Integer> l) { return l.stream().mapToInt(Integer::intValue).sum(); }

    private boolean widths(Item i, List<Integer> w) {
        switch (i) {
            case Pad p -> {
                int n = p.align() == 0 ? p.bytes() : (-sum(w)) & (p.align() - 1);
                for (int k = 0; k < n; k++) w.add(1);
                return true;
            }
            case Field f -> { return typeWidths(f.type(), 1, w); }
            case ListField l -> {
                Integer n = Model.constant(l.length());
                return n != null && typeWidths(l.type(), n, w);
            }
            default -> { return false; }
        }
    }

    private boolean typeWidths(Type t, int count, List<Integer> w) {
        for (int k = 0; k < count; k++) {
            if (t instanceof Prim p) w.add(p.size());
            else {
                Struct s = (Struct) t;
                if (s.union || s.eventStruct) return false;
                for (Item i : s.items) if (!widths(i, w)) return false;
            }
        }
        return true;
    }

    private void protocolFile(Module m, Map<Request, String> raw) {
        String cls = camel(m.header) + "Protocol";
        String handler = camel(m.header) + "Handler";
        StringBuilder b = new StringBuilder();
        b.append("/** ").append(m.core() ? "The core X protocol" : "The " + m.xname + " extension")
            .append(": opcodes, event and error numbers, event layouts and the request dispatch. */\n");
        b.append("public final class ").append(cls).append(" {\n    private ").append(cls).append("() { }\n\n");
        if (!m.core()) {
            b.append("    /** The name QueryExtension and ListExtensions use. */\n");
            b.append("    public static final String NAME = \"").append(m.xname).append("\";\n");
            if (!m.majorVersion.isEmpty()) {
                b.append("    /** The version xcb-proto describes. */\n");
                b.append("    public static final int MAJOR_VERSION = ").append(m.majorVersion).append(", MINOR_VERSION = ")
                    .append(m.minorVersion).append(";\n");
            }
            b.append('\n');
        }
        b.append("    // ").append(m.core() ? "Major" : "Minor").append(" opcodes.\n");
        for (Request r : m.requests) {
            b.append("    public static final int ").append(Names.constant(r.name())).append(" = ").append(r.opcode()).append(";\n");
        }
        int events = 0, errors = 0;
        for (EventDef e : m.events) if (!e.xge()) events = Math.max(events, e.number() + 1);
        // XKB sends all its events with one code, its first event; byte 1 (xkbType) tells them apart and is what
        // xcb-proto numbers them by.
        boolean oneCode = m.header.equals("xkb");
        if (oneCode) events = 1;
        for (var e : m.errors) errors = Math.max(errors, e.number() + 1);
        if (!m.core()) {
            b.append("\n    /** Events numbered from the extension's first event (the registry assigns the base). */\n");
            b.append("    public static final int EVENT_COUNT = ").append(events).append(";\n");
            b.append("    /** Errors numbered from the extension's first error. */\n");
            b.append("    public static final int ERROR_COUNT = ").append(errors).append(";\n");
        }
        if (!m.events.isEmpty()) {
            b.append("\n    // Event numbers").append(m.core() ? "" : oneCode ? " (XKB: the xkbType in byte 1; all use the first event's code)"
                : " relative to the first event (XGE events: their event type)").append(".\n");
            for (EventDef e : m.events) {
                b.append("    public static final int EVENT_").append(Names.constant(e.name())).append(" = ").append(e.number()).append(";\n");
            }
        }
        if (!m.errors.isEmpty()) {
            b.append("\n    // Error codes").append(m.core() ? "" : " relative to the first error").append(".\n");
            for (var e : m.errors) {
                b.append("    public static final int ERROR_").append(Names.constant(e.name())).append(" = ").append(e.number()).append(";\n");
            }
        }
        b.append("\n    /**\n     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for\n")
            .append("     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends\n")
            .append("     * on the event's contents (unions, such as ClientMessage's data).\n     *\n")
            .append("     * @param number the event's number").append(m.core() ? "" : " relative to the extension's first event").append("\n     */\n");
        if (oneCode) {
            b.append("    public static byte[] eventFieldWidths(int number) {\n")
                .append("        return null; // one event code for all: see eventFieldWidthsOfXkbType\n    }\n\n");
            b.append("    /** Like eventFieldWidths, for the XKB event whose byte 1 (xkbType) is {@code number}. */\n");
            b.append("    public static byte[] eventFieldWidthsOfXkbType(int number) {\n        return switch (number) {\n");
        } else {
            b.append("    public static byte[] eventFieldWidths(int number) {\n        return switch (number) {\n");
        }
        Map<String, List<Integer>> byLayout = new LinkedHashMap<>();
        for (EventDef e : m.events) {
            if (e.xge()) continue;
            List<Integer> w = eventWidths(e);
            if (w == null) continue;
            byLayout.computeIfAbsent(w.toString(), k -> new ArrayList<>()).add(e.number());
        }
        for (var en : byLayout.entrySet()) {
            b.append("            case ");
            List<Integer> nums = en.getValue();
            for (int i = 0; i < nums.size(); i++) b.append(i > 0 ? ", " : "").append(nums.get(i));
            b.append(" -> new byte[] {").append(en.getKey(), 1, en.getKey().length() - 1).append("};\n");
        }
        b.append("            default -> null;\n        };\n    }\n\n");
        b.append("    /**\n     * Parses a request of this ").append(m.core() ? "protocol" : "extension")
            .append(" (its length checked) and calls the handler's method for it.\n")
            .append("     * An opcode ").append(m.core() ? "the core protocol" : "the extension").append(" does not define is BadRequest.\n     */\n");
        b.append("    public static <C> void dispatch(").append(handler).append("<C> h, C client, RequestReader r, int opcode) {\n");
        b.append("        switch (opcode) {\n");
        for (Request r : m.requests) {
            String k = Names.constant(r.name());
            String late = checkedOnTake.get(r);
            if (late != null) {
                // A handler that returned without taking its list still gets the BadLength Xorg would answer.
                String t = Names.type(r.name());
                b.append("            case ").append(k).append(" -> {\n                ").append(t).append(" q_ = ").append(t)
                    .append(".parse(r);\n                h.").append(Names.method(r.name())).append("(client, q_);\n                q_.")
                    .append(late).append("();\n            }\n");
                continue;
            }
            b.append("            case ").append(k).append(" -> h.").append(Names.method(r.name())).append("(client, ")
                .append(raw.containsKey(r) ? "r" : Names.type(r.name()) + ".parse(r)").append(");\n");
        }
        b.append("            default -> throw new XError(XError.REQUEST, 0);\n        }\n    }\n}\n");
        file(m, cls, b.toString());
    }

    private void handlerFile(Module m, Map<Request, String> raw) {
        String cls = camel(m.header) + "Handler";
        StringBuilder b = new StringBuilder();
        b.append("/**\n * The requests of ").append(m.core() ? "the core protocol" : m.xname)
            .append(", one method each, called by ").append(camel(m.header)).append("Protocol.dispatch with the request parsed\n")
            .append(" * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as\n")
            .append(" * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator\n")
            .append(" * cannot describe yet get the RequestReader.\n");
        if (!m.core()) b.append(" * Requests not implemented by a handler answer BadImplementation.\n");
        b.append(" *\n * @param <C> the server's client type\n */\n");
        b.append("public interface ").append(cls).append("<C> {\n");
        boolean firstMethod = true;
        for (Request r : m.requests) {
            if (!firstMethod) b.append('\n');
            firstMethod = false;
            String arg = raw.containsKey(r) ? "RequestReader" : Names.type(r.name());
            b.append("    /** ").append(r.name()).append(" (").append(r.opcode()).append(")");
            if (raw.containsKey(r)) b.append(", not generated (").append(raw.get(r).replace("*/", "")).append("): decode it from the reader");
            b.append(". */\n");
            if (m.core()) {
                b.append("    void ").append(Names.method(r.name())).append("(C client, ").append(arg).append(" request);\n");
            } else {
                b.append("    default void ").append(Names.method(r.name())).append("(C client, ").append(arg).append(" request) {\n")
                    .append("        throw new XError(XError.IMPLEMENTATION, 0);\n    }\n");
            }
        }
        b.append("}\n");
        file(m, cls, b.toString());
    }

    private void enumsFile(Module m) {
        if (m.enums.isEmpty()) return;
        String cls = camel(m.header) + "Enums";
        StringBuilder b = new StringBuilder();
        b.append("/** The named values of ").append(m.core() ? "the core protocol" : m.xname).append(" (masks as bit values). */\n");
        b.append("public final class ").append(cls).append(" {\n    private ").append(cls).append("() { }\n");
        for (var e : m.enums) {
            String n = Names.type(e.name());
            b.append("\n    public static final class ").append(n).append(" {\n        private ").append(n).append("() { }\n\n");
            Set<String> seen = new HashSet<>();
            for (var it : e.items()) {
                String k = Names.constant(it.getKey());
                if (!seen.add(k)) continue;
                long v = it.getValue();
                String lit = v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? "(int) " + v + "L" : Long.toString(v);
                if (v >= 0x10000 && Long.bitCount(v) == 1) lit = "1 << " + Long.numberOfTrailingZeros(v);
                b.append("        public static final int ").append(k).append(" = ").append(lit).append(";\n");
            }
            b.append("    }\n");
        }
        b.append("}\n");
        file(m, cls, b.toString());
    }
}
