package id.padan.synth;

import java.time.LocalDate;

/** One synthetic person, in DTKS or not (outside persons appear only in recipient or complaint rows). */
final class Person {
    /** ID DTKS for DTKS persons; {@code LUAR-nnnnnnn} for persons outside DTKS. */
    String key;
    boolean inDtks;
    Household household;
    String name;
    boolean female;
    LocalDate birth;
    String birthPlace;
    String motherName;
    /** Father's name for the KIP list when the father is not a household member (may be empty). */
    String fatherName;
    Person mother;
    Person father;
    String rel;
    String nikRegion;
    String nik;

    /** DTKS event: "" active, MD, PD, DD, TT, MM. */
    String peristiwa = "";
    LocalDate peristiwaDate;
    /** True date of death, whichever source knows it; null while alive. */
    LocalDate deathDate;
    /** Date on the Dukcapil death list, or null when the person is not on it. */
    LocalDate deathListDate;
    boolean pns;

    // KIP
    int kelasT1;
    int kelasT2;
    String noKip;
    String nisn;
    String schoolT1;
    String schoolT2;
    boolean kipT1;
    boolean kipT2;
    long kipT1Row;
    long kipT2Row;
    /** Marks a person of whom a recipient row exists in either period (never a NIK lender). */
    boolean listed;

    boolean active() {
        return deathDate == null && (peristiwa.isEmpty() || "DD".equals(peristiwa));
    }

    int age(LocalDate at) {
        return Dates.age(birth, at);
    }

    String sexLong() {
        return female ? "PEREMPUAN" : "LAKI-LAKI";
    }

    String firstToken() {
        Noise.Name n = Noise.Name.parse(name);
        return n.tokens.get(0);
    }
}
