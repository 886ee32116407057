package id.padan.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SynthDeterminismTest {

    static Map<String, String> digests(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] buf = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        md.update(buf, 0, n);
                    }
                }
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(md.digest()));
            }
        }
        return out;
    }

    @Test
    void sameOptionsGiveByteIdenticalFiles() throws Exception {
        Path a = TestDirs.create("synth-a");
        Path b = TestDirs.create("synth-b");
        Path c = TestDirs.create("synth-c");
        try {
            RegionTable regions = TestRegions.get();
            SynthOptions o = SynthOptions.of(600, 7L, "62.03", a);
            SynthReport ra = new Synthesizer(regions).run(o);
            SynthReport rb = new Synthesizer(regions).run(o.withOutDir(b));
            new Synthesizer(regions).run(new SynthOptions(600, 8L, "62.03", c, o.period1Date(), o.period2Date(),
                    o.noise()));

            Map<String, String> da = digests(a);
            Map<String, String> db = digests(b);
            assertThat(da).hasSize(16); // 9 input files, 6 truth CSVs, truth/README.txt
            assertThat(db).isEqualTo(da);
            assertThat(ra.files()).isEqualTo(rb.files());
            assertThat(ra.plantedPerFlag()).isEqualTo(rb.plantedPerFlag());
            assertThat(ra.files().keySet()).containsExactly("dtks_62.03.txt", "pkh_2026_t1.csv",
                    "pkh_2026_t2.csv", "kip_2026_t1.csv", "kip_2026_t2.csv", "pengaduan_puskesos.csv",
                    "kematian_dukcapil.csv", "pns.csv", "penduduk_desa.csv", "truth/persons.csv",
                    "truth/links.csv", "truth/flags.csv", "truth/drops.csv", "truth/complaint_links.csv",
                    "truth/traps.csv");

            Map<String, String> dc = digests(c);
            assertThat(dc.get("dtks_62.03.txt")).as("another seed, another population")
                    .isNotEqualTo(da.get("dtks_62.03.txt"));
        } finally {
            TestDirs.delete(a);
            TestDirs.delete(b);
            TestDirs.delete(c);
        }
    }

    @Test
    void noiseDoesNotChangeThePopulationOnlyTheCopies() throws Exception {
        Path a = TestDirs.create("synth-noise0");
        Path b = TestDirs.create("synth-noise1");
        try {
            RegionTable regions = TestRegions.get();
            SynthOptions o = SynthOptions.of(400, 11L, "62.03", a).withNoise(0);
            SynthReport r0 = new Synthesizer(regions).run(o);
            SynthReport r1 = new Synthesizer(regions).run(o.withOutDir(b).withNoise(1));
            assertThat(r1.persons()).isEqualTo(r0.persons());
            assertThat(r1.plantedPerFlag()).isEqualTo(r0.plantedPerFlag());
            // with noise 0 the baseline copies are exact: no noise operation outside the planted rows
            Tables links = Tables.read(a.resolve("truth/links.csv"), java.nio.charset.StandardCharsets.UTF_8, ',');
            Tables flags = Tables.read(a.resolve("truth/flags.csv"), java.nio.charset.StandardCharsets.UTF_8, ',');
            java.util.Set<String> planted = new java.util.HashSet<>();
            for (Map<String, String> f : flags.rows) {
                planted.add(f.get("source_file") + "#" + f.get("source_row"));
            }
            for (Map<String, String> l : links.rows) {
                if (l.get("source_file").startsWith("pengaduan") || planted.contains(l.get("source_file") + "#"
                        + l.get("source_row"))) {
                    continue;
                }
                assertThat(l.get("noise")).as("%s", l).isEmpty();
                assertThat(l.get("nik_written")).isEqualTo("SAME");
            }
        } finally {
            TestDirs.delete(a);
            TestDirs.delete(b);
        }
    }
}
