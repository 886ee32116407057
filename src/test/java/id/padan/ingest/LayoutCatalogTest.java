package id.padan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.padan.job.SourceKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayoutCatalogTest {
    private static Layout parse(String yaml) {
        return Layout.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @ParameterizedTest
    @EnumSource(SourceKind.class)
    void everyKindHasADefaultLayoutNamingEachOfItsFields(SourceKind kind) {
        Layout layout = LayoutCatalog.builtIn().defaultFor(kind);
        assertThat(layout.kind()).isEqualTo(kind);
        assertThat(layout.profile()).isEqualTo(kind.id().replace('_', '-') + "-default");
        assertThat(layout.columns().keySet()).containsExactlyInAnyOrderElementsOf(kind.fields());
        assertThat(layout.columns().values()).allSatisfy(names -> assertThat(names).isNotEmpty());
    }

    @Test
    void everyLayoutSaysWhereSuchFilesComeFromAndAFixedHeaderMapsItself() {
        for (Layout layout : LayoutCatalog.builtIn().all()) {
            assertThat(layout.origin()).as(layout.profile()).isNotBlank();
            if (!layout.header().isEmpty()) {
                assertThat(layout.fitsExactly(layout.header())).isTrue();
                assertThat(layout.missingFrom(layout.header())).isEmpty();
            }
        }
    }

    @Test
    void noLayoutListsTheSameNameTwiceForAField() {
        for (Layout layout : LayoutCatalog.builtIn().all()) {
            layout.columns().forEach((field, names) -> {
                Set<String> seen = new HashSet<>();
                for (String name : names) {
                    assertThat(seen.add(HeaderMapper.normalize(name)))
                            .as(layout.profile() + " " + field + " lists a name twice: " + name).isTrue();
                }
            });
        }
    }

    @Test
    void theIndexListsEveryLayoutFile() throws IOException, URISyntaxException {
        Path directory = Path.of(LayoutCatalog.class.getClassLoader().getResource(LayoutCatalog.DIRECTORY).toURI());
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(directory)) {
            paths.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")).forEach(files::add);
        }
        List<String> indexed = LayoutCatalog.builtIn().all().stream().map(layout -> layout.profile() + ".yaml").toList();
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void acceptedNamesEndWithTheFieldsOwnName() {
        Layout layout = LayoutCatalog.builtIn().defaultFor(SourceKind.DTKS);
        assertThat(layout.acceptedNames("nik")).startsWith("NOMOR NIK", "NIK");
        assertThat(layout.acceptedNames("nik")).as("NIK already reads as nik").doesNotContain("nik");
        Layout terse = parse("profile: x\nkind: deaths\ncolumns:\n  tanggal_lahir: [TGL LHR]\n");
        assertThat(terse.acceptedNames("tanggal_lahir")).containsExactly("TGL LHR", "tanggal_lahir");
        assertThat(terse.acceptedNames("nama")).containsExactly("nama");
    }

    @Test
    void parsesALayoutFile() {
        Layout layout = parse("profile: recipients-opensid\nkind: recipients\ntitle: OpenSID program bantuan\n"
                + "columns:\n  no_kk: [Peserta]\n  no: [No. Peserta]\n  nik: [NIK]\n  nama: [Nama]\n");
        assertThat(layout.kind()).isEqualTo(SourceKind.RECIPIENTS);
        assertThat(layout.columns()).containsOnlyKeys("no_kk", "no", "nik", "nama");
    }

    @Test
    void badLayoutFilesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\ncolumns:\n  nikk: [NIK]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.yaml: layout x: 'nikk' is not a field of dtks files; the fields are id_dtks,");
        assertThatThrownBy(() -> parse("profile: x\nkind: bansos\n"))
                .hasMessage("layout test.yaml: kind 'bansos' is not known; kinds are dtks, recipients, complaints,"
                        + " deaths, civil_servants, population");
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\ncolumns:\n  nik: [NIK]\n  no_kk: [N-I-K]\n"))
                .hasMessage("test.yaml: layout x: the name 'N-I-K' is listed for both nik and no_kk; a header can mean"
                        + " only one field");
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\ncolumns:\n  no_kk: [NAMA]\n"))
                .hasMessageContaining("a name listed for no_kk reads as the field name nama");
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\nsheets: Data\n"))
                .hasMessageStartingWith("layout test.yaml is not valid: ").hasMessageContaining("sheets");
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\nheader: [NAMA]\ncolumns:\n  nama: [NAMA]\n"))
                .hasMessageContaining("layout x: its header does not give nik, which dtks files require");
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\npart: anggota\n"))
                .hasMessageContaining("part 'anggota' is not known");
        assertThatThrownBy(() -> parse("kind: dtks\n")).hasMessage("layout test.yaml needs at least profile: and kind:");
        assertThatThrownBy(() -> parse("profile: [x\n")).hasMessageStartingWith("layout test.yaml is not valid");
    }

    @Test
    void bestForPicksTheVariantThatRecognizesMostColumns() {
        List<Layout> layouts = new ArrayList<>(LayoutCatalog.builtIn().all());
        layouts.add(parse("profile: recipients-test\nkind: recipients\ncolumns:\n  no_kk: [Nomor Peserta KK]\n"
                + "  nik: [NIK]\n  nama: [Nama]\n"));
        LayoutCatalog catalog = new LayoutCatalog(layouts);
        assertThat(catalog.bestFor(SourceKind.RECIPIENTS, List.of("Nomor Peserta KK", "NIK", "Nama")).profile())
                .isEqualTo("recipients-test");
        assertThat(catalog.bestFor(SourceKind.RECIPIENTS, List.of("NIK", "NAMA")).profile())
                .as("a tie goes to the default").isEqualTo("recipients-default");
        assertThat(catalog.profile("recipients-test")).isPresent();
    }

    /** Each export's own header, as the exporting system writes it, and the profile padan must name for it. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "dtks-siks-ng-2021;dtks;ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELUARAHAN|ALAMAT|DUSUN|RT|RW|NOMOR KK|"
                + "NOMOR NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|NAMA IBU KANDUNG|HUBUNGAN KELUARGA",
        "dtks-siks-ng-2022;dtks;ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELUARAHAN|ALAMAT|DUSUN|RT|RW|NOKK|NIK|"
                + "NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|PEKERJAAN|NAMA IBU KANDUNG|HUB KELUARGA|"
                + "KETERANGAN PADAN|BANSOS BPNT|BANSOS PKH|BANSOS BPNT-PPKM|PBI JKN",
        "dtks-default;dtks;ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELURAHAN|KODE WILAYAH|ALAMAT|DUSUN|RT|RW|"
                + "NOMOR KK|NOMOR NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|NAMA IBU KANDUNG|HUBUNGAN KELUARGA|"
                + "PERISTIWA|TANGGAL PERISTIWA|DESIL|PKH|BPNT|PBI|KIP",
        "dtks-dtsen-members;dtks;id_keluarga|idsemesta|nama|nik|no_kk|hub_kepala_keluarga|pekerjaan_utama|"
                + "keterangan_meninggal",
        "recipients-village;recipients;No|id_dtks|NIK|No KK|Nama|JK|Tempat Lahir|Tgl Lahir|Alamat|Desa|Kecamatan|"
                + "Program|Tahap",
        "recipients-opensid;recipients;Peserta|No. Peserta|NIK|Nama|Tempat Lahir|Tanggal Lahir|Alamat",
        "recipients-sipintar;recipients;nama_pd|jenis_kelamin|tempat_lahir|tanggal_lahir|nisn|nama_ibu|nama_ayah|npsn|"
                + "nama_sekolah|rombel_id|tingkat_pendidikan|no_kip",
        "recipients-default;recipients;NO|NIK|NO KK|NAMA PENGURUS|TANGGAL LAHIR|KODE WILAYAH|KECAMATAN|KELURAHAN|"
                + "ALAMAT|RT|RW|PROGRAM|PERIODE"})
    void eachExportIsDetectedFromItsHeader(String profile, String kind, String header) {
        List<String> columns = List.of(header.split("\\|"));
        LayoutCatalog catalog = LayoutCatalog.builtIn();
        assertThat(catalog.bestFor(SourceKind.fromId(kind).orElseThrow(), columns).profile()).isEqualTo(profile);
        assertThat(catalog.detect(columns)).map(Layout::profile).hasValue(profile);
    }

    @Test
    void aHeaderMissingAColumnStillGoesToTheExportItResembles() {
        List<String> lessOne = List.of("ID DTKS", "PROVINSI", "KABUPATEN/KOTA", "KECAMATAN", "DESA/KELUARAHAN",
                "ALAMAT", "DUSUN", "RT", "RW", "NOKK", "NIK", "NAMA", "TANGGAL LAHIR", "TEMPAT LAHIR", "JENIS KELAMIN",
                "PEKERJAAN", "NAMA IBU KANDUNG", "HUB KELUARGA", "KETERANGAN PADAN", "BANSOS BPNT", "BANSOS PKH",
                "PBI JKN");
        Layout best = LayoutCatalog.builtIn().bestFor(SourceKind.DTKS, lessOne);
        assertThat(best.profile()).isEqualTo("dtks-siks-ng-2022");
        assertThat(best.missingFrom(lessOne)).containsExactly("BANSOS BPNT-PPKM");
    }

    @Test
    void theFamiliesHalfOfDtsenIsNeverASourceOfItsOwn() {
        List<String> families = LayoutCatalog.builtIn().profile("dtks-dtsen-families").orElseThrow().header();
        assertThat(LayoutCatalog.builtIn().forKind(SourceKind.DTKS)).extracting(Layout::profile)
                .doesNotContain("dtks-dtsen-families");
        assertThat(LayoutCatalog.builtIn().detect(families)).map(Layout::profile).hasValue("dtks-dtsen-families");
        assertThat(LayoutCatalog.builtIn().closest(null, families)).map(Layout::profile)
                .hasValue("dtks-dtsen-families");
    }

    @Test
    void aCatalogNeedsUniqueProfilesAndADefaultPerKind() {
        List<Layout> layouts = new ArrayList<>(LayoutCatalog.builtIn().all());
        layouts.add(LayoutCatalog.builtIn().defaultFor(SourceKind.DEATHS));
        assertThatThrownBy(() -> new LayoutCatalog(layouts)).hasMessage("two layouts are named deaths-default");
        List<Layout> withoutDeaths = LayoutCatalog.builtIn().all().stream()
                .filter(layout -> layout.kind() != SourceKind.DEATHS).toList();
        assertThatThrownBy(() -> new LayoutCatalog(withoutDeaths))
                .hasMessage("no default layout deaths-default for kind deaths");
    }

    @Test
    void aMissingIndexOrLayoutFileIsReported() {
        ClassLoader loader = LayoutCatalogTest.class.getClassLoader();
        assertThatThrownBy(() -> LayoutCatalog.load(loader, "padan/nowhere/index.txt"))
                .hasMessage("the layout index padan/nowhere/index.txt is not on the classpath");
    }
}
