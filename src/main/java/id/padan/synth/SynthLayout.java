package id.padan.synth;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file layouts {@code padan synth --layout} can write the population in. {@link #DEFAULT} is the layouts of
 * DESIGN.md "Inputs"; every other one rewrites some of those files in a layout seen in real exports (DESIGN.md
 * "Layout variants"), keeping the same people in the same row order, so tests can run every layout on one truth.
 */
public enum SynthLayout {
    /** Every file in its default layout. */
    DEFAULT("default", "every file in the default layouts of DESIGN.md"),
    /** The DTKS file as SIKS-NG exported it in 2021 (17 columns). */
    SIKS_NG_2021("dtks-siks-ng-2021", "the DTKS file as SIKS-NG's 2021 export (17 columns)"),
    /** The DTKS file as SIKS-NG exports it since 2022 (23 columns). */
    SIKS_NG_2022("dtks-siks-ng-2022", "the DTKS file as SIKS-NG's 2022 export (23 columns)"),
    /** The DTKS file as DTSEN's two tables, families and members. */
    DTSEN("dtsen", "the DTKS file as DTSEN's families and members tables"),
    /** The PKH lists as village recipient lists with id_dtks, and planted conflicting ids. */
    VILLAGE("recipients-village", "the PKH lists as village lists with id_dtks (a few planted conflicting ids)"),
    /** The PKH lists as OpenSID "program bantuan" workbooks. */
    OPENSID("recipients-opensid", "the PKH lists as OpenSID program-bantuan workbooks"),
    /** The KIP lists as SIPINTAR lists, without NIK, KK or address. */
    SIPINTAR("recipients-sipintar", "the KIP lists as SIPINTAR lists (no NIK, KK or address)");

    private final String id;
    private final String description;

    SynthLayout(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name on the command line; for the variants also the padan profile the rewritten files are in. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<SynthLayout> fromId(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(layout -> layout.id.equals(wanted)).findFirst();
    }

    public static String ids() {
        return Stream.of(values()).map(SynthLayout::id).collect(Collectors.joining(", "));
    }

    /** The DTKS file name of this layout; DTSEN writes the members table there. */
    public String dtksFile(String regencyCode) {
        return this == DTSEN ? "dtsen_anggota_" + regencyCode + ".csv" : SynthFiles.dtks(regencyCode);
    }

    /** DTSEN's families table, null for the other layouts. */
    public String familiesFile(String regencyCode) {
        return this == DTSEN ? "dtsen_keluarga_" + regencyCode + ".csv" : null;
    }

    /** The file name of a PKH list in this layout: OpenSID workbooks are {@code .xlsx}. */
    public String pkhFile(String defaultName) {
        return this == OPENSID ? defaultName.replace(".csv", ".xlsx") : defaultName;
    }
}
