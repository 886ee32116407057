package id.padan.ingest;

import id.padan.job.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known layouts. Built-in ones are listed, one file name a line, in {@code padan/layouts/index.txt}, because a
 * classpath directory cannot be listed reliably inside a jar; adding a profile is adding its YAML file and one line.
 *
 * <p>Each kind has a default layout whose profile is the kind's id with dashes plus {@code -default}, e.g.
 * {@code civil-servants-default}.
 */
public final class LayoutCatalog {
    public static final String DIRECTORY = "padan/layouts/";
    public static final String INDEX = DIRECTORY + "index.txt";

    private static volatile LayoutCatalog builtIn;

    private final Map<String, Layout> byProfile = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException if two layouts share a profile name, or a kind has no default layout
     */
    public LayoutCatalog(List<Layout> layouts) {
        for (Layout layout : layouts) {
            if (byProfile.putIfAbsent(layout.profile(), layout) != null) {
                throw new IllegalArgumentException("two layouts are named " + layout.profile());
            }
        }
        for (SourceKind kind : SourceKind.values()) {
            Layout fallback = byProfile.get(defaultProfile(kind));
            if (fallback == null || fallback.kind() != kind) {
                throw new IllegalArgumentException("no default layout " + defaultProfile(kind) + " for kind "
                        + kind.id());
            }
        }
    }

    /** The layouts shipped with padan, read once. */
    public static LayoutCatalog builtIn() {
        LayoutCatalog catalog = builtIn;
        if (catalog == null) {
            synchronized (LayoutCatalog.class) {
                if (builtIn == null) {
                    builtIn = load(LayoutCatalog.class.getClassLoader(), INDEX);
                }
                catalog = builtIn;
            }
        }
        return catalog;
    }

    /** Reads the layouts an index resource lists; blank lines and lines starting with '#' are ignored. */
    public static LayoutCatalog load(ClassLoader loader, String indexResource) {
        String directory = indexResource.contains("/")
                ? indexResource.substring(0, indexResource.lastIndexOf('/') + 1)
                : "";
        List<Layout> layouts = new ArrayList<>();
        for (String name : indexEntries(loader, indexResource)) {
            String resource = directory + name;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(indexResource + " lists " + name + ", but " + resource
                            + " is not on the classpath");
                }
                layouts.add(Layout.parse(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new LayoutCatalog(layouts);
    }

    private static List<String> indexEntries(ClassLoader loader, String indexResource) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(indexResource)) {
            if (in == null) {
                throw new IllegalStateException("the layout index " + indexResource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + indexResource, e);
        }
        return names;
    }

    public static String defaultProfile(SourceKind kind) {
        return kind.id().replace('_', '-') + "-default";
    }

    public List<Layout> all() {
        return List.copyOf(byProfile.values());
    }

    public Optional<Layout> profile(String name) {
        return Optional.ofNullable(byProfile.get(name));
    }

    public List<Layout> forKind(SourceKind kind) {
        return byProfile.values().stream().filter(layout -> layout.kind() == kind && layout.wholeFile()).toList();
    }

    public Layout defaultFor(SourceKind kind) {
        return byProfile.get(defaultProfile(kind));
    }

    /**
     * The layout of a kind that fits a header best, so a file in a known variant needs no profile in the job file:
     * a layout whose fixed header is exactly the file's wins; otherwise the one that maps the most columns, then the
     * one whose fixed header shares the most columns with the file. The default layout wins ties.
     */
    public Layout bestFor(SourceKind kind, List<String> header) {
        Layout best = defaultFor(kind);
        int[] bestScore = score(best, header);
        for (Layout layout : forKind(kind)) {
            int[] score = score(layout, header);
            if (Arrays.compare(score, bestScore) > 0) {
                best = layout;
                bestScore = score;
            }
        }
        return best;
    }

    private static int[] score(Layout layout, List<String> header) {
        return score(layout, header, new HeaderMapper(layout).map(header));
    }

    /**
     * Exact fit, then mapped columns, then how well the layout's fixed header matches: shared columns less the ones
     * the file lacks, so a header of two common names does not pull a thirteen-column export away from the default
     * (alias-only layouts score 0 there).
     */
    private static int[] score(Layout layout, List<String> header, HeaderMapping mapping) {
        int resemblance = layout.header().isEmpty() ? 0
                : layout.sharedColumns(header) - layout.missingFrom(header).size();
        return new int[] {layout.fitsExactly(header) ? 1 : 0, mapping.columns().size(), resemblance};
    }

    /**
     * The layout of any kind that fits a header best, for a file whose kind nobody said ({@code padan inspect}):
     * an exact fixed header first, then the usable mapping with the most columns, then the best resemblance. The
     * families half of DTSEN counts as readable when it has id_keluarga. Empty when no layout can read the header.
     */
    public Optional<Layout> detect(List<String> header) {
        Layout best = null;
        int[] bestScore = null;
        for (Layout layout : byProfile.values()) {
            HeaderMapping mapping = new HeaderMapper(layout).map(header);
            boolean readable = layout.wholeFile() ? mapping.usable() : mapping.columnOf("id_keluarga") >= 0;
            if (!readable) {
                continue;
            }
            int[] score = score(layout, header, mapping);
            if (bestScore == null || Arrays.compare(score, bestScore) > 0) {
                best = layout;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The layout with a fixed header that shares the most columns with a file's header, for telling someone whose
     * file fits nothing which export it resembles and what it lacks. Empty when no fixed header shares a column.
     *
     * @param kind the kind to look in, or null for every kind
     */
    public Optional<Layout> closest(SourceKind kind, List<String> header) {
        Layout best = null;
        int bestShared = 0;
        for (Layout layout : byProfile.values()) {
            if (kind != null && layout.kind() != kind) {
                continue;
            }
            int shared = layout.sharedColumns(header);
            if (shared > bestShared) {
                best = layout;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Sheet names that layouts keep their rows on, in catalog order (OpenSID's {@code Peserta}). */
    public List<String> knownSheets() {
        return byProfile.values().stream().map(Layout::sheet).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
