package id.padan.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temp directories under {@code java.io.tmpdir}, which the build points into {@code target/} without creating it;
 * this creates it first. Use as {@code @TempDir(factory = TargetTempDir.class)}.
 */
public final class TargetTempDir implements TempDirFactory {
    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws Exception {
        Path root = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        return Files.createTempDirectory(root, "padan-ingest-");
    }
}
