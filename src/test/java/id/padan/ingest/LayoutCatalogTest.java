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
        assertThatThrownBy(() -> parse("profile: x\nkind: dtks\nsheet: Data\n"))
                .hasMessageStartingWith("layout test.yaml is not valid: ").hasMessageContaining("sheet");
        assertThatThrownBy(() -> parse("kind: dtks\n")).hasMessage("layout test.yaml needs at least profile: and kind:");
        assertThatThrownBy(() -> parse("profile: [x\n")).hasMessageStartingWith("layout test.yaml is not valid");
    }

    @Test
    void bestForPicksTheVariantThatRecognizesMostColumns() {
        List<Layout> layouts = new ArrayList<>(LayoutCatalog.builtIn().all());
        layouts.add(parse("profile: recipients-opensid\nkind: recipients\ncolumns:\n  no_kk: [Peserta]\n"
                + "  no: [No. Peserta]\n  nik: [NIK]\n  nama: [Nama]\n  tempat_lahir: [Tempat Lahir]\n"
                + "  tanggal_lahir: [Tanggal Lahir]\n  alamat: [Alamat]\n"));
        LayoutCatalog catalog = new LayoutCatalog(layouts);
        List<String> openSid = List.of("Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir",
                "Alamat");
        assertThat(catalog.bestFor(SourceKind.RECIPIENTS, openSid).profile()).isEqualTo("recipients-opensid");
        assertThat(catalog.bestFor(SourceKind.RECIPIENTS, List.of("NIK", "NAMA")).profile())
                .as("a tie goes to the default").isEqualTo("recipients-default");
        assertThat(catalog.forKind(SourceKind.RECIPIENTS)).hasSize(2);
        assertThat(catalog.profile("recipients-opensid")).isPresent();
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
