package id.padan.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One family (KK) with its members, address and program state. */
final class Household {
    String key;
    int villageIndex;
    RegionTable.Region village;
    RegionTable.Region kecamatan;
    /** Cached forms of the region codes and names (they are written on every row). */
    String villageDigits;
    String villageUpper;
    String kecDigits;
    String kecUpper;
    String alamat;
    String dusun;
    int rt;
    int rw;
    String kk;
    /** The KK number before a reissue between the periods, written in the previous period's PKH row; or null. */
    String oldKk;
    LocalDate kkIssue;
    int desil;
    /** Decile when the previous period's list was drawn up, if it has since changed. */
    int desilBefore;
    boolean bpnt;
    boolean pbi;
    final List<Person> members = new ArrayList<>(6);

    // PKH
    Person pengurus;
    boolean pkhT1;
    boolean pkhT2;
    long pkhT1Row;
    long pkhT2Row;
    /** Whether any member has a recipient row in either period (never a NIK lender then). */
    boolean listed;

    Person head() {
        return members.get(0);
    }
}
