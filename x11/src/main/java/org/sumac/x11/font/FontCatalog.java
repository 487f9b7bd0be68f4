package org.sumac.x11.font;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The core fonts of one display: a font path (directories with fonts.dir / fonts.alias, plus "built-ins")
 * resolved the way Xorg with libXfont does for OpenFont, ListFonts and ListFontsWithInfo.
 * Thread-safe. Directory tables are read on first use; fonts are parsed on first open and cached in this
 * catalog's {@link FontCache}, which {@link #withFontPath(List)} hands on to the new catalog.
 */
public final class FontCatalog {

    /** Xvfb's compiled-in default font path (Debian); elements that do not exist are dropped at start. */
    public static final List<String> XVFB_DEFAULT_FONT_PATH = List.of(
            "/usr/share/fonts/X11/misc",
            "/usr/share/fonts/X11/100dpi/:unscaled",
            "/usr/share/fonts/X11/75dpi/:unscaled",
            "/usr/share/fonts/X11/Type1",
            "/usr/share/fonts/X11/100dpi",
            "/usr/share/fonts/X11/75dpi",
            FontDirectory.BUILTINS);

    /** Longer names and patterns are refused (Xorg answers BadAlloc/BadName); bounds matching effort. */
    public static final int MAX_NAME_LENGTH = 1023;

    /** Alias chains longer than this fail, as in Xorg. */
    private static final int MAX_ALIAS_DEPTH = 20;

    /** A font path element the server cannot use: SetFontPath answers BadValue. */
    public static final class InvalidFontPathException extends Exception {
        private final int index;

        InvalidFontPathException(int index, String element) {
            super("bad font path element " + index + ": " + element);
            this.index = index;
        }

        /** Position of the offending element in the requested path. */
        public int index() {
            return index;
        }
    }

    /** Parsed fonts by file, shared by the successive font paths of one display. */
    public static final class FontCache {
        /** Scaled fonts kept for reuse; bounded so clients asking for endless sizes cannot hoard memory. */
        private static final int MAX_SCALED_FONTS = 64;

        private final ConcurrentMap<String, Optional<CoreFont>> fonts = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Optional<CoreFont>> scaledFonts = new ConcurrentHashMap<>();

        Optional<CoreFont> scaled(String key, java.util.function.Supplier<Optional<CoreFont>> make) {
            Optional<CoreFont> hit = scaledFonts.get(key);
            if (hit != null) {
                return hit;
            }
            Optional<CoreFont> made = make.get();
            if (scaledFonts.size() >= MAX_SCALED_FONTS) {
                scaledFonts.clear();
            }
            scaledFonts.put(key, made);
            return made;
        }

        Optional<CoreFont> get(FontDirectory directory, String fileName) {
            String key = directory.isBuiltins() ? "builtin:" + fileName : directory.resolve(fileName).toString();
            return fonts.computeIfAbsent(key, k -> {
                try {
                    if (directory.isBuiltins()) {
                        return Optional.of(BuiltinFonts.load(fileName));
                    }
                    return Optional.of(PcfReader.read(java.nio.file.Files.readAllBytes(directory.resolve(fileName))));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            });
        }
    }

    /** A ListFontsWithInfo result: the listed name and the font it opens. */
    public record NamedFont(String name, CoreFont font) {
    }

    private final List<FontDirectory> directories;
    private final List<String> fontPath;
    private final FontCache cache;
    /** libXfont's "client resolution": 75 or 100 dpi from the screen size; Xvfb's default screen gives 100. */
    private final int resolutionX;
    private final int resolutionY;

    private FontCatalog(List<FontDirectory> directories, FontCache cache) {
        this(directories, cache, 100, 100);
    }

    private FontCatalog(List<FontDirectory> directories, FontCache cache, int resolutionX, int resolutionY) {
        this.directories = List.copyOf(directories);
        this.fontPath = directories.stream().map(FontDirectory::element).toList();
        this.cache = cache;
        this.resolutionX = resolutionX;
        this.resolutionY = resolutionY;
    }

    /**
     * The same catalog for a screen of the given size: XLFD listings complete sizes at 75 dpi when the
     * screen is under 88 dpi, else at 100 dpi (as Xorg's font code does for screen 0).
     */
    public FontCatalog withScreenSize(int widthPixels, int heightPixels, int widthMillimetres, int heightMillimetres) {
        int x = widthMillimetres > 0 && widthPixels * 25.4 / widthMillimetres < 88 ? 75 : 100;
        int y = heightMillimetres > 0 && heightPixels * 25.4 / heightMillimetres < 88 ? 75 : 100;
        return new FontCatalog(directories, cache, x, y);
    }

