package id.padan.warehouse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stops two runs of one job at once. The lock is an OS file lock on {@code <warehouse>.lock}: the kernel releases it
 * when the holder dies, even by kill -9, so a lock left by a killed run never blocks the next one. The file's text
 * (pid, start, command) only serves the message shown to whoever is refused.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path warehouse) {
        return warehouse.resolveSibling(warehouse.getFileName() + ".lock");
    }

    /**
     * Takes the lock of a warehouse.
     *
     * @throws HeldException when another live process holds it
     */
    public static RunLock acquire(Path warehouse, String command) throws IOException, HeldException {
        Path file = lockFileOf(warehouse);
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // Held by this same JVM (an in-process second run, as in tests): the same answer as another process.
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new HeldException(file, readHolder(file));
        }
        String holder = "pid " + ProcessHandle.current().pid() + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", command: " + command + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        OwnerOnlyFiles.restrict(file);
        return new RunLock(channel, lock);
    }

    /** Whether a live process holds the lock now, without taking it. */
    public static boolean isHeld(Path warehouse) throws IOException {
        Path file = lockFileOf(warehouse);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return true;
            }
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }

    public static String readHolder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown holder";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another run of the same job holds the lock. */
    public static final class HeldException extends Exception {
        public HeldException(Path lockFile, String holder) {
            super("another padan run of this job is in progress (" + holder + "); lock file " + lockFile
                    + ". Wait for it to finish, or check that process; the lock frees itself when it ends.");
        }
    }
}
