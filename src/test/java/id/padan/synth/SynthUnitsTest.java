package id.padan.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynthUnitsTest {

    @Test
    void nikIsComposedWithFortyAddedForWomenAndChecked() throws IOException {
        RegionTable regions = TestRegions.get();
        String man = Nik.compose("620301", LocalDate.of(1985, 3, 7), false, 12);
        String woman = Nik.compose("620301", LocalDate.of(1985, 3, 7), true, 12);
        assertThat(man).isEqualTo("6203010703850012");
        assertThat(woman).isEqualTo("6203014703850012");
        assertThat(Nik.problem(man, false, regions)).isNull();
        assertThat(Nik.problem(woman, true, regions)).isNull();
        assertThat(Nik.problem(woman, false, regions)).isEqualTo(Nik.SEX_MISMATCH);
        assertThat(Nik.problem("620301070385001", null, regions)).isEqualTo(Nik.LENGTH);
        assertThat(Nik.problem("6203010713850012", null, regions)).isEqualTo(Nik.BAD_DATE);
        assertThat(Nik.problem("6203013202850012", null, regions)).isEqualTo(Nik.BAD_DATE);
        assertThat(Nik.problem("6203010703850000", null, regions)).isEqualTo(Nik.SERIAL_ZERO);
        assertThat(Nik.problem("6203990703850012", null, regions)).isEqualTo(Nik.UNKNOWN_REGION);
        assertThat(Nik.problem("6.20301E+15xxxxx", null, regions)).isEqualTo(Nik.NOT_DIGITS);
        assertThat(Nik.problem("6203012902000012", null, regions)).as("29 Feb 2000").isNull();
    }

    @Test
    void nikTyposStayValidWithTheSameSexAndRegion() throws IOException {
        RegionTable regions = TestRegions.get();
        SplittableRandom r = new SplittableRandom(1);
        String nik = "6203014703850012";
        for (int i = 0; i < 500; i++) {
            String t = Nik.typo(nik, true, r, regions);
            assertThat(t).isNotNull().isNotEqualTo(nik).startsWith("620301");
            assertThat(Nik.problem(t, true, regions)).isNull();
            int diff = 0;
            for (int k = 0; k < 16; k++) {
                diff += t.charAt(k) != nik.charAt(k) ? 1 : 0;
            }
            assertThat(diff).isBetween(1, 2);
        }
    }

    @ParameterizedTest
    @CsvSource({"SUSANTO,OE", "JOKO,DJ", "CAHYO,TJ", "SYAIFUL,SJ", "KHOIRUL,CH", "YUSUF,J"})
    void oldSpellings(String name, String marker) {
        Noise n = new Noise(new SplittableRandom(5), 1.0);
        boolean seen = false;
        for (int i = 0; i < 60 && !seen; i++) {
            Noise.Name parsed = Noise.Name.parse(name);
            n.oldSpelling(parsed, null);
            seen = parsed.render().contains(marker) && !parsed.render().equals(name);
        }
        assertThat(seen).as("%s gets %s", name, marker).isTrue();
    }

    @Test
    void respellAlwaysChangesTheNameAndKeepsItRecognisable() {
        Noise n = new Noise(new SplittableRandom(9), 0.0);
        NameBank names = names();
        for (String s : new String[]{"SITI AMINAH", "MUHAMMAD RIZKY", "BUDI", "HJ. NUR HASANAH"}) {
            for (int i = 0; i < 50; i++) {
                StringBuilder trace = new StringBuilder();
                String r = n.respell(s, !s.startsWith("SITI") && !s.contains("NUR"), 40, names, trace);
                assertThat(r).isNotEqualTo(s);
                assertThat(trace).isNotEmpty();
            }
        }
        for (int i = 0; i < 200; i++) {
            StringBuilder trace = new StringBuilder();
            String r = n.respell("RIZKY ANANDA", true, 12, names, trace);
            assertThat(r).isNotEqualTo("RIZKY ANANDA").doesNotContain("H.", "S.PD", ", SE");
        }
        // level 0: ordinary noise is off
        assertThat(n.name("SITI AMINAH", false, 40, null, names, new StringBuilder())).isEqualTo("SITI AMINAH");
    }

    @Test
    void nameParsingKeepsTitlesAndDegreesApart() {
        Noise.Name n = Noise.Name.parse("HJ. SITI AMINAH, S.PD");
        assertThat(n.title).isEqualTo("HJ.");
        assertThat(n.tokens).containsExactly("SITI", "AMINAH");
        assertThat(n.degree).isEqualTo(", S.PD");
        assertThat(n.render()).isEqualTo("HJ. SITI AMINAH, S.PD");
        assertThat(SynthRun.plainName("H. AHMAD, SE")).isEqualTo("AHMAD");
    }

    @Test
    void nameBankGivesSexConsistentUpperCaseNames() {
        NameBank names = names();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            String n = names.fullName(r, i % 2 == 0, 20 + i % 60);
            assertThat(n).matches("[A-Z']+( [A-Z']+){0,2}");
        }
        assertThat(names.perlancarMale.size()).isGreaterThan(700);
        assertThat(names.perlancarFemale.size()).isGreaterThan(100);
        // weighted by the perlancar counts: MUHAMMAD (354) comes up in proportion to its count
        int muhammad = 0;
        for (int i = 0; i < 20_000; i++) {
            if (names.perlancarMale.pick(r).equals("MUHAMMAD")) {
                muhammad++;
            }
        }
        double total = names.perlancarMale.cumulative[names.perlancarMale.cumulative.length - 1];
        double expected = 20_000 * 354 / total;
        assertThat((double) muhammad).isBetween(expected * 0.8, expected * 1.2);
    }

    @Test
    void regionTableReadsFromAnyReaderAndListsARegency() throws IOException {
        String csv = """
                code,name,level,kind,parent_code
                62,Kalimantan Tengah,1,provinsi,
                62.03,Kabupaten Kapuas,2,kabupaten,62
                62.03.01,Selat,3,kecamatan,62.03
                62.03.01.1010,Selat Dalam,4,kelurahan,62.03.01
                62.03.01.2011,Pulau Telo,4,desa,62.03.01
                """;
        RegionTable t = RegionTable.read(new StringReader(csv));
        RegionTable.Regency k = t.regency("62.03");
        assertThat(k.exportName()).isEqualTo("KAPUAS");
        assertThat(k.province().upperName()).isEqualTo("KALIMANTAN TENGAH");
        assertThat(k.kecamatan()).extracting(RegionTable.Region::digits).containsExactly("620301");
        assertThat(k.villages()).extracting(RegionTable.Region::code).containsExactly("62.03.01.1010",
                "62.03.01.2011");
        assertThat(k.villages().get(0).isKelurahan()).isTrue();
        assertThat(t.isKecamatan("620301")).isTrue();
        assertThat(t.isKecamatan("620399")).isFalse();
        assertThatThrownBy(() -> t.regency("62.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionTable.read(new StringReader("a,b\n1,2\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("code");
    }

    @Test
    void realRegionTableHasKapuas() throws IOException {
        RegionTable t = TestRegions.get();
        RegionTable.Regency k = t.regency("62.03");
        assertThat(k.kecamatan()).hasSize(17);
        assertThat(k.villages()).hasSize(231);
        assertThat(t.size()).isGreaterThan(90_000);
    }

    @Test
    void planterPlantsAtItsRateAndAtLeastOnce() {
        Planter p = new Planter("x", 0.02, new SplittableRandom(4));
        int n = 0;
        for (int i = 0; i < 10_000; i++) {
            if (p.offer()) {
                p.take();
                n++;
            }
        }
        assertThat(n).isBetween(180, 220);
        Planter q = new Planter("y", 0.02, new SplittableRandom(5));
        int m = 0;
        for (int i = 0; i < 50; i++) {
            if (q.offer()) {
                q.take();
                m++;
            }
        }
        assertThat(m).isEqualTo(1);
    }

    @Test
    void optionsAreValidated() {
        Path out = Path.of("x");
        assertThat(SynthOptions.of(10, 1, "6203", out).regencyCode()).isEqualTo("62.03");
        assertThatThrownBy(() -> SynthOptions.of(0, 1, "62.03", out)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SynthOptions.of(10, 1, "Kapuas", out)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SynthOptions(10, 1, "62.03", out, LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 3, 31), 0.3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SynthOptions.of(10, 1, "62.03", out).withNoise(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SynthRun.schoolYearsBetween(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30))).isEqualTo(1);
        assertThat(SynthRun.schoolYearsBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 5, 30))).isZero();
    }

    @Test
    void unknownRegencyIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path dir = TestDirs.create("synth-bad");
        try {
            assertThatThrownBy(() -> new Synthesizer(TestRegions.get()).run(SynthOptions.of(10, 1, "62.99", dir)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("62.99");
        } finally {
            TestDirs.delete(dir);
        }
    }

    @Test
    void otherRegenciesWorkToo() throws IOException {
        Path dir = TestDirs.create("synth-kota");
        try {
            SynthReport r = new Synthesizer(TestRegions.get()).run(SynthOptions.of(300, 2, "63.71", dir));
            assertThat(r.households()).isEqualTo(300);
            assertThat(r.files()).containsKey("dtks_63.71.txt");
            assertThat(r.summary()).contains("persons in 300 households");
        } finally {
            TestDirs.delete(dir);
        }
    }

    static NameBank names() {
        try {
            return NameBank.load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
