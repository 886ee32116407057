package id.padan.ingest;

import id.padan.job.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What padan does differently because a file's layout lacks a field, said out loud in the run accounting: a
 * missing column is never filled by a guess, and the officer should know which checks it weakens or skips.
 */
public final class Adaptations {
    private Adaptations() {
    }

    /** The accounting line of a file: its layout's title and how many columns its header has. */
    public static String profileLine(HeaderMapping mapping) {
        return String.format(Locale.ROOT, "%s, %d columns", mapping.layout().title(), mapping.header().size());
    }

    /**
     * One sentence per adaptation, in a fixed order.
     *
     * @param joined whether a families table filled the family fields (DTSEN), so their absence in the file itself
     *               changes nothing
     */
    public static List<String> of(HeaderMapping mapping, boolean joined) {
        List<String> absent = mapping.absentFields();
        List<String> family = joined ? FamilyTable.FAMILY_FIELDS : List.of();
        List<String> notes = new ArrayList<>();
        SourceKind kind = mapping.kind();
        boolean holdsRegion = kind == SourceKind.DTKS || kind == SourceKind.RECIPIENTS || kind == SourceKind.COMPLAINTS;
        if (holdsRegion && absent.contains("kode_wilayah") && !family.contains("kode_wilayah")) {
            boolean placeNames = List.of("desa", "kecamatan", "alamat").stream()
                    .anyMatch(field -> !absent.contains(field) || family.contains(field));
            notes.add(placeNames
                    ? "no KODE WILAYAH: regions are resolved from the place names; rows that cannot be resolved are"
                            + " counted below"
                    : "no KODE WILAYAH and no village, kecamatan or address: the region of every row is unknown, and"
                            + " linking does without it");
        }
        if (kind == SourceKind.DTKS) {
            if (absent.contains("peristiwa")) {
                notes.add("no PERISTIWA: deaths come only from the death list, moves are not known");
            }
            if (absent.contains("desil") && !family.contains("desil")) {
                notes.add("no DESIL: GHOST_NOT_ELIGIBLE is skipped for this registry, since the decile is unknown");
            }
        }
        if (kind == SourceKind.DTKS || kind == SourceKind.RECIPIENTS) {
            List<String> personal = new ArrayList<>();
            List<String> worthSaying = kind == SourceKind.DTKS
                    ? List.of("tanggal_lahir", "jenis_kelamin", "nama_ibu")
                    : List.of("nik", "no_kk", "tanggal_lahir");
            for (String field : worthSaying) {
                if (absent.contains(field) && !family.contains(field)) {
                    personal.add(field);
                }
            }
            if (!personal.isEmpty()) {
                notes.add("no " + String.join(", ", personal) + ": linking compares the other fields and names the"
                        + " missing ones in each match reason");
            }
        }
        return notes;
    }
}
