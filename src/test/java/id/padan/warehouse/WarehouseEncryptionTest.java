package id.padan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseEncryptionTest {
    static final String KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==";
    /**
     * DuckDB writes encrypted files only with httpfs's OpenSSL crypto, which these build machines cannot download;
     * tests alone fall back to the unsafe built-in module. padan itself never sets this.
     */
    static final DuckDbDataSource.Setup UNSAFE_CRYPTO_FOR_TESTS = root -> {
        try (Statement s = root.createStatement()) {
            s.execute("SET force_mbedtls_unsafe = 'true'");
        }
    };

    @TempDir
    Path dir;

    @Test
    void anEncryptedWarehouseOpensOnlyWithItsKey() throws Exception {
        Path file = dir.resolve("w.duckdb");
        Warehouse.Settings settings = new Warehouse.Settings(null, null, null, KEY);
        try (Warehouse w = Warehouse.open(file, settings, UNSAFE_CRYPTO_FOR_TESTS)) {
            w.execute("CREATE TABLE person_std AS SELECT '6203014501540001' AS nik");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the NIK is not stored in clear").doesNotContain("6203014501540001");

        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:duckdb:" + file).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("without a key");
        assertThatThrownBy(() -> Warehouse.open(file, new Warehouse.Settings(null, null, null, KEY + "x"),
                UNSAFE_CRYPTO_FOR_TESTS).close())
                .isInstanceOf(WarehouseKeyException.class).hasMessageContaining("key is wrong");

        try (Warehouse w = Warehouse.open(file, settings, UNSAFE_CRYPTO_FOR_TESTS);
                Connection c = w.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nik FROM person_std")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("6203014501540001");
            assertThat(w.tableExists("BATCH_JOB_INSTANCE")).as("the job repository lives in the encrypted file").isTrue();
        }
    }

    @Test
    void withoutTheCryptoExtensionEncryptionIsRefusedWithWhatToDo() {
        Path file = dir.resolve("w.duckdb");
        assertThatThrownBy(() -> Warehouse.open(file, new Warehouse.Settings(null, null, null, KEY)).close())
                .isInstanceOf(WarehouseKeyException.class).hasMessageContaining("httpfs");
    }

    @Test
    void keysComeFromTheEnvironmentOrAnOwnerOnlyFile() throws Exception {
        assertThat(WarehouseKey.read(null, Map.of(), null)).as("no encryption asked").isNull();
        assertThat(WarehouseKey.read("PADAN_KEY", Map.of("PADAN_KEY", KEY), null)).isEqualTo(KEY);
        assertThatThrownBy(() -> WarehouseKey.read("PADAN_KEY", Map.of(), null))
                .hasMessageContaining("PADAN_KEY, which is not set");
        assertThatThrownBy(() -> WarehouseKey.read("PADAN_KEY", Map.of("PADAN_KEY", "short"), null))
                .hasMessageContaining("has 5 characters");

        Path keyFile = dir.resolve("kapuas.key");
        Files.writeString(keyFile, KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> WarehouseKey.read(null, Map.of(), keyFile)).hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        assertThat(WarehouseKey.read(null, Map.of(), keyFile)).as("trailing newline stripped").isEqualTo(KEY);
        assertThatThrownBy(() -> WarehouseKey.read("PADAN_KEY", Map.of("PADAN_KEY", KEY), keyFile))
                .hasMessageContaining("keep one of them");
        assertThatThrownBy(() -> WarehouseKey.read(null, Map.of(), dir.resolve("missing.key")))
                .hasMessageContaining("does not exist");
    }
}