    /** Xvfb's default font path, keeping the elements that exist on this machine (plus built-ins). */
    public static FontCatalog xvfbDefault() {
        return lenient(XVFB_DEFAULT_FONT_PATH, new FontCache());
    }

    /** A catalog for an explicit path (e.g. -fp); unusable elements are skipped, as Xorg does at start-up. */
    public static FontCatalog lenient(List<String> elements) {
        return lenient(elements, new FontCache());
    }

    private static FontCatalog lenient(List<String> elements, FontCache cache) {
        List<FontDirectory> dirs = new ArrayList<>();
        for (String element : elements) {
            FontDirectory dir = FontDirectory.forElement(element);
            if (dir != null) {
                dirs.add(dir);
            }
        }
        return new FontCatalog(dirs, cache);
    }

    /**
     * SetFontPath: a catalog for exactly these elements, sharing this one's parsed fonts. An empty list
     * restores the default path (as Xorg does).
     *
     * @throws InvalidFontPathException when an element is unusable (the request fails with BadValue)
     */
    public FontCatalog withFontPath(List<String> elements) throws InvalidFontPathException {
        if (elements.isEmpty()) {
            FontCatalog defaults = lenient(XVFB_DEFAULT_FONT_PATH, cache);
            return new FontCatalog(defaults.directories, cache, resolutionX, resolutionY);
        }
        List<FontDirectory> dirs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            FontDirectory dir = FontDirectory.forElement(elements.get(i));
            if (dir == null) {
                throw new InvalidFontPathException(i, elements.get(i));
            }
            dirs.add(dir);
        }
        return new FontCatalog(dirs, cache, resolutionX, resolutionY);
    }

    /** GetFontPath: the elements in use, spelled as given. */
    public List<String> fontPath() {
        return fontPath;
    }

    /**
     * ListFonts: names matching the pattern ('*' and '?' wildcards, case-insensitive), at most maxNames,
     * in Xvfb's order: per path element its fonts and aliases sorted, then its scalable names. An alias is
     * listed (under its own name) only if its target resolves somewhere on the path; duplicates between
     * elements are kept, as Xvfb keeps them.
     */
    public List<String> listFonts(String pattern, int maxNames) {
        List<String> names = new ArrayList<>();
        String lowerPattern = FontNames.lower(pattern);
        if (lowerPattern.isEmpty() || lowerPattern.length() > MAX_NAME_LENGTH) {
            return names;
        }
        for (FontDirectory dir : directories) {
            if (names.size() >= maxNames) {
                break;
            }
            for (FontDirectory.Entry entry : dir.list(lowerPattern, maxNames - names.size(), resolutionX, resolutionY)) {
                if (!entry.isAlias() || aliasResolves(entry.aliasTarget())) {
                    names.add(entry.name());
                }
            }
        }
        return names;
    }

    /** Whether an alias target lists as something real on the path (following nested aliases). */
    private boolean aliasResolves(String target) {
        String pattern = target;
        for (int depth = 0; depth < MAX_ALIAS_DEPTH; depth++) {
            String next = null;
            for (FontDirectory dir : directories) {
                List<FontDirectory.Entry> found = dir.list(pattern, 1, resolutionX, resolutionY);
                if (found.isEmpty()) {
                    continue;
                }
                FontDirectory.Entry first = found.getFirst();
                if (!first.isAlias()) {
                    return true;
                }
                next = first.aliasTarget();
                break;
            }
            if (next == null) {
                return false;
            }
            pattern = next;
        }
        return false;
    }

