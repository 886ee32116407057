package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.padan.job.SourceKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonStandardizerTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 31);
    private final PersonStandardizer kapuas = new PersonStandardizer(RegionTable.kemendagri2025(), "62.03");

    @Test
    void dtksExportWithoutKodeWilayah() {
        Map<String, String> row = row(
                "id_dtks", " 98CF41C1-9EB9-4C3E-8A2B-1F2E3D4C5B6A ",
                "provinsi", "KALIMANTAN TENGAH", "kabupaten", "KAPUAS", "kecamatan", "SELAT",
                "desa", "DESA SELAT DALAM", "alamat", "JL. PEMUDA  GG. KELUARGA", "dusun", "", "rt", "3", "rw", "01",
                "no_kk", "6203011507150001", "nik", "6203015203870002", "nama", "HJ. SITI AMINAH BINTI ABDULLAH",
                "tanggal_lahir", "12-03-1987", "tempat_lahir", "kuala kapuas", "jenis_kelamin", "PEREMPUAN",
                "nama_ibu", "SOETINAH", "hubungan_keluarga", "Istri", "peristiwa", "", "tanggal_peristiwa", "",
                "desil", "3", "pkh", "YA", "bpnt", "TIDAK", "pbi", "1", "kip", "", "pekerjaan", "PETANI",
                "keterangan_padan", "PADAN DUKCAPIL");

        StandardPerson p = kapuas.standardize(SourceKind.DTKS, row::get, REFERENCE);

        assertThat(p.idDtks()).isEqualTo("98CF41C1-9EB9-4C3E-8A2B-1F2E3D4C5B6A");
        assertThat(p.nikRaw()).isEqualTo("6203015203870002");
        assertThat(p.nik()).isEqualTo("6203015203870002");
        assertThat(p.nikStatus()).isEqualTo("VALID");
        assertThat(p.nikReason()).isNull();
        assertThat(p.nikBirthDate()).isEqualTo(LocalDate.of(1987, 3, 12));
        assertThat(p.nikSex()).isEqualTo("P");
        assertThat(p.noKk()).isEqualTo("6203011507150001");
        assertThat(p.kkStatus()).isEqualTo("VALID");
        assertThat(p.namaRaw()).isEqualTo("HJ. SITI AMINAH BINTI ABDULLAH");
        assertThat(p.namaStd()).isEqualTo("SITI AMINAH");
        assertThat(p.namaTokens()).isEqualTo("AMINAH SITI");
        assertThat(p.tanggalLahir()).isEqualTo(LocalDate.of(1987, 3, 12));
        assertThat(p.jenisKelamin()).isEqualTo("P");
        assertThat(p.tempatLahir()).isEqualTo("KUALA KAPUAS");
        assertThat(p.namaIbuStd()).isEqualTo("SUTINAH");
        assertThat(p.kodeWilayah()).isEqualTo("6203011010");
        assertThat(p.wilayahStatus()).isEqualTo("RESOLVED");
        assertThat(p.kecamatan()).isEqualTo("SELAT");
        assertThat(p.desa()).isEqualTo("SELAT DALAM");
        assertThat(p.alamat()).isEqualTo("JL. PEMUDA GG. KELUARGA");
        assertThat(p.dusun()).isNull();
        assertThat(p.rt()).isEqualTo("003");
        assertThat(p.rw()).isEqualTo("001");
        assertThat(p.hubunganKeluarga()).isEqualTo("ISTRI");
        assertThat(p.peristiwa()).isNull();
        assertThat(p.tanggalPeristiwa()).isNull();
        assertThat(p.desil()).isEqualTo(3);
        assertThat(p.pkh()).isTrue();
        assertThat(p.bpnt()).isFalse();
        assertThat(p.pbi()).isTrue();
        assertThat(p.kip()).isNull();
        assertThat(p.keteranganPadan()).isEqualTo("PADAN DUKCAPIL");
        assertThat(Arrays.asList(p.nisn(), p.noKip(), p.namaSekolah(), p.nip(), p.instansi())).containsOnlyNulls();
        assertThat(p.kelas()).isNull();
        assertThat(p.namaAyahStd()).isNull();
        assertThat(p.tanggalKematian()).isNull();
        assertThat(p.tanggalPengaduan()).isNull();
    }

    @Test
    void dtksMemberWhoDiedWithAGivenCodeAndASexMismatch() {
        Map<String, String> row = row(
                "kode_wilayah", "62.03.02.1005", "kecamatan", "KAPUAS HILIR", "desa", "SEI PASAH",
                "nik", "6203021708450001", "no_kk", "6203023102150001", "nama", "H. MOCH. SOEPARDI",
                "tanggal_lahir", "17/08/1945", "jenis_kelamin", "P", "peristiwa", "MENINGGAL DUNIA",
                "tanggal_peristiwa", "2025-11-02 00:00:00", "desil", "DESIL 1", "pkh", "-", "rt", "-", "rw", "",
                "alamat", "RT 07 RW 02 Sei Pasah");

        StandardPerson p = kapuas.standardize(SourceKind.DTKS, row::get, REFERENCE);

        assertThat(p.kodeWilayah()).isEqualTo("6203021005");
        assertThat(p.wilayahStatus()).isEqualTo("GIVEN");
        assertThat(p.nikStatus()).isEqualTo("SEX_MISMATCH");
        assertThat(p.nikReason()).isEqualTo("NIK menunjukkan laki-laki (tanggal tanpa +40) tetapi JENIS KELAMIN = P");
        assertThat(p.nikBirthDate()).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(p.kkStatus()).isEqualTo("BAD_DATE");
        assertThat(p.noKk()).isEqualTo("6203023102150001");
        assertThat(p.namaStd()).isEqualTo("MUHAMAD SUPARDI");
        assertThat(p.peristiwa()).isEqualTo("MD");
        assertThat(p.tanggalPeristiwa()).isEqualTo(LocalDate.of(2025, 11, 2));
        assertThat(p.desil()).isEqualTo(1);
        assertThat(p.pkh()).isFalse();
        // the columns say nothing usable, so RT and RW come from the address
        assertThat(p.rt()).isEqualTo("007");
        assertThat(p.rw()).isEqualTo("002");
    }

    @Test
    void kipRecipientListWithoutNik() {
        Map<String, String> row = row(
                "no", "17", "no_kip", "kip 5301 2345 6789", "nisn", "'0081234567", "no_kk", "6203011507150001",
                "nama", "M. RIZKY", "nik", "", "jenis_kelamin", "Lk", "tempat_lahir", "Selat",
                "tanggal_lahir", "17-05-2010", "alamat", "RT 004 RW - Dusun Mangsit", "rt", "-", "rw", "-",
                "desa", "DESA PULAU TELO", "kecamatan", "KEC. SELAT", "nama_ibu", "NY. SRI WAHJUNI",
                "nama_ayah", "DJOKO TJAHJONO", "nama_sekolah", "SMP Negeri 1  Selat", "kelas", "VII",
                "program", "PIP", "periode", "2025");

        StandardPerson p = kapuas.standardize(SourceKind.RECIPIENTS, row::get, REFERENCE);

        assertThat(p.nikStatus()).isEqualTo("MISSING");
        assertThat(p.nik()).isNull();
        assertThat(p.nikReason()).isEqualTo("NIK kosong");
        assertThat(p.namaStd()).isEqualTo("MUHAMAD RIZKI");
        assertThat(p.jenisKelamin()).isEqualTo("L");
        assertThat(p.tanggalLahir()).isEqualTo(LocalDate.of(2010, 5, 17));
        assertThat(p.kodeWilayah()).isEqualTo("6203012011");
        assertThat(p.wilayahStatus()).isEqualTo("RESOLVED");
        assertThat(p.kecamatan()).isEqualTo("SELAT");
        assertThat(p.desa()).isEqualTo("PULAU TELO");
        assertThat(p.rt()).isEqualTo("004");
        assertThat(p.rw()).isNull();
        assertThat(p.dusun()).isEqualTo("MANGSIT"); // recipient lists have no dusun column: read from the address
        assertThat(p.namaIbuStd()).isEqualTo("SRI WAHYUNI");
        assertThat(p.namaAyahStd()).isEqualTo("JOKO CAHYONO");
        assertThat(p.nisn()).isEqualTo("0081234567");
        assertThat(p.noKip()).isEqualTo("KIP530123456789");
        assertThat(p.namaSekolah()).isEqualTo("SMP NEGERI 1 SELAT");
        assertThat(p.kelas()).isEqualTo(7);
        assertThat(p.peristiwa()).isNull();
        assertThat(p.desil()).isNull();
    }

    @Test
    void pkhListWithNikFromANumericCell() {
        Map<String, String> row = row(
                "no", "3", "nik", "6.20302520387E+15", "no_kk", "6203021507150003", "nama", "SITI NURHAYATI",
                "tanggal_lahir", "31874", "kode_wilayah", "62.03.02.1005", "kecamatan", null, "desa", null,
                "alamat", "Jl. Tjilik Riwut RT.3/RW.1", "rt", null, "rw", null, "program", "PKH", "periode", "2025-4");

        StandardPerson p = kapuas.standardize(SourceKind.RECIPIENTS, row::get, REFERENCE);

        assertThat(p.nikStatus()).isEqualTo("EXCEL_TRUNCATED");
        assertThat(p.nik()).isNull();
        assertThat(p.nikReason()).contains("(6.20302520387E+15)");
        assertThat(p.nikRaw()).isEqualTo("6.20302520387E+15");
        assertThat(p.tanggalLahir()).isEqualTo(LocalDate.of(1987, 4, 7));
        assertThat(p.kodeWilayah()).isEqualTo("6203021005");
        assertThat(p.wilayahStatus()).isEqualTo("GIVEN");
        // the list names neither: the table's names for the code fill in
        assertThat(p.kecamatan()).isEqualTo("KAPUAS HILIR");
        assertThat(p.desa()).isEqualTo("SEI PASAH");
        assertThat(p.rt()).isEqualTo("003");
        assertThat(p.rw()).isEqualTo("001");
    }

    @Test
    void puskesosComplaintWithInformalNameAndAddressOnly() {
        Map<String, String> row = row(
                "no_pendaftaran", "PSK-2026-0012", "tanggal", "05/01/2026", "kode_wilayah", "", "desa", "",
                "jenis_pelapor", "TETANGGA", "nik", "", "no_kk", "", "nama", "BU SITI", "tanggal_lahir", "",
                "alamat", "RT 03 RW 01 DESA SELAT DALAM", "telp", "0812-3456-7890",
                "hubungan_terlapor", "TETANGGA", "kategori", "BELUM TERDAFTAR", "program", "PKH",
                "keluhan_detail", "Bu Siti janda, tidak dapat PKH");

        StandardPerson p = kapuas.standardize(SourceKind.COMPLAINTS, row::get, REFERENCE);

        assertThat(p.namaStd()).isEqualTo("SITI");
        assertThat(p.nikStatus()).isEqualTo("MISSING");
        assertThat(p.kkStatus()).isEqualTo("MISSING");
        assertThat(p.tanggalLahir()).isNull();
        assertThat(p.tanggalPengaduan()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(p.kodeWilayah()).isEqualTo("6203011010");
        assertThat(p.wilayahStatus()).isEqualTo("RESOLVED");
        assertThat(p.desa()).isEqualTo("SELAT DALAM");
        assertThat(p.kecamatan()).isEqualTo("SELAT");
        assertThat(p.rt()).isEqualTo("003");
        assertThat(p.rw()).isEqualTo("001");
        assertThat(p.alamat()).isEqualTo("RT 03 RW 01 DESA SELAT DALAM");
    }

    @Test
    void civilRegistryDeathListFillsOnlyItsOwnFields() {
        Map<String, String> row = row(
                "nik", "6203011708450001", "nama", "ALM. SOEPARDI", "tanggal_lahir", "17 Agustus 1945",
                "tanggal_kematian", "3-2-2025",
                // not fields of a death list: must not leak in even though the row function answers them
                "desil", "2", "pkh", "YA", "no_kk", "6203011507150001", "desa", "SELAT DALAM");

        StandardPerson p = kapuas.standardize(SourceKind.DEATHS, row::get, REFERENCE);

        assertThat(p.nik()).isEqualTo("6203011708450001");
        assertThat(p.nikStatus()).isEqualTo("VALID");
        assertThat(p.namaStd()).isEqualTo("SUPARDI");
        assertThat(p.tanggalLahir()).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(p.tanggalKematian()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(p.desil()).isNull();
        assertThat(p.pkh()).isNull();
        assertThat(p.noKk()).isNull();
        assertThat(p.kkStatus()).isNull();
        assertThat(p.desa()).isNull();
        assertThat(p.kodeWilayah()).isNull();
        assertThat(p.wilayahStatus()).isEqualTo("MISSING");
    }

    @Test
    void civilServantList() {
        Map<String, String> row = row(
                "nip", "19850312 201001 1 002", "nik", "6203011203850003", "nama", "DRS. AHMAD DAHLAN, M.SI",
                "instansi", "dinas  pendidikan kab. kapuas");

        StandardPerson p = kapuas.standardize(SourceKind.CIVIL_SERVANTS, row::get, REFERENCE);

        assertThat(p.nip()).isEqualTo("198503122010011002");
        assertThat(p.instansi()).isEqualTo("DINAS PENDIDIKAN KAB. KAPUAS");
        assertThat(p.namaStd()).isEqualTo("AHMAD DAHLAN");
        assertThat(p.nikStatus()).isEqualTo("VALID");
        assertThat(p.nikBirthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(p.jenisKelamin()).isNull();
    }

    @Test
    void populationRowsAreNotPersons() {
        assertThatThrownBy(() -> kapuas.standardize(SourceKind.POPULATION, f -> null, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksWithASmallRegionTable() {
        RegionTable small = RegionTable.of(List.of(
                RegionTable.region("62", "Kalimantan Tengah"),
                RegionTable.region("62.03", "Kabupaten Kapuas"),
                RegionTable.region("62.03.01", "Selat"),
                RegionTable.region("62.03.01.1010", "Selat Dalam")));
        PersonStandardizer standardizer = new PersonStandardizer(small);
        Map<String, String> row = row("nik", "6203991203870001", "nama", "Sukaini", "desa", "Kel. Selat Dalam");

        StandardPerson p = standardizer.standardize(SourceKind.RECIPIENTS, row::get, REFERENCE);

        assertThat(p.nikStatus()).isEqualTo("UNKNOWN_REGION");
        assertThat(p.nikReason()).isEqualTo("kode wilayah 620399 di NIK tidak dikenal");
        assertThat(p.kodeWilayah()).isEqualTo("6203011010");
        assertThat(p.kecamatan()).isEqualTo("SELAT");
    }

    @Test
    void absentColumnsGiveNulls() {
        StandardPerson p = kapuas.standardize(SourceKind.RECIPIENTS, f -> null, REFERENCE);

        assertThat(p.namaStd()).isNull();
        assertThat(p.nikStatus()).isEqualTo("MISSING");
        assertThat(p.wilayahStatus()).isEqualTo("MISSING");
        assertThat(p.tanggalLahir()).isNull();
        assertThat(p.rt()).isNull();
    }

    @Test
    void givesTheSameResultsWhenRowsRunInParallel() {
        List<Village> villages = RegionTable.kemendagri2025().villagesOf("62.03");
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            Village village = villages.get(i % villages.size());
            rows.add(row("nik", village.kecamatanCode() + String.format("%02d0387%04d", 1 + i % 28, 1 + i),
                    "nama", (i % 3 == 0 ? "H. " : "") + "MOCH. RIZKY " + i, "kecamatan", village.kecamatanName(),
                    "desa", "DESA " + village.name(), "tanggal_lahir", (1 + i % 28) + "/3/1987", "rt", "" + i % 7));
        }
        PersonStandardizer sequential = new PersonStandardizer(RegionTable.kemendagri2025(), "62.03");
        PersonStandardizer parallel = new PersonStandardizer(RegionTable.kemendagri2025(), "62.03");

        List<StandardPerson> expected = rows.stream()
                .map(r -> sequential.standardize(SourceKind.DTKS, r::get, REFERENCE)).toList();
        List<StandardPerson> actual = rows.parallelStream()
                .map(r -> parallel.standardize(SourceKind.DTKS, r::get, REFERENCE)).toList();

        assertThat(actual).isEqualTo(expected);
        assertThat(expected).allMatch(p -> "RESOLVED".equals(p.wilayahStatus()) && p.kodeWilayah().length() == 10);
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
