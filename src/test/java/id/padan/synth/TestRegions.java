package id.padan.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The region table for tests: the shipped classpath resource when it is there, else the shared reference copy
 * (another branch adds the resource to the project).
 */
final class TestRegions {
    static final Path SHARED = Path.of("/work/shared/data/wilayah/wilayah_kemendagri_2025.csv");
    private static RegionTable cached;

    private TestRegions() {
    }

    static synchronized RegionTable get() throws IOException {
        if (cached == null) {
            InputStream in = TestRegions.class.getClassLoader().getResourceAsStream(RegionTable.RESOURCE);
            if (in != null) {
                try (InputStream s = in) {
                    cached = RegionTable.read(s);
                }
            } else {
                try (Reader r = Files.newBufferedReader(SHARED, StandardCharsets.UTF_8)) {
                    cached = RegionTable.read(r);
                }
            }
        }
        return cached;
    }
}
