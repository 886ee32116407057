package id.padan.ingest;

import id.padan.job.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return byProfile.values().stream().filter(layout -> layout.kind() == kind).toList();
    }

    public Layout defaultFor(SourceKind kind) {
        return byProfile.get(defaultProfile(kind));
    }

    /**
     * The layout of a kind that recognizes the most columns of a header, so a file in a known variant needs no
     * profile in the job file. The default layout wins ties.
     */
    public Layout bestFor(SourceKind kind, List<String> header) {
        Layout best = defaultFor(kind);
        int bestCount = new HeaderMapper(best).map(header).columns().size();
        for (Layout layout : forKind(kind)) {
            int count = new HeaderMapper(layout).map(header).columns().size();
            if (count > bestCount) {
                best = layout;
                bestCount = count;
            }
        }
        return best;
    }
}
