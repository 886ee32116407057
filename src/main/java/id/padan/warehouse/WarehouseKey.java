package id.padan.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where the key of an encrypted warehouse comes from: an environment variable or a file only its owner can read. */
public final class WarehouseKey {
    static final int MIN_LENGTH = 16;

    private WarehouseKey() {
    }

    /**
     * @return the key, or null when the job asks for no encryption
     */
    public static String read(String envName, Map<String, String> env, Path keyFile) throws WarehouseKeyException {
        if (envName != null && keyFile != null) {
            throw new WarehouseKeyException("the job names both duckdb.encryption_key_env and duckdb.encryption_key_file;"
                    + " keep one of them");
        }
        String key;
        String from;
        if (envName != null) {
            key = env.get(envName);
            from = "environment variable " + envName;
            if (key == null || key.isBlank()) {
                throw new WarehouseKeyException("the warehouse is encrypted with the key in environment variable "
                        + envName + ", which is not set; export it (for cron, in the environment of the job) and run again");
            }
        } else if (keyFile != null) {
            from = "key file " + keyFile;
            if (!Files.isRegularFile(keyFile)) {
                throw new WarehouseKeyException("the warehouse key file " + keyFile + " does not exist; create it"
                        + " (e.g. 'head -c 32 /dev/urandom | base64 > FILE; chmod 600 FILE') or fix duckdb.encryption_key_file");
            }
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
                Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
                others.retainAll(permissions);
                if (!others.isEmpty()) {
                    throw new WarehouseKeyException("the warehouse key file " + keyFile + " can be read or written by"
                            + " others; make it readable by its owner only: chmod 600 " + keyFile);
                }
                key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            } catch (UnsupportedOperationException e) {
                throw new WarehouseKeyException("cannot check who may read " + keyFile + " on this file system;"
                        + " use duckdb.encryption_key_env instead");
            } catch (IOException e) {
                throw new WarehouseKeyException("cannot read the warehouse key file " + keyFile + ": " + e.getMessage());
            }
        } else {
            return null;
        }
        if (key.length() < MIN_LENGTH) {
            throw new WarehouseKeyException("the warehouse key in " + from + " has " + key.length() + " characters;"
                    + " use at least " + MIN_LENGTH + " (e.g. 'head -c 32 /dev/urandom | base64')");
        }
        return key;
    }
}