    /**
     * OpenFont: the first path element with a font or alias matching the name (wildcards allowed) wins;
     * aliases restart the search from the first element with their target; an exact scalable family name
     * ("-0-0-" sizes) opens the family's 12-point bitmap; other sizes are scaled from the nearest bitmap
     * ({@link ScaledFonts}). Empty: BadName.
     */
    public Optional<CoreFont> open(String name) {
        String pattern = FontNames.lower(name);
        if (pattern.isEmpty() || pattern.length() > MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        int aliasesFollowed = 0;
        restart:
        while (true) {
            for (FontDirectory dir : directories) {
                FontDirectory.Entry entry = dir.find(pattern);
                if (entry == null) {
                    continue;
                }
                if (entry.isAlias()) {
                    if (++aliasesFollowed > MAX_ALIAS_DEPTH) {
                        return Optional.empty();
                    }
                    pattern = entry.aliasTarget();
                    continue restart;
                }
                Optional<CoreFont> font = cache.get(dir, entry.fileName());
                if (font.isPresent()) {
                    return font;
                }
            }
            // No bitmap name matched: a scalable family name opens its 12-point bitmap, as on Xvfb.
            for (FontDirectory dir : directories) {
                if (dir.isScalableName(pattern)) {
                    FontDirectory.Entry instance = dir.twelvePointInstance(pattern);
                    if (instance != null) {
                        return cache.get(dir, instance.fileName());
                    }
                }
            }
            // Any other size of a scalable family: libXfont scales the nearest bitmap.
            Optional<CoreFont> scaled = scaledFont(pattern);
            if (scaled.isEmpty() && FontNames.hasWildcard(pattern)) {
                // A wildcard XLFD opens the first scaled name the pattern lists.
                for (FontDirectory dir : directories) {
                    for (FontDirectory.Entry entry : dir.list(pattern, 64, resolutionX, resolutionY)) {
                        if (!entry.isAlias() && dir.find(entry.name()) == null && !dir.isScalableName(entry.name())) {
                            scaled = scaledFont(entry.name());
                            if (scaled.isPresent()) {
                                return scaled;
                            }
                        }
                    }
                }
            }
            return scaled;
        }
    }

    /**
     * ListFontsWithInfo, as Xvfb answers it: per path element the entries ListFonts would list, where an
     * alias is reported under its target's name (built-in aliases under the zero-size family name, a quirk
     * of libXfont's built-ins) with the target's info, and a scalable family name with the info of its
     * 12-point bitmap (scaled to 12 points when there is none); names of other sizes with the font the
     * bitmap scaler makes.
     */
    public List<NamedFont> listFontsWithInfo(String pattern, int maxNames) {
        List<NamedFont> result = new ArrayList<>();
        String lowerPattern = FontNames.lower(pattern);
        if (lowerPattern.isEmpty() || lowerPattern.length() > MAX_NAME_LENGTH) {
            return result;
        }
        for (FontDirectory dir : directories) {
            if (result.size() >= maxNames) {
                break;
            }
            for (FontDirectory.Entry entry : dir.list(lowerPattern, maxNames - result.size(), resolutionX,
                    resolutionY)) {
                if (result.size() >= maxNames) {
                    break;
                }
                if (entry.isAlias()) {
                    String reported = entry.aliasTarget();
                    if (dir.isBuiltins()) {
                        String scalable = FontNames.scalableName(FontNames.xlfdFields(reported));
                        reported = scalable != null ? scalable : reported;
                    }
                    String shown = reported;
                    infoFont(reported).ifPresent(font -> result.add(new NamedFont(shown, font)));
                } else if (dir.isScalableName(entry.name())) {
                    FontDirectory.Entry instance = dir.twelvePointInstance(entry.name());
                    Optional<CoreFont> font = instance != null ? cache.get(dir, instance.fileName())
                            : scaledFont(entry.name());
                    font.ifPresent(f -> result.add(new NamedFont(entry.name(), f)));
                } else {
                    FontDirectory.Entry exact = dir.find(entry.name());
                    if (exact != null && !exact.isAlias()) {
                        cache.get(dir, exact.fileName()).ifPresent(font -> result.add(new NamedFont(entry.name(), font)));
                    } else if (exact == null) {
                        scaledFont(entry.name())
                                .ifPresent(font -> result.add(new NamedFont(entry.name(), font)));
                    }
                }
            }
        }
        return result;
    }

    /** The font whose info ListFontsWithInfo reports for a name: like OpenFont, plus scalable family names. */
    private Optional<CoreFont> infoFont(String lowerName) {
        String pattern = lowerName;
        for (int depth = 0; depth <= MAX_ALIAS_DEPTH; depth++) {
            String next = null;
            for (FontDirectory dir : directories) {
                FontDirectory.Entry entry = dir.find(pattern);
                if (entry != null && entry.isAlias()) {
                    next = entry.aliasTarget();
                    break;
                }
                if (entry != null) {
                    Optional<CoreFont> font = cache.get(dir, entry.fileName());
                    if (font.isPresent()) {
                        return font;
                    }
                } else if (dir.isScalableName(pattern)) {
                    FontDirectory.Entry instance = dir.twelvePointInstance(pattern);
                    if (instance != null) {
                        return cache.get(dir, instance.fileName());
                    }
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            pattern = next;
        }
        return Optional.empty();
    }

    /** A name only the bitmap scaler can open, scaled once per path, resolution and name. */
    private Optional<CoreFont> scaledFont(String lowerName) {
        String key = fontPath + " " + resolutionX + "x" + resolutionY + " " + lowerName;
        return cache.scaled(key, () -> ScaledFonts.open(directories, cache, lowerName, resolutionX, resolutionY));
    }

    /** The shared parsed-font cache of this display. */
    public FontCache cache() {
        return cache;
    }

    @Override
    public String toString() {
        return "FontCatalog" + fontPath;
    }
}
