package id.padan.ingest;

import static id.padan.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {
    @TempDir(factory = TargetTempDir.class)
    Path dir;

    @Test
    void knownDigests() {
        assertThat(FileDigest.sha256(write(dir, "abc.csv", "abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(FileDigest.sha256(write(dir, "empty.csv", new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sameContentSameDigestAcrossBufferBoundaries() {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        String first = FileDigest.sha256(write(dir, "a.csv", content));
        assertThat(FileDigest.sha256(write(dir, "b.csv", content))).isEqualTo(first).hasSize(64);
        content[150_000]++;
        assertThat(FileDigest.sha256(write(dir, "c.csv", content))).isNotEqualTo(first);
    }

    @Test
    void anUnreadableFileIsAUserError() {
        assertThatThrownBy(() -> FileDigest.sha256(dir.resolve("hilang.csv"))).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("hilang.csv: cannot be read");
    }
}
