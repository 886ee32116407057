package id.padan.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves the paths of a job file. Every path is relative to the job file's folder and must stay inside the job's
 * root, so that a job file copied from elsewhere cannot make padan read or write outside the folders meant for it.
 */
public final class JobPaths {
    private final Path baseDir;
    private final Path root;

    public JobPaths(JobDefinition job) {
        this.baseDir = job.baseDir().toAbsolutePath().normalize();
        this.root = job.root() == null || job.root().isBlank()
                ? baseDir
                : baseDir.resolve(job.root()).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Resolves a path; empty when it escapes the root (lexically, or through a symbolic link). */
    public java.util.Optional<Path> resolve(String path) {
        Path resolved = baseDir.resolve(path).toAbsolutePath().normalize();
        if (!resolved.startsWith(root)) {
            return java.util.Optional.empty();
        }
        try {
            Path existing = resolved;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !existing.toRealPath().startsWith(root.toRealPath())) {
                return java.util.Optional.empty();
            }
        } catch (IOException e) {
            return java.util.Optional.of(resolved);
        }
        return java.util.Optional.of(resolved);
    }

    public Path warehouse(JobDefinition job) {
        String path = job.warehouse() == null ? "work/" + job.name() + ".duckdb" : job.warehouse();
        return job.warehouse() == null ? root.resolve(path).normalize() : resolve(path).orElseThrow();
    }

    public Path output(JobDefinition job) {
        return job.output() == null ? root.resolve("out/" + job.name()).normalize() : resolve(job.output()).orElseThrow();
    }

    public static boolean isGlob(String path) {
        return path.contains("*") || path.contains("?") || path.contains("[") || path.contains("{");
    }

    /** The files a source names, sorted by path so that runs load them in a stable order. */
    public List<Path> expand(String path) throws IOException {
        if (!isGlob(path)) {
            return resolve(path).map(List::of).orElse(List.of());
        }
        Path pattern = baseDir.resolve(path).normalize();
        Path dir = pattern.getRoot();
        for (Path part : pattern) {
            if (isGlob(part.toString())) {
                break;
            }
            dir = dir.resolve(part);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().forEach(p -> {
                if (resolve(p.toString()).isPresent()) {
                    out.add(p);
                }
            });
        }
        return out;
    }
}
