package id.padan.standardize;

import java.time.LocalDate;

/**
 * One standardized person record, from any person-holding source kind. Its components are the columns of
 * {@code person_std} after the provenance columns, in this order. Null means unknown, never "disagrees".
 *
 * @param idDtks           registry person id as given (number or GUID), trimmed
 * @param nikRaw           the NIK exactly as read, for display and audit
 * @param nik              16 digits when the NIK could be cleaned to 16 digits, else null; also null when Excel
 *                         lost the last digit (EXCEL_TRUNCATED), since the rest may be somebody else's NIK
 * @param nikStatus        {@link NikStatus} name: the first rule broken, see {@link NikChecker}
 * @param nikReason        human-readable reason when the status is not VALID (Bahasa Indonesia is fine)
 * @param nikBirthDate     birth date decoded from NIK digits 7-12 (women: day minus 40), when it is a real date
 * @param nikSex           sex decoded from the NIK day (L or P)
 * @param noKk             16-digit family-card number when cleanable, else null
 * @param kkStatus         {@link NikStatus} name, using the same structural rules minus the sex/date-of-birth part
 * @param namaRaw          name as read
 * @param namaStd          standardized name (upper case, titles, degrees and patronymics removed, spellings folded)
 * @param namaTokens       the distinct tokens of namaStd, sorted and joined by one space: order-free comparison key
 * @param tanggalLahir     parsed birth date
 * @param jenisKelamin     L or P
 * @param tempatLahir      place of birth, upper case, trimmed
 * @param namaIbuStd       mother's name, standardized like namaStd
 * @param kodeWilayah      10-digit village code (no dots), given or resolved from names; 6 digits (kecamatan) when
 *                         no village was named or the named village was not found in a known kecamatan; an
 *                         unverified code the file gave when nothing else is known (status UNRESOLVED)
 * @param wilayahStatus    {@link WilayahStatus} name: GIVEN, RESOLVED, UNRESOLVED or MISSING
 * @param kecamatan        kecamatan name, upper case, prefix-free; the region table's name for the code when the
 *                         file gives none
 * @param desa             village name, upper case, without DESA / KEL. prefixes; from the address or the region
 *                         table when the file has no village column
 * @param alamat           free-text address, trimmed, single-spaced
 * @param dusun            dusun name, upper case; from the address when there is no dusun column
 * @param rt               RT padded to 3 digits, or null for blank / "-" / 0; from the address when the column says
 *                         nothing
 * @param rw               RW padded to 3 digits
 * @param hubunganKeluarga relationship to the head of family, upper case
 * @param peristiwa        MD, PD, DD, TT, MM or null when active
 * @param tanggalPeristiwa date of the event
 * @param desil            decile 1..10
 * @param pkh              receives PKH per the registry
 * @param bpnt             receives BPNT per the registry
 * @param pbi              receives PBI per the registry
 * @param kip              receives KIP per the registry
 * @param keteranganPadan  civil-registry match status carried through from SIKS-NG exports
 * @param nisn             national student number (KIP)
 * @param noKip            KIP card number
 * @param kelas            school class 1..12, when parseable
 * @param namaSekolah      school name
 * @param namaAyahStd      father's name, standardized
 * @param tanggalKematian  date of death (death list)
 * @param nip              civil-servant number
 * @param instansi         civil-servant agency
 * @param tanggalPengaduan complaint date
 */
public record StandardPerson(
        String idDtks,
        String nikRaw,
        String nik,
        String nikStatus,
        String nikReason,
        LocalDate nikBirthDate,
        String nikSex,
        String noKk,
        String kkStatus,
        String namaRaw,
        String namaStd,
        String namaTokens,
        LocalDate tanggalLahir,
        String jenisKelamin,
        String tempatLahir,
        String namaIbuStd,
        String kodeWilayah,
        String wilayahStatus,
        String kecamatan,
        String desa,
        String alamat,
        String dusun,
        String rt,
        String rw,
        String hubunganKeluarga,
        String peristiwa,
        LocalDate tanggalPeristiwa,
        Integer desil,
        Boolean pkh,
        Boolean bpnt,
        Boolean pbi,
        Boolean kip,
        String keteranganPadan,
        String nisn,
        String noKip,
        Integer kelas,
        String namaSekolah,
        String namaAyahStd,
        LocalDate tanggalKematian,
        String nip,
        String instansi,
        LocalDate tanggalPengaduan) {
}
