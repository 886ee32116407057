package id.padan.synth;

import java.time.LocalDate;

/** The text of {@code truth/README.txt}: what every truth file and column means. */
final class TruthReadme {
    private TruthReadme() {
    }

    static String text(String label1, String label2, String pkh1, String pkh2, String kip1, String kip2, String dtks,
                       LocalDate t1, LocalDate t2) {
        return """
                Truth of a padan synthetic population (id.padan.synth)
                ======================================================

                Periods: previous = %1$s (reference date %8$s), current = %2$s (reference date %9$s).
                Recipient lists: %3$s, %4$s (PKH), %5$s, %6$s (KIP). DTKS export: %7$s.
                The current PKH list was saved by Excel in the Indonesian locale (';', Windows-1252, CRLF,
                dd/mm/yyyy, RT 3 not 003); the previous KIP list is UTF-8 with a byte-order mark.

                All truth files are UTF-8, comma separated, with a header. Dates are yyyy-mm-dd. source_row is the
                1-based data row of source_file (header excluded), as in cases.csv. person_key is the DTKS person's
                ID DTKS; people who are not in DTKS have an outside_key (LUAR-nnnnnnn) instead.

                persons.csv      every DTKS person, plus every person outside DTKS who appears in a recipient or
                                 complaint row (in_dtks = TIDAK). Columns: person_key, in_dtks, household_key, nik,
                                 no_kk, nama (clean, as in DTKS), jenis_kelamin (L/P), tanggal_lahir, nama_ibu,
                                 hubungan_keluarga, kode_wilayah, desil (now), desil_sebelumnya (when the decile rose
                                 between the periods), peristiwa, tanggal_peristiwa, tanggal_kematian (true date of
                                 death, whoever knows it), tanggal_kematian_dukcapil (date on the death list, if
                                 listed), pns (YA/TIDAK), note.
                links.csv        one row per recipient row (both periods, both programs) and per complaint row:
                                 who the row really is. person_key (empty if the person is not in DTKS),
                                 outside_key, household_key, program, periode (empty for complaints), nik_written
                                 (SAME = the person's NIK, TYPO = mistyped but nobody's NIK, BLANK, INVALID,
                                 BORROWED = another DTKS person's NIK, OWN = an outside person's own NIK) and noise
                                 (the noise operations applied to name, NIK, birth date and village, ';'-separated).
                                 For complaints, the row's person is the one named in NAMA (see complaint_links).
                flags.csv        one row per expected case of the DESIGN.md flag contract: flag, program, periode
                                 (the current period; empty for complaints), source_file, source_row, person_key,
                                 group_id (GHOST_DUPLICATE: every row of a group, same id), note, outside_key.
                                 Ghost flags point at current-period rows; LOST_PKH / LOST_KIP point at the
                                 previous period's row; COMPLAINT_NOT_IN_DTKS at the complaint row. A row that meets
                                 several definitions has one line per flag (e.g. a recipient outside DTKS who
                                 writes a DTKS person's NIK: GHOST_NOT_IN_DTKS and GHOST_NIK_NAME_MISMATCH).
                                 The previous period's list carries no planted ghosts.
                drops.csv        previous-period rows missing from the current list for a good reason (must NOT be
                                 LOST_* cases): program, periode, source_file, source_row, person_key, reason
                                 (DIED, MOVED, DECILE_ROSE, GRADUATED = kelas 12 in the previous period,
                                 AGED_OUT = older than 21 at the current reference date), event_date, note.
                complaint_links.csv  one row per complaint: no_pendaftaran; named_person_key / named_outside_key =
                                 who NAMA is; named_role = SUBJECT (the complaint is about the named person), PARENT
                                 (a parent named for a student), FAMILY (another family member), REPORTER (a
                                 neighbour, kader or PKH facilitator; the subject, if any, is only in
                                 KELUHAN_DETAIL); subject_person_key / subject_outside_key; subject_in_dtks (YA,
                                 TIDAK, UNKNOWN for PMKS reports about an unnamed person); program; related_flag
                                 with related_source_file / related_source_row = the case the complaint belongs to
                                 (LOST_* -> the previous-period row, GHOST_* -> the current row); drop_reason when
                                 the subject was dropped for a good reason (related_source_* then point at the
                                 dropped row); pmks (YA/TIDAK).
                traps.csv        rows that look like a case but are not one: DEATH_AFTER_REFERENCE_DATE (on the
                                 death list, dated after the current reference date), NIK_TYPO_SAME_PERSON (a
                                 mistyped NIK that is nobody's: link by name/birth date, not a mismatch),
                                 COMPLAINANT_ALREADY_IN_DTKS (asks to be registered, is in DTKS).
                                 Not listed here: civil servants in DTKS households that receive nothing (on pns.csv,
                                 not a case: the contract flags recipients only).

                Rules the planting follows (so that the truth is unambiguous):
                - baseline recipients are alive, active (PERISTIWA blank or DD), in a household with decile <= 4,
                  not civil servants, with a valid, blank or harmlessly mistyped NIK;
                - ghosts of the current period died / moved between the two reference dates, or had their decile
                  raised, so the previous list is clean; deaths via DTKS MD, via the death list only, or both;
                - a NIK lender is never a recipient and lends once, so a borrowed NIK appears once in a list;
                - GHOST_CIVIL_SERVANT is planted on PKH only (a civil-servant pupil is not realistic).
                """.formatted(label1, label2, pkh1, pkh2, kip1, kip2, dtks, t1, t2);
    }

