package id.padan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMapperTest {
    private static HeaderMapping map(SourceKind kind, String header, String delimiter) {
        return HeaderMapper.forKind(kind).map(split(header, delimiter));
    }

    private static List<String> split(String header, String delimiter) {
        return Arrays.stream(header.split(Pattern.quote(delimiter))).map(String::trim).toList();
    }

    /** Field to the header it was found under, in the kind's field order. */
    private static Map<String, String> fieldsToHeaders(HeaderMapping mapping) {
        Map<String, String> found = new LinkedHashMap<>();
        mapping.columns().forEach((field, column) -> found.put(field, mapping.header().get(column)));
        return found;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "NOMOR NIK!NOMORNIK", "nomor_nik!NOMORNIK", "Nomor-NIK!NOMORNIK", "NOMORNIK!NOMORNIK",
        "  No. KIP !NOKIP", "DESA/KELUARAHAN!DESAKELUARAHAN", "Nº!NO", "Tgl. Lahir!TGLLAHIR", "Désa!DESA",
        "'  '!''"})
    void normalizeKeepsLettersAndDigitsOnly(String header, String expected) {
        assertThat(HeaderMapper.normalize(header)).isEqualTo(expected);
    }

    @Test
    void normalizeOfNullIsEmpty() {
        assertThat(HeaderMapper.normalize(null)).isEmpty();
    }

    @Test
    void dtksDefaultExportMapsEveryColumn() {
        HeaderMapping mapping = map(SourceKind.DTKS, "ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELURAHAN|KODE WILAYAH"
                + "|ALAMAT|DUSUN|RT|RW|NOMOR KK|NOMOR NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|NAMA IBU KANDUNG"
                + "|HUBUNGAN KELUARGA|PERISTIWA|TANGGAL PERISTIWA|DESIL|PKH|BPNT|PBI|KIP", "|");
        assertThat(mapping.columns().keySet()).containsExactly("id_dtks", "provinsi", "kabupaten", "kecamatan", "desa",
                "kode_wilayah", "alamat", "dusun", "rt", "rw", "no_kk", "nik", "nama", "tanggal_lahir", "tempat_lahir",
                "jenis_kelamin", "nama_ibu", "hubungan_keluarga", "peristiwa", "tanggal_peristiwa", "desil", "pkh",
                "bpnt", "pbi", "kip");
        assertThat(mapping.columns().values()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24);
        assertThat(mapping.unmappedHeaders()).isEmpty();
        assertThat(mapping.conflicts()).isEmpty();
        assertThat(mapping.usable()).isTrue();
    }

    @Test
    void siksNg2022ExportMapsAllButTheCovidAidColumn() {
        HeaderMapping mapping = map(SourceKind.DTKS, "ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELUARAHAN|ALAMAT"
                + "|DUSUN|RT|RW|NOKK|NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|PEKERJAAN|NAMA IBU KANDUNG"
                + "|HUB KELUARGA|KETERANGAN PADAN|BANSOS BPNT|BANSOS PKH|BANSOS BPNT-PPKM|PBI JKN", "|");
        assertThat(fieldsToHeaders(mapping)).containsEntry("desa", "DESA/KELUARAHAN").containsEntry("no_kk", "NOKK")
                .containsEntry("hubungan_keluarga", "HUB KELUARGA").containsEntry("keterangan_padan", "KETERANGAN PADAN")
                .containsEntry("bpnt", "BANSOS BPNT").containsEntry("pkh", "BANSOS PKH").containsEntry("pbi", "PBI JKN")
                .containsEntry("pekerjaan", "PEKERJAAN").hasSize(22);
        assertThat(mapping.unmappedHeaders()).containsExactly("BANSOS BPNT-PPKM");
        assertThat(mapping.columnOf("kode_wilayah")).isEqualTo(-1);
        assertThat(mapping.columnOf("desil")).isEqualTo(-1);
    }

    @Test
    void siksNg2021ExportMapsEveryColumn() {
        HeaderMapping mapping = map(SourceKind.DTKS, "ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELUARAHAN|ALAMAT"
                + "|DUSUN|RT|RW|NOMOR KK|NOMOR NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|NAMA IBU KANDUNG"
                + "|HUBUNGAN KELUARGA", "|");
        assertThat(mapping.columns()).hasSize(17);
        assertThat(mapping.unmappedHeaders()).isEmpty();
    }

    @Test
    void pkhListMapsEveryColumn() {
        HeaderMapping mapping = map(SourceKind.RECIPIENTS, "NO, NIK, NO KK, NAMA PENGURUS, TANGGAL LAHIR, KODE WILAYAH,"
                + " KECAMATAN, KELURAHAN, ALAMAT, RT, RW, PROGRAM, PERIODE", ",");
        assertThat(fieldsToHeaders(mapping)).containsExactly(Map.entry("no", "NO"), Map.entry("nik", "NIK"),
                Map.entry("no_kk", "NO KK"), Map.entry("nama", "NAMA PENGURUS"),
                Map.entry("tanggal_lahir", "TANGGAL LAHIR"), Map.entry("kode_wilayah", "KODE WILAYAH"),
                Map.entry("kecamatan", "KECAMATAN"), Map.entry("desa", "KELURAHAN"), Map.entry("alamat", "ALAMAT"),
                Map.entry("rt", "RT"), Map.entry("rw", "RW"), Map.entry("program", "PROGRAM"),
                Map.entry("periode", "PERIODE"));
        assertThat(mapping.unmappedHeaders()).isEmpty();
    }

    @Test
    void kipListMapsEveryColumn() {
        HeaderMapping mapping = map(SourceKind.RECIPIENTS, "NO, NO. KIP, NISN, NOKK, NAMA SISWA, NIK, JENIS KELAMIN,"
                + " TEMPAT LAHIR, TANGGAL LAHIR, ALAMAT, RT, RW, DESA, KEC, NAMA IBU, NAMA AYAH, NAMA SEKOLAH, KLS", ",");
        assertThat(fieldsToHeaders(mapping)).containsEntry("no_kip", "NO. KIP").containsEntry("nisn", "NISN")
                .containsEntry("no_kk", "NOKK").containsEntry("nama", "NAMA SISWA").containsEntry("desa", "DESA")
                .containsEntry("kecamatan", "KEC").containsEntry("nama_ibu", "NAMA IBU")
                .containsEntry("nama_ayah", "NAMA AYAH").containsEntry("nama_sekolah", "NAMA SEKOLAH")
                .containsEntry("kelas", "KLS").hasSize(18);
        assertThat(mapping.unmappedHeaders()).isEmpty();
    }

    @Test
    void complaintsMapEveryColumn() {
        HeaderMapping mapping = map(SourceKind.COMPLAINTS, "NO_PENDAFTARAN, TANGGAL, KODE_WILAYAH, DESA, JENIS_PELAPOR,"
                + " NIK, NO_KK, NAMA, TGL_LAHIR, ALAMAT, TELP, HUBUNGAN_TERLAPOR, KATEGORI, PROGRAM, KELUHAN_DETAIL", ",");
        assertThat(mapping.columns().keySet()).containsExactlyElementsOf(SourceKind.COMPLAINTS.fields());
        assertThat(mapping.columns().values()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "DEATHS!NIK, NAMA_LGKP, TGL_LHR, TGL_KEMATIAN!nik nama tanggal_lahir tanggal_kematian",
        "CIVIL_SERVANTS!NIP, NIK, NAMA, INSTANSI!nip nik nama instansi",
        "POPULATION!KODE_WILAYAH, NAMA_DESA, JUMLAH_PENDUDUK!kode_wilayah desa jumlah_penduduk"})
    void referenceListsMapEveryColumn(SourceKind kind, String header, String fields) {
        HeaderMapping mapping = map(kind, header, ",");
        assertThat(mapping.columns().keySet()).containsExactly(fields.split(" "));
        assertThat(mapping.usable()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "RECIPIENTS!NOMOR KK!no_kk", "RECIPIENTS!NO_KK!no_kk", "RECIPIENTS!nokk!no_kk", "RECIPIENTS!No. KK!no_kk",
        "RECIPIENTS!NAMA_LGKP!nama", "RECIPIENTS!NAMA!nama", "RECIPIENTS!Tgl. Lahir!tanggal_lahir",
        "RECIPIENTS!TGL_LAHIR!tanggal_lahir", "RECIPIENTS!TGL LHR!tanggal_lahir", "RECIPIENTS!tgl_lhr!tanggal_lahir",
        "RECIPIENTS!DESA/KELURAHAN!desa", "RECIPIENTS!Desa/Keluarahan!desa", "RECIPIENTS!Kec.!kecamatan",
        "RECIPIENTS!KELAS!kelas", "RECIPIENTS!NAMA IBU KANDUNG!nama_ibu", "RECIPIENTS!IBU KANDUNG!nama_ibu",
        "RECIPIENTS!ID_DTKS!id_dtks", "RECIPIENTS!NIK_PENGURUS!nik", "RECIPIENTS!Nomor KIP!no_kip",
        "DTKS!HUB KELUARGA!hubungan_keluarga", "DTKS!Hubungan-Keluarga!hubungan_keluarga", "DTKS!nomor_nik!nik",
        "DTKS!NOMORNIK!nik", "DTKS!L/P!jenis_kelamin", "DTKS!desil_nasional!desil", "DTKS!KAB/KOTA!kabupaten",
        "DTKS!NO KK!no_kk", "DTKS!NAMA_LGKP!nama", "DEATHS!TANGGAL MENINGGAL!tanggal_kematian",
        "COMPLAINTS!NO HP!telp", "POPULATION!JUMLAH JIWA!jumlah_penduduk", "CIVIL_SERVANTS!UNIT KERJA!instansi"})
    void synonymsMapToTheirField(SourceKind kind, String header, String field) {
        HeaderMapping mapping = HeaderMapper.forKind(kind).map(List.of("X", header));
        assertThat(mapping.headerOf(field)).contains(header);
    }

    @Test
    void twoColumnsForOneFieldPreferTheEarlierAcceptedNameAndAreReported() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS)
                .map(List.of("NO", "NIK_PENGURUS", "NIK", "NAMA"));
        assertThat(mapping.columnOf("nik")).isEqualTo(2);
        assertThat(mapping.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo("nik");
            assertThat(conflict.column()).isEqualTo(2);
            assertThat(conflict.ignoredColumns()).containsExactly(1);
            assertThat(conflict.message()).isEqualTo("columns \"NIK\" (column 3) and \"NIK_PENGURUS\" (column 2) both"
                    + " match nik; using \"NIK\", the earlier of the accepted names. To use another, set columns:"
                    + " {nik: \"NIK_PENGURUS\"} in the job file");
        });
        assertThat(mapping.unmappedHeaders()).as("the ignored column is not silently 'unmapped'").isEmpty();
        assertThat(mapping.usable()).isTrue();
    }

    @Test
    void repeatedHeadersUseTheFirst() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.DEATHS)
                .map(List.of("NIK", "NAMA", "NIK", "TGL_KEMATIAN"));
        assertThat(mapping.columnOf("nik")).isZero();
        assertThat(mapping.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.message()).contains("using \"NIK\", the first one"));
    }

    @Test
    void overridesMapAColumnTheLayoutDoesNotKnow() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS)
                .map(List.of("NIK", "NAMA_PENERIMA_BLT"), Map.of("nama", "nama penerima blt"));
        assertThat(mapping.headerOf("nama")).contains("NAMA_PENERIMA_BLT");
        assertThat(mapping.usable()).isTrue();
    }

    @Test
    void anOverrideTakesItsColumnAwayFromOtherFields() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS)
                .map(List.of("NIK", "NAMA", "NAMA PENGURUS"), Map.of("nama", "NAMA"));
        assertThat(mapping.columnOf("nama")).isEqualTo(1);
        assertThat(mapping.conflicts()).isEmpty();
        assertThat(mapping.unmappedHeaders()).containsExactly("NAMA PENGURUS");
    }

    @Test
    void aBlankOverrideKeepsAFieldUnmapped() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("kode_wilayah", "");
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS)
                .map(List.of("NIK", "NAMA", "KODE WILAYAH"), overrides);
        assertThat(mapping.columnOf("kode_wilayah")).isEqualTo(-1);
        assertThat(mapping.unmappedHeaders()).containsExactly("KODE WILAYAH");
    }

    @Test
    void overridesNamingMissingHeadersOrUnknownFieldsAreErrors() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("nama", "NAMA_PENERIMA");
        overrides.put("nikk", "NIK");
        overrides.put("nik", "NIK");
        overrides.put("no_kk", "NIK");
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS)
                .map(List.of("NIK", "NAMA PENERIMA BANTUAN"), overrides);
        assertThat(mapping.usable()).isFalse();
        assertThat(mapping.errors()).containsExactly(
                "the job file maps nama to \"NAMA_PENERIMA\", but the header has no such column (did you mean \"NAMA"
                        + " PENERIMA BANTUAN\"?); the header has: NIK, NAMA PENERIMA BANTUAN",
                "the job file maps 'nikk', which is not a field of recipients files; the fields are "
                        + String.join(", ", SourceKind.RECIPIENTS.fields()),
                "the job file maps no_kk and nik both to \"NIK\"; a column can hold only one field");
        assertThat(mapping.missingRequired()).as("still missing, but not reported twice").containsExactly("nama");
    }

    @Test
    void aMissingRequiredFieldListsHeadersAcceptedNamesAndTheFix() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS)
                .map(List.of("NO", "NIK", "NAMA_KPM_PKH"));
        assertThat(mapping.missingRequired()).containsExactly("nama");
        assertThat(mapping.errors()).containsExactly("no column for nama, which recipients files require (layout"
                + " recipients-default). The header has: NO, NIK, NAMA_KPM_PKH. Accepted names for nama: NAMA PENGURUS,"
                + " NAMA SISWA, NAMA PENERIMA, NAMA KPM, NAMA PD, NAMA PESERTA DIDIK, NAMA, NAMA LENGKAP, NAMA_LGKP"
                + " (case, spaces and punctuation do not matter). If a column holds it under another name, map it in"
                + " the job file: columns: {nama: \"NAMA_KPM_PKH\"}");
    }

    @Test
    void missingNikAndNameAreReportedTogetherAndThrownWithTheFileName() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.DTKS).map(List.of("KODE", "KETERANGAN"));
        assertThat(mapping.missingRequired()).containsExactly("nik", "nama");
        assertThat(mapping.errors()).singleElement().asString()
                .startsWith("no column for nik or nama, which dtks files require (layout dtks-default). The header"
                        + " has: KODE, KETERANGAN. Accepted names for nik: NOMOR NIK, NIK, NO NIK, NIK ART, NOMOR INDUK"
                        + " KEPENDUDUKAN; for nama: NAMA, ")
                .endsWith("columns: {nik: \"YOUR HEADER\", nama: \"YOUR HEADER\"}");
        assertThatThrownBy(() -> mapping.requireUsable(Path.of("data", "dtks-kapuas.csv")))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("dtks-kapuas.csv: no column for nik or nama");
    }

    @Test
    void canonicalValuesFollowTheKindsFieldOrder() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.DEATHS)
                .map(List.of("TGL_KEMATIAN", "KETERANGAN", "NIK", "NAMA_LGKP"));
        assertThat(mapping.canonicalValues(new String[] {"01-02-2024", "-", "6203015203850002", "SITI"}))
                .containsExactly("6203015203850002", "SITI", null, "01-02-2024");
        assertThat(mapping.describe()).isEqualTo("layout deaths-default: nik=NIK, nama=NAMA_LGKP,"
                + " tanggal_kematian=TGL_KEMATIAN; not used: KETERANGAN");
        assertThatThrownBy(() -> mapping.columnOf("nisn")).isInstanceOf(IllegalArgumentException.class);
    }
}
