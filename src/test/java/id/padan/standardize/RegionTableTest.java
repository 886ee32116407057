package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTableTest {

    private static final RegionTable TABLE = RegionTable.kemendagri2025();

    @Test
    void shipsTheWholeKemendagri2025Table() {
        assertThat(TABLE.size()).isEqualTo(91_599);
        assertThat(TABLE.atLevel(RegionLevel.PROVINSI)).hasSize(38);
        assertThat(TABLE.atLevel(RegionLevel.KABUPATEN_KOTA)).hasSize(514);
        assertThat(TABLE.atLevel(RegionLevel.KECAMATAN)).hasSize(7_285);
        assertThat(TABLE.atLevel(RegionLevel.DESA)).hasSize(83_762);
        assertThat(RegionTable.kemendagri2025()).isSameAs(TABLE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "62.03.01.2001, 6203012001", "6203012001, 6203012001", "' 62.03.01.2001 ', 6203012001",
            "62 03 01 2001, 6203012001", "6203012001.0, 6203012001", "\"6203012001\", 6203012001",
            "62.03.01, 620301", "620301, 620301", "62.03, 6203", "62, 62",
            "62.03.01.20, null", "6203.01.2001, null", "62.3.1.2001, null", "620301200, null", "62-03-01-2001, 6203012001",
            "62..03, null", "KAPUAS, null", "'', null", "-, null",
    })
    void normalizesCodes(String raw, String expected) {
        assertThat(RegionTable.normalizeCode(raw)).isEqualTo(expected);
    }

    @Test
    void knowsKecamatanCodes() {
        assertThat(TABLE.isKecamatan("620301")).isTrue();
        assertThat(TABLE.isKecamatan("620317")).isTrue();
        assertThat(TABLE.isKecamatan("620318")).isFalse();
        assertThat(TABLE.isKecamatan("6203")).isFalse();
        assertThat(TABLE.isKecamatan("62030A")).isFalse();
        assertThat(TABLE.isKecamatan(null)).isFalse();
    }

    @Test
    void looksUpNames() {
        assertThat(TABLE.nameOf("62.03")).isEqualTo("Kabupaten Kapuas");
        assertThat(TABLE.nameOf("620301")).isEqualTo("Selat");
        assertThat(TABLE.nameOf("62.03.01.1010")).isEqualTo("Selat Dalam");
        assertThat(TABLE.nameOf("6203019999")).isNull();
        assertThat(TABLE.find("62.71").map(Region::isKota)).contains(true);
        assertThat(TABLE.find("62.03").map(Region::isKota)).contains(false);
        assertThat(TABLE.ancestor("6203011010", RegionLevel.KECAMATAN).map(Region::name)).contains("Selat");
        assertThat(TABLE.childrenOf("62.03")).hasSize(17).first().extracting(Region::name).isEqualTo("Selat");
        assertThat(TABLE.find("6203011010").map(Region::dotted)).contains("62.03.01.1010");
    }

    @Test
    void listsTheVillagesOfARegency() {
        List<Village> villages = TABLE.villagesOf("62.03");

        assertThat(villages).hasSize(231);
        assertThat(villages.get(0)).isEqualTo(new Village("6203011006", "Murung Keramat", "620301", "Selat"));
        assertThat(villages.get(0).isKelurahan()).isTrue();
        assertThat(villages).allMatch(v -> v.code().startsWith("6203") && v.code().length() == 10);
        assertThat(villages).extracting(Village::name).contains("Selat Dalam", "Sei Pasah", "Palangkau Baru");
        assertThat(villages.stream().filter(v -> !v.isKelurahan()).count()).isGreaterThan(200);
        assertThat(TABLE.villagesOf("99.99")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} / {3} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // provinsi          | kabupaten            | kecamatan           | desa                | code       | status
            "KALIMANTAN TENGAH   | KAB. KAPUAS          | SELAT               | DESA SELAT DALAM    | 6203011010 | RESOLVED",
            "Prov. Kalimantan Tengah | KABUPATEN KAPUAS | KEC. SELAT          | KEL. SELAT HILIR    | 6203011007 | RESOLVED",
            "KALTENG             | KAPUAS               | Kapuas Hilir        | SEI PASAH           | 6203021005 | RESOLVED",
            "null                | Kab Kapuas           | KAPUAS HILIR        | SUNGAI PASAH        | 6203021005 | RESOLVED",
            "null                | kapuas               | kapuas  hilir       | sei-pasah           | 6203021005 | RESOLVED",
            // no kabupaten: the kecamatan and desa names are enough when together they are unique in the country
            "null                | null                 | SELAT               | SELAT DALAM         | 6203011010 | RESOLVED",
            // no desa: the kecamatan code
            "null                | KAPUAS               | KAPUAS MURUNG       | null                | 620307     | RESOLVED",
            "null                | KOTA PALANGKA RAYA   | PAHANDUT            | null                | 627101     | RESOLVED",
            "null                | Palangkaraya         | Pahandut            | Pahandut Seberang   | 6271011005 | RESOLVED",
            // one typo, one candidate that close
            "null                | KAPUAS               | SELAT               | SELAT DALEM         | 6203011010 | RESOLVED",
            "null                | KAPUAS               | KAPUAS MURONG       | MUARA DADAHUP       | 6203072005 | RESOLVED",
            // PALENGKAU BARU is one edit from both Palingkau Baru and Palangkau Baru: no guessing
            "null                | KAPUAS               | KAPUAS MURUNG       | PALENGKAU BARU      | 620307     | UNRESOLVED",
            "null                | KAPUAS               | SELAT               | ANTAH BERANTAH      | 620301     | UNRESOLVED",
            "null                | KAPUAS               | NEGERI DONGENG      | SELAT DALAM         | null       | UNRESOLVED",
            "null                | KABUPATEN ANTAH      | SELAT               | SELAT DALAM         | null       | UNRESOLVED",
            // Kabupaten Bogor and Kota Bogor: the kecamatan decides
            "JAWA BARAT          | BOGOR                | CIBINONG            | null                | 320101     | RESOLVED",
            "JAWA BARAT          | KOTA BOGOR           | BOGOR TENGAH        | null                | 327103     | RESOLVED",
            "JAWA BARAT          | KOTA BOGOR           | CIBINONG            | null                | null       | UNRESOLVED",
            // KOTA BARU is the name of a kabupaten, not "the city of Baru"
            "KALIMANTAN SELATAN  | KOTA BARU            | null                | null                | null       | MISSING",
            "null                | KAPUAS               | null                | null                | null       | MISSING",
            "null                | null                 | null                | null                | null       | MISSING",
    })
    void resolvesNamesAsFilesWriteThem(String provinsi, String kabupaten, String kecamatan, String desa, String code,
            WilayahStatus status) {
        RegionMatch match = TABLE.resolve(provinsi, kabupaten, kecamatan, desa);

        assertThat(match.code()).isEqualTo(code);
        assertThat(match.status()).isEqualTo(status);
        if (status == WilayahStatus.UNRESOLVED) {
            assertThat(match.note()).isNotBlank();
        }
    }

    @Test
    void explainsWhatItCouldNotFind() {
        assertThat(TABLE.resolve(null, "KAPUAS", "SELAT", "ANTAH BERANTAH").note())
                .contains("desa/kelurahan 'ANTAH BERANTAH' tidak ditemukan").contains("Selat (62.03.01)");
        assertThat(TABLE.resolve(null, "KAPUAS", "KAPUAS MURUNG", "PALENGKAU BARU").note())
                .contains("tidak ditemukan");
    }

    @Test
    void aKotaBaruInTheFileFindsKabupatenKotabaru() {
        RegionMatch match = TABLE.resolve("KALIMANTAN SELATAN", "KOTA BARU", "PULAU LAUT UTARA", null);

        assertThat(match.status()).isEqualTo(WilayahStatus.RESOLVED);
        assertThat(match.code()).startsWith("6302");
    }

    @Test
    void aGivenKnownCodeWins() {
        RegionResolver resolver = TABLE.resolver();

        assertThat(resolver.resolve(new RegionQuery("62.03.01.1010", null, null, "SELAT", "SEI PASAH")))
                .isEqualTo(new RegionMatch("6203011010", WilayahStatus.GIVEN, null));
    }

    @Test
    void aGivenKecamatanCodeIsCompletedFromTheDesaName() {
        RegionMatch match = TABLE.resolver().resolve(new RegionQuery("62.03.01", null, null, null, "Selat Dalam"));

        assertThat(match.code()).isEqualTo("6203011010");
        assertThat(match.status()).isEqualTo(WilayahStatus.RESOLVED);
        assertThat(TABLE.resolver().resolve(new RegionQuery("620301", null, null, null, null)))
                .isEqualTo(new RegionMatch("620301", WilayahStatus.GIVEN, null));
    }

    @Test
    void aMalformedOrUnknownCodeFallsBackToTheNames() {
        RegionMatch malformed = TABLE.resolver().resolve(
                new RegionQuery("62.03.01.10", null, "KAPUAS", "SELAT", "SELAT DALAM"));
        assertThat(malformed.code()).isEqualTo("6203011010");
        assertThat(malformed.status()).isEqualTo(WilayahStatus.RESOLVED);
        assertThat(malformed.note()).contains("'62.03.01.10' tidak berbentuk kode");

        RegionMatch unknownAlone = TABLE.resolver().resolve(new RegionQuery("6203019999", null, null, null, null));
        assertThat(unknownAlone.code()).isEqualTo("6203019999");
        assertThat(unknownAlone.status()).isEqualTo(WilayahStatus.UNRESOLVED);
        assertThat(unknownAlone.note()).contains("6203019999 tidak ada di tabel");
    }

    @Test
    void aPlaceholderCodeCountsAsNoCode() {
        assertThat(TABLE.resolver().resolve(new RegionQuery("-", null, "KAPUAS", "SELAT", "SELAT DALAM")))
                .isEqualTo(new RegionMatch("6203011010", WilayahStatus.RESOLVED, null));
        assertThat(TABLE.resolver().resolve(new RegionQuery("0", null, null, null, null)).status())
                .isEqualTo(WilayahStatus.MISSING);
    }

    @Test
    void aResolverForTheDistrictSearchesItWhenRowsNameOnlyTheVillage() {
        RegionResolver kapuas = TABLE.resolver("62.03");

        assertThat(kapuas.resolve(RegionQuery.ofNames(null, null, null, "DESA PANAMAS")).code())
                .isEqualTo("6203011023");
        assertThat(kapuas.resolve(RegionQuery.ofNames(null, null, "KAPUAS MURUNG", "MUARA DADAHUP")).code())
                .isEqualTo("6203072005");
        // Selat exists as a desa elsewhere in Indonesia; inside Kapuas it is not a desa
        assertThat(kapuas.resolve(RegionQuery.ofNames(null, null, null, "SELAT")).status())
                .isEqualTo(WilayahStatus.UNRESOLVED);
    }

    @Test
    void smallTablesCanBeBuiltForTests() {
        RegionTable small = RegionTable.of(List.of(
                RegionTable.region("62", "Kalimantan Tengah"),
                RegionTable.region("62.03", "Kabupaten Kapuas"),
                RegionTable.region("62.03.01", "Selat"),
                RegionTable.region("62.03.01.1010", "Selat Dalam")));

        assertThat(small.size()).isEqualTo(4);
        assertThat(small.isKecamatan("620301")).isTrue();
        assertThat(small.resolve(null, null, null, "SELAT DALAM").code()).isEqualTo("6203011010");
    }
}
