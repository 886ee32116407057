package id.padan.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files padan writes hold personal data (UU 27/2022), so they are readable by their owner only. On file systems
 * without POSIX permissions (Windows shares) this is left to the folder's ACL.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    public static void restrict(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_RWX : OWNER_RW);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: permissions come from the folder.
        }
    }

    /** Creates a folder (and its parents) that only the owner can enter. */
    public static Path createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir);
        return dir;
    }
}