    /** Appended to every regency's README of a several-regency run (padan synth --regency A --regency B ...). */
    static String crossRegencyText(String code, String name, String others, String label1, String label2) {
        return """

                Several regencies
                -----------------
                This folder is regency %1$s (%2$s) of a synthetic run over several regencies; the others are
                %3$s, each in its own folder beside this one, each generated from its own seed. NIK, No. KK and
                ID DTKS never repeat across the folders. A few people were then moved between the regencies, and
                the files and truth of both folders say so:

                cross_regency.csv  one row per moved person: direction (OUT = a recipient of this regency who now
                                 lives in to_regency; IN = someone of from_regency's lists who now lives here),
                                 expected (what from_regency's truth expects of the row), program, periode (the
                                 current period), from_regency, source_file / source_row (the row in
                                 from_regency's list), person_key (the same ID DTKS in both regencies), nik, nama,
                                 tanggal_lahir (as in both DTKS exports), to_regency, to_household_key, to_no_kk,
                                 to_kode_wilayah (the family in to_regency they joined), peristiwa and
                                 tanggal_peristiwa of their row in to_regency's DTKS, tanggal_pindah (the move).
                expected = GHOST_MOVED: a row of the current list (%5$s) whose person is not in this regency's DTKS
                                 export at all but is, with the same NIK, name and birth date, in to_regency's
                                 (PERISTIWA blank or DD). flags.csv has the GHOST_MOVED row, its note naming
                                 to_regency.
                expected = GHOST_DECEASED: the same, but to_regency's DTKS has them MD with a date before the
                                 current reference date. flags.csv has GHOST_DECEASED (not also GHOST_MOVED).
                expected = MOVED: a row of the previous list (%4$s), missing from the current list, whose person
                                 is now in to_regency's DTKS: a legitimate drop. drops.csv has the MOVED row and
                                 flags.csv no longer has the LOST_PKH / LOST_KIP row the person had before.
                What changed, and what did not:
                - a moved person's row is gone from this regency's DTKS export and from persons.csv, and is in
                  to_regency's, as FAMILI LAIN of a family there that receives nothing (moving in with
                  relatives), with that family's address, No. KK and decile; they keep their NIK (its prefix is
                  where they were first registered) and their ID DTKS;
                - links.csv still names them by that ID DTKS, with the household_key of the family they left
                  here; their family here keeps its other members, cases and drops unchanged;
                - only people with a simple truth were moved: one clean row (NIK, name and birth date written as
                  in DTKS), no other case, drop or trap, named in no complaint, alive and active, not a civil
                  servant, not the head of a family that stays, at most one person per family;
                - the death of a GHOST_DECEASED person is only in to_regency's DTKS, not on any death list.
                """.formatted(code, name, others, label1, label2);
    }
}
