package id.padan.synth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One synthesis run: generates households village by village, decides each household's programme history and the
 * cases planted in it, and streams the DTKS rows, recipient rows and truth rows as it goes. Only small buffers
 * outlive a household: pending duplicate copies, a ring of possible NIK lenders, complaints, deaths and civil
 * servants (written sorted at the end), and per-village counts.
 */
final class SynthRun implements Closeable {

    // ---- planted rates (per candidate; "a few %" of the current list each) ----
    // PKH outcome of a previous-period family
    static final double PKH_LOST = 0.030;
    static final double PKH_DROP_DIED = 0.015;
    static final double PKH_DROP_MOVED = 0.010;
    static final double PKH_DROP_DECILE = 0.020;
    static final double PKH_GHOST_DECEASED = 0.015;
    static final double PKH_GHOST_MOVED = 0.012;
    static final double PKH_GHOST_NOT_ELIGIBLE = 0.015;
    // KIP household-level outcome (households with previous-period students and no PKH family)
    static final double KIP_HH_DROP_DECILE = 0.012;
    static final double KIP_HH_GHOST_NOT_ELIGIBLE = 0.012;
    static final double KIP_HH_DROP_MOVED = 0.006;
    static final double KIP_HH_GHOST_MOVED = 0.006;
    // KIP outcome of one previous-period student
    static final double KIP_LOST = 0.030;
    static final double KIP_DROP_DIED = 0.003;
    static final double KIP_DROP_MOVED = 0.006;
    static final double KIP_GHOST_DECEASED = 0.008;
    static final double KIP_GHOST_MOVED = 0.006;
    /** per eligible household with a grown child: a 21-year-old student who turns 22 between the periods */
    static final double KIP_AGED_OUT = 0.006;
    // row-level plants on clean current-period rows
    static final double ROW_INVALID_NIK = 0.015;
    static final double ROW_NIK_MISMATCH = 0.010;
    static final double ROW_CIVIL_SERVANT = 0.010;
    static final double ROW_DUPLICATE = 0.015;
    static final double ROW_NOT_IN_DTKS = 0.015;
    static final double ROW_TRAP_DEATH_AFTER = 0.004;
    // new current-period entries of households above the decile limit
    static final double NEW_NOT_ELIGIBLE_PKH = 0.004;
    static final double NEW_NOT_ELIGIBLE_KIP = 0.005;
    // complaints per household
    static final double COMPLAINT_NOT_IN_DTKS = 0.008;
    static final double COMPLAINT_PMKS = 0.006;

    static final double[] DECILE_WEIGHTS = {0.17, 0.16, 0.15, 0.14, 0.12, 0.09, 0.07, 0.05, 0.03, 0.02};
    static final int DECILE_LIMIT = 4;

    private static final String YA = "YA";
    private static final String TIDAK = "TIDAK";

    // ---------------------------------------------------------------- configuration
    private final SynthOptions o;
    private final RegionTable regions;
    private final RegionTable.Regency reg;
    private final NameBank names;
    private final Path out;
    private final LocalDate t1;
    private final LocalDate t2;
    private final String label1;
    private final String label2;
    private final String dtksName;
    private final String pkh1Name;
    private final String pkh2Name;
    private final String kip1Name;
    private final String kip2Name;
    private final int schoolYears;
    private final String regencyPlace;
    private final String regency4;
    private final String provUpper;
    private final String kabExport;

    /** World facts: people, events, memberships. */
    private final SplittableRandom pop;
    /** Numbers: NIK serials, GUIDs, NISN, KIP numbers, phone numbers. */
    private final SplittableRandom ids;
    /** Which cases are planted where. */
    private final SplittableRandom plant;
    /** Complaints. */
    private final SplittableRandom comp;
    private final Noise noise;

    // ---------------------------------------------------------------- regions
    private final List<RegionTable.Region> villages;
    private final RegionTable.Region[] kecOfVillage;
    private final String[] kecDigits;
    private final int[] rtCount;
    private final int[] rwCount;
    private final int[] dusunCount;
    private final long[] dtksPerVillage;
    private final String[] villageDigitsOf;
    private final String[] villageUpperOf;

    // ---------------------------------------------------------------- output
    private CsvSink dtks;
    private CsvSink pkh1;
    private CsvSink pkh2;
    private CsvSink kip1;
    private CsvSink kip2;
    private CsvSink tPersons;
    private CsvSink tLinks;
    private CsvSink tFlags;
    private CsvSink tDrops;
    private CsvSink tTraps;
    private final List<CsvSink> open = new ArrayList<>();
    private final Map<String, Long> files = new LinkedHashMap<>();
    private final Map<String, Long> flagCounts = new LinkedHashMap<>();
    private final Map<String, Long> dropCounts = new LinkedHashMap<>();

    // ---------------------------------------------------------------- state
    private final LongHashSet used;
    private long personCount;
    private long householdCount;
    private int outsideSeq;
    private int outsideHouseholdSeq;
    private int dupSeq;
    private final Person[] lenders = new Person[4096];
    private int lenderCount;
    private int lenderPos;
    private final ArrayDeque<Pending> pendingPkh2 = new ArrayDeque<>();
    private final ArrayDeque<Pending> pendingKip2 = new ArrayDeque<>();
    private final List<Complaint> complaints = new ArrayList<>();
    private final List<String[]> deaths = new ArrayList<>();
    private final List<String[]> civilServants = new ArrayList<>();
    private final Map<String, Person> pendamping = new HashMap<>();
    private long dtksDeaths;

    // ---------------------------------------------------------------- planters
    private final Planter pkhLost;
    private final Planter pkhDropDied;
    private final Planter pkhDropMoved;
    private final Planter pkhDropDecile;
    private final Planter pkhGhostDeceased;
    private final Planter pkhGhostMoved;
    private final Planter pkhGhostNotEligible;
    private final Planter kipHhDropDecile;
    private final Planter kipHhGhostNotEligible;
    private final Planter kipHhDropMoved;
    private final Planter kipHhGhostMoved;
    private final Planter kipLost;
    private final Planter kipDropDied;
    private final Planter kipDropMoved;
    private final Planter kipGhostDeceased;
    private final Planter kipGhostMoved;
    private final Planter kipAgedOut;
    private final Planter pkhInvalid;
    private final Planter pkhMismatch;
    private final Planter pkhCivilServant;
    private final Planter pkhDuplicate;
    private final Planter pkhNotInDtks;
    private final Planter kipInvalid;
    private final Planter kipMismatch;
    private final Planter kipDuplicate;
    private final Planter kipNotInDtks;
    private final Planter trapDeathAfter;
    private final Planter newNotEligiblePkh;
    private final Planter newNotEligibleKip;
    private final Planter complaintNotInDtks;
    private final Planter complaintPmks;

    SynthRun(SynthOptions o, RegionTable regions, NameBank names) {
        this.o = o;
        this.regions = regions;
        this.reg = regions.regency(o.regencyCode());
        this.names = names;
        this.out = o.outDir();
        this.t1 = o.period1Date();
        this.t2 = o.period2Date();
        this.label1 = SynthFiles.periodLabel(t1, 1);
        this.label2 = SynthFiles.periodLabel(t2, 2);
        this.dtksName = SynthFiles.dtks(o.regencyCode());
        this.pkh1Name = SynthFiles.pkh(t1, 1);
        this.pkh2Name = SynthFiles.pkh(t2, 2);
        this.kip1Name = SynthFiles.kip(t1, 1);
        this.kip2Name = SynthFiles.kip(t2, 2);
        this.schoolYears = schoolYearsBetween(t1, t2);
        String rn = reg.exportName();
        this.regencyPlace = rn.startsWith("KOTA ") ? rn.substring(5) : rn;
        this.regency4 = o.regencyCode().replace(".", "");
        this.provUpper = reg.province().upperName();
        this.kabExport = reg.exportName();

        SplittableRandom root = new SplittableRandom(o.seed());
        this.pop = root.split();
        this.ids = root.split();
        this.plant = root.split();
        this.comp = root.split();
        this.noise = new Noise(root.split(), o.noise());
        SplittableRandom villageR = root.split();

        this.used = new LongHashSet((int) Math.min(1 << 26, o.households() * 6L + 100_000));

        this.villages = reg.villages();
        int nv = villages.size();
        this.kecOfVillage = new RegionTable.Region[nv];
        this.rtCount = new int[nv];
        this.rwCount = new int[nv];
        this.dusunCount = new int[nv];
        this.dtksPerVillage = new long[nv];
        this.villageDigitsOf = new String[nv];
        this.villageUpperOf = new String[nv];
        Map<String, RegionTable.Region> kecByCode = new HashMap<>();
        for (RegionTable.Region k : reg.kecamatan()) {
            kecByCode.put(k.code(), k);
        }
        this.kecDigits = new String[reg.kecamatan().size()];
        for (int i = 0; i < kecDigits.length; i++) {
            kecDigits[i] = reg.kecamatan().get(i).digits();
        }
        for (int i = 0; i < nv; i++) {
            kecOfVillage[i] = kecByCode.get(villages.get(i).parentCode());
            villageDigitsOf[i] = villages.get(i).digits();
            villageUpperOf[i] = villages.get(i).upperName();
            rwCount[i] = 1 + villageR.nextInt(villages.get(i).isKelurahan() ? 8 : 4);
            rtCount[i] = rwCount[i] * (2 + villageR.nextInt(5));
            dusunCount[i] = villages.get(i).isKelurahan() ? 0 : 2 + villageR.nextInt(4);
        }
        this.villageWeightSeed = villageR.nextLong();

        pkhLost = planter("LOST_PKH", PKH_LOST);
        pkhDropDied = planter("PKH drop died", PKH_DROP_DIED);
        pkhDropMoved = planter("PKH drop moved", PKH_DROP_MOVED);
        pkhDropDecile = planter("PKH drop decile", PKH_DROP_DECILE);
        pkhGhostDeceased = planter("PKH GHOST_DECEASED", PKH_GHOST_DECEASED);
        pkhGhostMoved = planter("PKH GHOST_MOVED", PKH_GHOST_MOVED);
        pkhGhostNotEligible = planter("PKH GHOST_NOT_ELIGIBLE", PKH_GHOST_NOT_ELIGIBLE);
        kipHhDropDecile = planter("KIP hh drop decile", KIP_HH_DROP_DECILE);
        kipHhGhostNotEligible = planter("KIP hh GHOST_NOT_ELIGIBLE", KIP_HH_GHOST_NOT_ELIGIBLE);
        kipHhDropMoved = planter("KIP hh drop moved", KIP_HH_DROP_MOVED);
        kipHhGhostMoved = planter("KIP hh GHOST_MOVED", KIP_HH_GHOST_MOVED);
        kipLost = planter("LOST_KIP", KIP_LOST);
        kipDropDied = planter("KIP drop died", KIP_DROP_DIED);
        kipDropMoved = planter("KIP drop moved", KIP_DROP_MOVED);
        kipGhostDeceased = planter("KIP GHOST_DECEASED", KIP_GHOST_DECEASED);
        kipGhostMoved = planter("KIP GHOST_MOVED", KIP_GHOST_MOVED);
        kipAgedOut = planter("KIP aged out", KIP_AGED_OUT);
        pkhInvalid = planter("PKH GHOST_INVALID_NIK", ROW_INVALID_NIK);
        pkhMismatch = planter("PKH GHOST_NIK_NAME_MISMATCH", ROW_NIK_MISMATCH);
        pkhCivilServant = planter("PKH GHOST_CIVIL_SERVANT", ROW_CIVIL_SERVANT);
        pkhDuplicate = planter("PKH GHOST_DUPLICATE", ROW_DUPLICATE);
        pkhNotInDtks = planter("PKH GHOST_NOT_IN_DTKS", ROW_NOT_IN_DTKS);
        kipInvalid = planter("KIP GHOST_INVALID_NIK", ROW_INVALID_NIK);
        kipMismatch = planter("KIP GHOST_NIK_NAME_MISMATCH", ROW_NIK_MISMATCH);
        kipDuplicate = planter("KIP GHOST_DUPLICATE", ROW_DUPLICATE);
        kipNotInDtks = planter("KIP GHOST_NOT_IN_DTKS", ROW_NOT_IN_DTKS);
        trapDeathAfter = planter("trap death after reference date", ROW_TRAP_DEATH_AFTER);
        newNotEligiblePkh = planter("new PKH GHOST_NOT_ELIGIBLE", NEW_NOT_ELIGIBLE_PKH);
        newNotEligibleKip = planter("new KIP GHOST_NOT_ELIGIBLE", NEW_NOT_ELIGIBLE_KIP);
        complaintNotInDtks = planter("COMPLAINT_NOT_IN_DTKS", COMPLAINT_NOT_IN_DTKS);
        complaintPmks = planter("PMKS complaint", COMPLAINT_PMKS);

        for (String f : SynthFiles.FLAGS) {
            flagCounts.put(f, 0L);
        }
        for (String d : SynthFiles.DROP_REASONS) {
            dropCounts.put(d, 0L);
        }
    }

    private final long villageWeightSeed;

    private Planter planter(String name, double rate) {
        return new Planter(name, rate, plant.split());
    }

    /** Number of school-year starts (1 July) in (t1, t2]. */
    static int schoolYearsBetween(LocalDate t1, LocalDate t2) {
        int n = 0;
        for (int y = t1.getYear(); y <= t2.getYear(); y++) {
            LocalDate july = LocalDate.of(y, Month.JULY, 1);
            if (july.isAfter(t1) && !july.isAfter(t2)) {
                n++;
            }
        }
        return n;
    }

    Map<String, Long> files() {
        return files;
    }

    Map<String, Long> flagCounts() {
        return flagCounts;
    }

    Map<String, Long> dropCounts() {
        return dropCounts;
    }

    long persons() {
        return personCount;
    }

    long households() {
        return householdCount;
    }

    // =====================================================================================================
    // driver
    // =====================================================================================================

    void run() throws IOException {
        Files.createDirectories(out.resolve(SynthFiles.TRUTH_DIR));
        openSinks();
        int[] perVillage = allocateHouseholds();
        for (int v = 0; v < villages.size(); v++) {
            for (int k = 0; k < perVillage[v]; k++) {
                step(v);
            }
        }
        flushPending(pkh2, pendingPkh2, true);
        flushPending(kip2, pendingKip2, true);
        writeComplaints();
        writeDeaths();
        writeCivilServants();
        writePopulation();
        writeTruthReadme();
        closeSinks();
    }

    private void openSinks() throws IOException {
        Charset utf8 = StandardCharsets.UTF_8;
        dtks = sink(new CsvSink(out.resolve(dtksName), dtksName, '|', utf8, "\n", true, false,
                SynthFiles.DTKS_HEADER));
        // previous period: plain UTF-8; current period: Excel in the Indonesian locale (; cp1252 CRLF)
        pkh1 = sink(new CsvSink(out.resolve(pkh1Name), pkh1Name, ',', utf8, "\n", false, false,
                SynthFiles.PKH_HEADER));
        pkh2 = sink(new CsvSink(out.resolve(pkh2Name), pkh2Name, ';', Charset.forName("windows-1252"), "\r\n",
                false, false, SynthFiles.PKH_HEADER));
        // KIP: previous period UTF-8 with a byte-order mark, current plain UTF-8
        kip1 = sink(new CsvSink(out.resolve(kip1Name), kip1Name, ',', utf8, "\n", false, true,
                SynthFiles.KIP_HEADER));
        kip2 = sink(new CsvSink(out.resolve(kip2Name), kip2Name, ',', utf8, "\n", false, false,
                SynthFiles.KIP_HEADER));
        tPersons = sink(CsvSink.plain(out, SynthFiles.TRUTH_PERSONS, SynthFiles.TRUTH_PERSONS_HEADER));
        tLinks = sink(CsvSink.plain(out, SynthFiles.TRUTH_LINKS, SynthFiles.TRUTH_LINKS_HEADER));
        tFlags = sink(CsvSink.plain(out, SynthFiles.TRUTH_FLAGS, SynthFiles.TRUTH_FLAGS_HEADER));
        tDrops = sink(CsvSink.plain(out, SynthFiles.TRUTH_DROPS, SynthFiles.TRUTH_DROPS_HEADER));
        tTraps = sink(CsvSink.plain(out, SynthFiles.TRUTH_TRAPS, SynthFiles.TRUTH_TRAPS_HEADER));
    }

    private CsvSink sink(CsvSink s) {
        open.add(s);
        return s;
    }

    private void closeSinks() throws IOException {
        IOException first = null;
        for (CsvSink s : open) {
            try {
                s.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
            files.put(s.name(), s.rows());
        }
        open.clear();
        if (first != null) {
            throw first;
        }
        // keep a stable, readable order: inputs first, truth after
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String f : List.of(dtksName, pkh1Name, pkh2Name, kip1Name, kip2Name, SynthFiles.COMPLAINTS,
                SynthFiles.DEATHS, SynthFiles.CIVIL_SERVANTS, SynthFiles.POPULATION, SynthFiles.TRUTH_PERSONS,
                SynthFiles.TRUTH_LINKS, SynthFiles.TRUTH_FLAGS, SynthFiles.TRUTH_DROPS,
                SynthFiles.TRUTH_COMPLAINT_LINKS, SynthFiles.TRUTH_TRAPS)) {
            if (files.containsKey(f)) {
                ordered.put(f, files.get(f));
            }
        }
        files.clear();
        files.putAll(ordered);
    }

    @Override
    public void close() throws IOException {
        for (CsvSink s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
        open.clear();
    }

    /** Households per village: log-normal weights, kelurahan (towns) larger; largest remainder to the total. */
    private int[] allocateHouseholds() {
        SplittableRandom r = new SplittableRandom(villageWeightSeed);
        int nv = villages.size();
        double[] w = new double[nv];
        double sum = 0;
        for (int i = 0; i < nv; i++) {
            double g = gaussian(r);
            w[i] = Math.exp(0.7 * g) * (villages.get(i).isKelurahan() ? 1.8 : 1.0);
            sum += w[i];
        }
        int total = o.households();
        int[] n = new int[nv];
        double[] rem = new double[nv];
        int given = 0;
        for (int i = 0; i < nv; i++) {
            double exact = total * w[i] / sum;
            n[i] = (int) Math.floor(exact);
            rem[i] = exact - n[i];
            given += n[i];
        }
        Integer[] order = new Integer[nv];
        for (int i = 0; i < nv; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> rem[b] != rem[a] ? Double.compare(rem[b], rem[a]) : a - b);
        for (int k = 0; given < total; k = (k + 1) % nv) {
            n[order[k]]++;
            given++;
        }
        return n;
    }

    static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    // =====================================================================================================
    // one household
    // =====================================================================================================

    /** What happened to a household's programme rows between the periods. */
    private static final class Plan {
        /** PKH: LOST, DROP, STAY, NEW or null when no PKH row in either period. */
        String pkhOutcome;
        String pkhDropReason;
        LocalDate pkhEventDate;
        String pkhDropNote;
        /** Ghost flag of the current PKH row because of an event (deceased, moved, not eligible), or null. */
        String pkhGhost;
        String pkhGhostNote;
        RowPlant pkhPlant;
        /** Household-level event between the periods: MOVED_DROP, MOVED_GHOST, DECILE_DROP, DECILE_GHOST. */
        String hhEvent;
        LocalDate hhEventDate;
        final List<Student> students = new ArrayList<>(4);
        /** Death date (after t2) planted as a trap on someone who is still rightly in the current list. */
        boolean trapDeath;
    }

    /** A KIP student's fate across the two periods. */
    private static final class Student {
        final Person p;
        /** LOST, DROP, STAY, NEW */
        String outcome;
        String dropReason;
        LocalDate eventDate;
        String dropNote;
        String ghost;
        String ghostNote;
        RowPlant plant;

        Student(Person p) {
            this.p = p;
        }
    }

    /** A row-level plant on a clean current-period row. */
    private static final class RowPlant {
        /** GHOST_INVALID_NIK, GHOST_NIK_NAME_MISMATCH, GHOST_CIVIL_SERVANT, GHOST_DUPLICATE */
        String flag;
        String invalidKind;
        Person lender;
    }

    private void step(int vi) throws IOException {
        Household h = newHousehold(vi);
        pastEvents(h);
        h.desil = drawDecile(pop);
        h.desilBefore = h.desil;
        Plan plan = new Plan();
        chooseT1(h, plan);
        outcomes(h, plan);
        newEntries(h, plan);
        rowPlants(h, plan);
        sideFacts(h, plan);
        assignIds(h);
        writeDtks(h);
        writeT1(h, plan);
        writeT2(h, plan);
        collectReferenceRows(h);
        householdComplaints(h, plan);
        offerLenders(h);
    }

    // ---------------------------------------------------------------- members

    private Household newHousehold(int vi) {
        Household h = new Household();
        householdCount++;
        h.key = "H" + pad(householdCount, 7);
        h.villageIndex = vi;
        h.village = villages.get(vi);
        h.kecamatan = kecOfVillage[vi];
        cacheRegion(h);
        h.rt = 1 + pop.nextInt(rtCount[vi]);
        h.rw = 1 + (h.rt - 1) * rwCount[vi] / rtCount[vi];
        h.dusun = dusunCount[vi] == 0 ? "" : "DUSUN " + roman(1 + (h.rt - 1) * dusunCount[vi] / rtCount[vi]);
        double x = pop.nextDouble();
        String street = names.street(pop);
        if (h.village.isKelurahan()) {
            h.alamat = x < 0.85 ? "JL. " + street + (pop.nextDouble() < 0.6 ? " NO. " + (1 + pop.nextInt(120)) : "")
                    : "GG. " + street;
        } else if (x < 0.5) {
            h.alamat = "RT " + pad(h.rt, 3) + " RW " + pad(h.rw, 3) + (h.dusun.isEmpty() ? "" : " " + h.dusun);
        } else if (x < 0.85) {
            h.alamat = "JL. " + street + (pop.nextDouble() < 0.4 ? " NO. " + (1 + pop.nextInt(80)) : "");
        } else {
            h.alamat = "GG. " + street;
        }

        int headAge = drawHeadAge(pop);
        boolean headFemale = pop.nextDouble() < (headAge >= 55 ? 0.28 : 0.09);
        Person head = member(h, "KEPALA KELUARGA", headFemale, headAge);
        Person wife = null;
        if (!headFemale && pop.nextDouble() < (headAge >= 65 ? 0.65 : 0.9)) {
            int wAge = headAge - pop.nextInt(9) + (pop.nextDouble() < 0.1 ? 1 + pop.nextInt(4) : 0);
            wife = member(h, "ISTRI", true, Math.max(18, wAge));
        }
        Person mother = headFemale ? head : wife;
        Person father = headFemale ? null : head;
        int motherAge = mother != null ? mother.age(t2) : headAge - 3;
        int nChildren = drawChildren(pop);
        // children born while the mother was 17..44
        int maxChildAge = Math.min(motherAge - 17, 32);
        int minChildAge = Math.max(0, motherAge - 44);
        List<Person> children = new ArrayList<>();
        if (maxChildAge >= minChildAge) {
            List<Integer> ages = new ArrayList<>();
            for (int i = 0; i < nChildren; i++) {
                int ca = minChildAge + pop.nextInt(maxChildAge - minChildAge + 1);
                if (ca >= 19 && pop.nextDouble() > (ca <= 25 ? 0.6 : 0.3)) {
                    continue; // grown children have often left
                }
                ages.add(ca);
            }
            ages.sort(Comparator.reverseOrder());
            for (int ca : ages) {
                Person c = member(h, "ANAK", pop.nextBoolean(), ca);
                c.mother = mother;
                c.father = father;
                c.motherName = mother != null ? plainName(mother.name) : randomMotherName();
                if (father == null) {
                    c.fatherName = pop.nextDouble() < 0.6 ? names.fullName(pop, true, motherAge + 3) : "";
                }
                children.add(c);
            }
        }
        if (pop.nextDouble() < 0.10) {
            int gAge = headAge + 20 + pop.nextInt(13);
            if (gAge <= 95) {
                boolean gFemale = pop.nextDouble() < 0.75;
                boolean mertua = wife != null && pop.nextDouble() < 0.4;
                Person g = member(h, mertua ? "MERTUA" : "ORANG TUA", gFemale, gAge);
                if (gFemale) {
                    if (mertua) {
                        wife.motherName = plainName(g.name);
                    } else {
                        head.motherName = plainName(g.name);
                    }
                }
            }
        }
        if (pop.nextDouble() < 0.04) {
            for (Person c : children) {
                int ca = c.age(t2);
                if (c.female && ca >= 19) {
                    Person menantu = member(h, "MENANTU", false, ca + pop.nextInt(6));
                    int nc = 1 + pop.nextInt(2);
                    for (int i = 0; i < nc && ca - 18 >= 0; i++) {
                        Person cucu = member(h, "CUCU", pop.nextBoolean(), pop.nextInt(ca - 17));
                        cucu.mother = c;
                        cucu.father = menantu;
                        cucu.motherName = plainName(c.name);
                    }
                    break;
                }
            }
        }
        if (pop.nextDouble() < 0.03) {
            member(h, "FAMILI LAIN", pop.nextBoolean(), 5 + pop.nextInt(56));
        }
        return h;
    }

    private void cacheRegion(Household h) {
        h.villageDigits = villageDigitsOf[h.villageIndex];
        h.villageUpper = villageUpperOf[h.villageIndex];
        h.kecDigits = h.villageDigits.substring(0, 6);
        h.kecUpper = h.kecamatan.upperName();
    }

    private Person member(Household h, String rel, boolean female, int age) {
        Person p = new Person();
        p.inDtks = true;
        p.household = h;
        p.rel = rel;
        p.female = female;
        p.birth = birthForAge(pop, age);
        String n = names.fullName(pop, !female, age);
        if (age >= 45 && pop.nextDouble() < 0.07) {
            n = (female ? "HJ. " : "H. ") + n;
        }
        p.name = n;
        p.motherName = randomMotherName();
        p.fatherName = "";
        p.birthPlace = birthPlace(h);
        h.members.add(p);
        return p;
    }

    private String randomMotherName() {
        return names.fullName(pop, false, 70);
    }

    private String birthPlace(Household h) {
        double x = pop.nextDouble();
        if (x < 0.55) {
            return regencyPlace;
        }
        if (x < 0.80) {
            return h.kecUpper;
        }
        if (x < 0.85) {
            return h.villageUpper;
        }
        return CITIES[pop.nextInt(CITIES.length)];
    }

    private static final String[] CITIES = {"BANJARMASIN", "PALANGKARAYA", "SEMARANG", "SURABAYA", "YOGYAKARTA",
        "MALANG", "BANJARBARU", "SAMPIT", "PULANG PISAU", "KEDIRI", "MADIUN", "JAKARTA", "BANDUNG", "BLITAR",
        "PONTIANAK", "MARTAPURA", "KUALA KURUN", "BUNTOK"};

    static String plainName(String name) {
        Noise.Name n = Noise.Name.parse(name);
        n.title = "";
        n.degree = "";
        return n.render();
    }

    static LocalDate birthForAge(SplittableRandom r, int ageAtRef, LocalDate ref) {
        long hi = ref.minusYears(ageAtRef).toEpochDay();
        long lo = ref.minusYears(ageAtRef + 1L).toEpochDay() + 1;
        return LocalDate.ofEpochDay(lo + r.nextLong(hi - lo + 1));
    }

    private LocalDate birthForAge(SplittableRandom r, int ageAtT2) {
        return birthForAge(r, ageAtT2, t2);
    }

    static int drawHeadAge(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.12) {
            return 22 + r.nextInt(8);
        }
        if (x < 0.40) {
            return 30 + r.nextInt(10);
        }
        if (x < 0.66) {
            return 40 + r.nextInt(10);
        }
        if (x < 0.84) {
            return 50 + r.nextInt(10);
        }
        if (x < 0.95) {
            return 60 + r.nextInt(10);
        }
        return 70 + r.nextInt(16);
    }

    static int drawChildren(SplittableRandom r) {
        double x = r.nextDouble();
        double[] cum = {0.08, 0.28, 0.58, 0.80, 0.92, 0.97, 1.0};
        for (int i = 0; i < cum.length; i++) {
            if (x < cum[i]) {
                return i;
            }
        }
        return 2;
    }

    static int drawDecile(SplittableRandom r) {
        double x = r.nextDouble();
        double c = 0;
        for (int i = 0; i < DECILE_WEIGHTS.length; i++) {
            c += DECILE_WEIGHTS[i];
            if (x < c) {
                return i + 1;
            }
        }
        return 10;
    }

    // ---------------------------------------------------------------- events before the previous period

    private void pastEvents(Household h) {
        LocalDate early = t1.minusYears(6);
        LocalDate lastBefore = t1.minusDays(1);
        if (pop.nextDouble() < 0.008) {
            LocalDate d = Dates.between(pop, early, lastBefore);
            for (Person m : h.members) {
                if (m.birth.isBefore(d)) {
                    m.peristiwa = "PD";
                    m.peristiwaDate = d;
                }
            }
        }
        for (Person m : h.members) {
            int age = m.age(t1);
            double pDie = age >= 70 ? 0.07 : age >= 60 ? 0.025 : age >= 40 ? 0.004 : 0.0015;
            LocalDate from = m.birth.isAfter(early) ? m.birth.plusDays(1) : early;
            if (from.isAfter(lastBefore)) {
                continue; // born after the previous period
            }
            if (pop.nextDouble() < pDie) {
                LocalDate d = Dates.between(pop, from, lastBefore);
                m.deathDate = d;
                boolean md = pop.nextDouble() < 0.75;
                if (md) {
                    m.peristiwa = "MD";
                    m.peristiwaDate = d;
                }
                if (!md || pop.nextDouble() < 0.8) {
                    m.deathListDate = d;
                }
                continue;
            }
            if (!m.peristiwa.isEmpty()) {
                continue;
            }
            double x = pop.nextDouble();
            double pd = "ANAK".equals(m.rel) && age >= 18 ? 0.06 : 0.004;
            if (x < pd) {
                m.peristiwa = "PD";
            } else if (x < pd + 0.015) {
                m.peristiwa = "DD";
            } else if (x < pd + 0.019) {
                m.peristiwa = "TT";
            } else if (x < pd + 0.0205) {
                m.peristiwa = "MM";
            }
            if (!m.peristiwa.isEmpty()) {
                m.peristiwaDate = Dates.between(pop, from, lastBefore);
            }
        }
    }

    // ---------------------------------------------------------------- previous-period lists

    private static boolean childLike(Person p) {
        return "ANAK".equals(p.rel) || "CUCU".equals(p.rel) || "FAMILI LAIN".equals(p.rel);
    }

    private boolean hasComponent(Household h, LocalDate at) {
        for (Person m : h.members) {
            if (m.active() && !m.birth.isAfter(at)) {
                int a = m.age(at);
                if (a < 19 || a >= 60) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The PKH pengurus: the wife/mother when there is one, else a female head, a grandmother, the head. */
    private static Person pickPengurus(Household h, LocalDate at) {
        Person best = null;
        int bestRank = 99;
        for (Person m : h.members) {
            if (!m.active() || m.birth.isAfter(at) || m.age(at) < 18) {
                continue;
            }
            int rank;
            if ("ISTRI".equals(m.rel)) {
                rank = 0;
            } else if ("KEPALA KELUARGA".equals(m.rel) && m.female) {
                rank = 1;
            } else if (("ORANG TUA".equals(m.rel) || "MERTUA".equals(m.rel)) && m.female) {
                rank = 2;
            } else if ("KEPALA KELUARGA".equals(m.rel)) {
                rank = 3;
            } else {
                continue;
            }
            if (rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Class 1..12 of a child of this age at a reference date, or 0 when not in school. */
    static int kelasFor(int age, SplittableRandom r) {
        if (age < 6 || age > 21) {
            return 0;
        }
        double enrol = age <= 12 ? 0.96 : age <= 15 ? 0.88 : age <= 18 ? 0.70 : 0.12;
        if (r.nextDouble() >= enrol) {
            return 0;
        }
        if (age >= 19) {
            return 10 + r.nextInt(3);
        }
        int k = age - 6 + (r.nextDouble() < 0.5 ? 1 : 0) - (r.nextDouble() < 0.15 ? 1 : 0);
        if (k < 1) {
            k = 1;
        }
        return k > 12 ? 0 : k;
    }

    private void chooseT1(Household h, Plan plan) {
        boolean eligible = h.desil <= DECILE_LIMIT;
        if (eligible && hasComponent(h, t1)) {
            Person pg = pickPengurus(h, t1);
            if (pg != null && pop.nextDouble() < 0.42) {
                h.pkhT1 = true;
                h.pengurus = pg;
            }
        }
        if (!eligible) {
            return;
        }
        Person grown = null;
        for (Person m : h.members) {
            if (!m.active() || !childLike(m) || m == h.pengurus || m.birth.isAfter(t1)) {
                continue;
            }
            int age = m.age(t1);
            if (age >= 19 && age <= 23 && "ANAK".equals(m.rel) && grown == null) {
                grown = m;
            }
            int k = kelasFor(age, pop);
            if (k > 0 && pop.nextDouble() < 0.55) {
                m.kipT1 = true;
                m.kelasT1 = k;
            }
        }
        if (grown != null && !grown.kipT1 && kipAgedOut.offer()) {
            // a late student: 21 at the previous period's date, 22 at the current one, class 10 or 11
            LocalDate latest = t1.minusYears(21); // 21 on t1
            LocalDate mustBeBefore = t2.minusYears(22); // 22 on t2
            LocalDate earliest = t1.minusYears(22).plusDays(1); // still 21 on t1
            LocalDate hi = latest.isBefore(mustBeBefore) ? latest : mustBeBefore;
            boolean motherOk = grown.mother == null || Dates.age(grown.mother.birth, hi) >= 17;
            if (!hi.isBefore(earliest) && motherOk) {
                kipAgedOut.take();
                grown.birth = Dates.between(pop, earliest, hi);
                grown.kipT1 = true;
                grown.kelasT1 = 10 + pop.nextInt(2);
            }
        }
        for (Person m : h.members) {
            if (m.kipT1) {
                m.schoolT1 = school(m.kelasT1, h, pop.nextInt(1 << 20));
                m.noKip = kipNumber();
                m.nisn = nisn(m);
                plan.students.add(new Student(m));
            }
        }
    }

    // ---------------------------------------------------------------- between the periods

    private LocalDate betweenPeriods() {
        return Dates.between(pop, t1.plusDays(1), t2.minusDays(1));
    }

    private void die(Person p, LocalDate d, boolean md, boolean onList) {
        p.deathDate = d;
        if (md) {
            p.peristiwa = "MD";
            p.peristiwaDate = d;
        }
        if (onList) {
            p.deathListDate = d;
        }
    }

    private void moveHousehold(Household h, LocalDate d) {
        for (Person m : h.members) {
            if (m.active()) {
                m.peristiwa = "PD";
                m.peristiwaDate = d;
            }
        }
    }

    private void raiseDecile(Household h) {
        h.desilBefore = h.desil;
        h.desil = DECILE_LIMIT + 1 + pop.nextInt(4);
    }

    private static Planter firstDue(Planter... ps) {
        Planter chosen = null;
        for (Planter p : ps) {
            if (p.offer() && chosen == null) {
                chosen = p;
            }
        }
        if (chosen != null) {
            chosen.take();
        }
        return chosen;
    }

    private void outcomes(Household h, Plan plan) {
        if (h.pkhT1) {
            Person pg = h.pengurus;
            Planter c = firstDue(pkhLost, pkhDropDied, pkhDropMoved, pkhDropDecile, pkhGhostDeceased, pkhGhostMoved,
                    pkhGhostNotEligible);
            plan.pkhOutcome = "STAY";
            if (c == pkhLost) {
                plan.pkhOutcome = "LOST";
            } else if (c == pkhDropDied || c == pkhGhostDeceased) {
                LocalDate d = betweenPeriods();
                boolean md = pop.nextDouble() < (c == pkhDropDied ? 0.65 : 0.5);
                boolean onList = !md || pop.nextDouble() < 0.5;
                die(pg, d, md, onList);
                String how = md ? (onList ? "DTKS MD and death list" : "DTKS MD") : "death list only, DTKS not updated";
                if (c == pkhDropDied) {
                    plan.pkhOutcome = "DROP";
                    plan.pkhDropReason = "DIED";
                    plan.pkhEventDate = d;
                    plan.pkhDropNote = "pengurus died " + d + " (" + how + ")";
                } else {
                    plan.pkhGhost = "GHOST_DECEASED";
                    plan.pkhGhostNote = "pengurus died " + d + " (" + how + ")";
                }
            } else if (c == pkhDropMoved || c == pkhGhostMoved) {
                LocalDate d = betweenPeriods();
                moveHousehold(h, d);
                plan.hhEvent = c == pkhDropMoved ? "MOVED_DROP" : "MOVED_GHOST";
                plan.hhEventDate = d;
                if (c == pkhDropMoved) {
                    plan.pkhOutcome = "DROP";
                    plan.pkhDropReason = "MOVED";
                    plan.pkhEventDate = d;
                    plan.pkhDropNote = "family moved out (PD) " + d;
                } else {
                    plan.pkhGhost = "GHOST_MOVED";
                    plan.pkhGhostNote = "family moved out (PD) " + d;
                }
            } else if (c == pkhDropDecile || c == pkhGhostNotEligible) {
                raiseDecile(h);
                plan.hhEvent = c == pkhDropDecile ? "DECILE_DROP" : "DECILE_GHOST";
                if (c == pkhDropDecile) {
                    plan.pkhOutcome = "DROP";
                    plan.pkhDropReason = "DECILE_ROSE";
                    plan.pkhDropNote = "decile " + h.desilBefore + " -> " + h.desil;
                } else {
                    plan.pkhGhost = "GHOST_NOT_ELIGIBLE";
                    plan.pkhGhostNote = "decile " + h.desilBefore + " -> " + h.desil + " but still paid";
                }
            }
            h.pkhT2 = !"LOST".equals(plan.pkhOutcome) && !"DROP".equals(plan.pkhOutcome);
        }
        if (plan.students.isEmpty()) {
            return;
        }
        if (!h.pkhT1 && plan.hhEvent == null) {
            Planter c = firstDue(kipHhDropDecile, kipHhGhostNotEligible, kipHhDropMoved, kipHhGhostMoved);
            if (c == kipHhDropDecile || c == kipHhGhostNotEligible) {
                raiseDecile(h);
                plan.hhEvent = c == kipHhDropDecile ? "DECILE_DROP" : "DECILE_GHOST";
            } else if (c == kipHhDropMoved || c == kipHhGhostMoved) {
                LocalDate d = betweenPeriods();
                moveHousehold(h, d);
                plan.hhEvent = c == kipHhDropMoved ? "MOVED_DROP" : "MOVED_GHOST";
                plan.hhEventDate = d;
            }
        }
        for (Student s : plan.students) {
            Person p = s.p;
            int ageT2 = p.age(t2);
            boolean graduated = p.kelasT1 >= 12;
            boolean agedOut = ageT2 > 21;
            if ("MOVED_DROP".equals(plan.hhEvent)) {
                drop(s, "MOVED", plan.hhEventDate, "family moved out (PD) " + plan.hhEventDate);
            } else if ("DECILE_DROP".equals(plan.hhEvent)) {
                drop(s, "DECILE_ROSE", null, "decile " + h.desilBefore + " -> " + h.desil);
            } else if (graduated) {
                drop(s, "GRADUATED", null, "kelas 12 in " + label1);
            } else if (agedOut) {
                drop(s, "AGED_OUT", null, "age " + ageT2 + " at " + t2 + ", kelas " + p.kelasT1 + " in " + label1);
            } else if ("MOVED_GHOST".equals(plan.hhEvent)) {
                stay(s, "GHOST_MOVED", "family moved out (PD) " + plan.hhEventDate);
            } else if ("DECILE_GHOST".equals(plan.hhEvent)) {
                stay(s, "GHOST_NOT_ELIGIBLE", "decile " + h.desilBefore + " -> " + h.desil + " but still paid");
            } else {
                Planter c = firstDue(kipLost, kipDropDied, kipDropMoved, kipGhostDeceased, kipGhostMoved);
                if (c == kipLost) {
                    s.outcome = "LOST";
                } else if (c == kipDropDied || c == kipGhostDeceased) {
                    LocalDate d = betweenPeriods();
                    boolean md = pop.nextDouble() < 0.6;
                    boolean onList = !md || pop.nextDouble() < 0.5;
                    die(p, d, md, onList);
                    String how = md ? (onList ? "DTKS MD and death list" : "DTKS MD") : "death list only";
                    if (c == kipDropDied) {
                        drop(s, "DIED", d, "student died " + d + " (" + how + ")");
                    } else {
                        stay(s, "GHOST_DECEASED", "student died " + d + " (" + how + ")");
                    }
                } else if (c == kipDropMoved || c == kipGhostMoved) {
                    LocalDate d = betweenPeriods();
                    p.peristiwa = "PD";
                    p.peristiwaDate = d;
                    if (c == kipDropMoved) {
                        drop(s, "MOVED", d, "student moved out (PD) " + d);
                    } else {
                        stay(s, "GHOST_MOVED", "student moved out (PD) " + d);
                    }
                } else {
                    stay(s, null, null);
                }
            }
        }
    }

    private void drop(Student s, String reason, LocalDate date, String note) {
        s.outcome = "DROP";
        s.dropReason = reason;
        s.eventDate = date;
        s.dropNote = note;
    }

    private void stay(Student s, String ghost, String note) {
        s.outcome = "STAY";
        s.ghost = ghost;
        s.ghostNote = note;
        Person p = s.p;
        p.kipT2 = true;
        p.kelasT2 = Math.min(12, p.kelasT1 + schoolYears);
        p.schoolT2 = sameLevel(p.kelasT1, p.kelasT2) ? p.schoolT1
                : school(p.kelasT2, p.household, pop.nextInt(1 << 20));
    }

    // ---------------------------------------------------------------- new current-period entries

    private void newEntries(Household h, Plan plan) {
        boolean hhEvent = plan.hhEvent != null;
        if (!h.pkhT1 && !hhEvent && hasComponent(h, t2)) {
            Person pg = pickPengurus(h, t2);
            if (pg != null && pg.active()) {
                if (h.desil <= DECILE_LIMIT) {
                    if (pop.nextDouble() < 0.035) {
                        h.pkhT2 = true;
                        h.pengurus = pg;
                        plan.pkhOutcome = "NEW";
                    }
                } else if (newNotEligiblePkh.offer()) {
                    newNotEligiblePkh.take();
                    h.pkhT2 = true;
                    h.pengurus = pg;
                    plan.pkhOutcome = "NEW";
                    plan.pkhGhost = "GHOST_NOT_ELIGIBLE";
                    plan.pkhGhostNote = "new in " + label2 + " with decile " + h.desil;
                }
            }
        }
        if (hhEvent) {
            return;
        }
        for (Person m : h.members) {
            if (m.kipT1 || !m.active() || !childLike(m) || m == h.pengurus) {
                continue;
            }
            int age2 = m.age(t2);
            if (age2 < 6 || age2 > 21) {
                continue;
            }
            int k = kelasFor(age2, pop);
            if (k == 0) {
                continue;
            }
            Student s = null;
            if (h.desil <= DECILE_LIMIT) {
                boolean starter = m.age(t1) < 6;
                if (pop.nextDouble() < (starter ? 0.45 : 0.03)) {
                    s = new Student(m);
                    s.outcome = "NEW";
                }
            } else if (newNotEligibleKip.offer()) {
                newNotEligibleKip.take();
                s = new Student(m);
                s.outcome = "NEW";
                s.ghost = "GHOST_NOT_ELIGIBLE";
                s.ghostNote = "new in " + label2 + " with decile " + h.desil;
            }
            if (s != null) {
                m.kipT2 = true;
                m.kelasT2 = k;
                m.schoolT2 = school(k, h, pop.nextInt(1 << 20));
                m.noKip = kipNumber();
                m.nisn = nisn(m);
                plan.students.add(s);
            }
        }
    }

    // ---------------------------------------------------------------- row-level plants

    private void rowPlants(Household h, Plan plan) {
        if (h.pkhT2 && plan.pkhGhost == null && h.pengurus.active()) {
            Person pg = h.pengurus;
            pkhInvalid.offer();
            pkhMismatch.offer();
            pkhCivilServant.offer();
            pkhDuplicate.offer();
            RowPlant rp = null;
            if (pkhInvalid.due()) {
                pkhInvalid.take();
                rp = new RowPlant();
                rp.flag = "GHOST_INVALID_NIK";
                rp.invalidKind = invalidKind(false);
            } else if (pkhMismatch.due()) {
                Person lender = findLender(pg, false);
                if (lender != null) {
                    pkhMismatch.take();
                    rp = new RowPlant();
                    rp.flag = "GHOST_NIK_NAME_MISMATCH";
                    rp.lender = lender;
                }
            }
            if (rp == null && pkhCivilServant.due() && pg.age(t2) >= 20 && pg.age(t2) <= 58) {
                pkhCivilServant.take();
                rp = new RowPlant();
                rp.flag = "GHOST_CIVIL_SERVANT";
                pg.pns = true;
            }
            if (rp == null && pkhDuplicate.due()) {
                pkhDuplicate.take();
                rp = new RowPlant();
                rp.flag = "GHOST_DUPLICATE";
            }
            plan.pkhPlant = rp;
            if (rp == null && trapDeathAfter.offer()) {
                trapDeathAfter.take();
                trapDeath(pg);
            }
        }
        for (Student s : plan.students) {
            Person p = s.p;
            if (!p.kipT2 || s.ghost != null || !p.active()) {
                continue;
            }
            kipInvalid.offer();
            kipMismatch.offer();
            kipDuplicate.offer();
            RowPlant rp = null;
            if (kipInvalid.due()) {
                kipInvalid.take();
                rp = new RowPlant();
                rp.flag = "GHOST_INVALID_NIK";
                rp.invalidKind = invalidKind(true);
            } else if (kipMismatch.due()) {
                Person lender = findLender(p, true);
                if (lender != null) {
                    kipMismatch.take();
                    rp = new RowPlant();
                    rp.flag = "GHOST_NIK_NAME_MISMATCH";
                    rp.lender = lender;
                }
            }
            if (rp == null && kipDuplicate.due()) {
                kipDuplicate.take();
                rp = new RowPlant();
                rp.flag = "GHOST_DUPLICATE";
            }
            s.plant = rp;
            if (rp == null && trapDeathAfter.offer()) {
                trapDeathAfter.take();
                trapDeath(p);
            }
        }
    }

    /** A death registered after the current reference date: the person is rightly still in the list. */
    private void trapDeath(Person p) {
        LocalDate d = t2.plusDays(1 + pop.nextInt(45));
        p.deathDate = d;
        p.deathListDate = d;
    }

    private String invalidKind(boolean hasSex) {
        double x = plant.nextDouble();
        if (hasSex && x < 0.18) {
            return "SEX_MISMATCH";
        }
        x = plant.nextDouble();
        if (x < 0.22) {
            return "LENGTH";
        }
        if (x < 0.42) {
            return "BAD_DATE";
        }
        if (x < 0.56) {
            return "SERIAL_ZERO";
        }
        if (x < 0.72) {
            return "UNKNOWN_REGION";
        }
        if (x < 0.88) {
            return "EXCEL_SCIENTIFIC";
        }
        return "EXCEL_ZEROS";
    }

    /**
     * A DTKS person whose NIK can be written on this row and clearly belongs to someone else: another household
     * with no recipient rows, no shared name token, birth years at least 3 apart, and (for rows that state a sex)
     * the same sex, so that only the name/birth-date mismatch is wrong with the row.
     */
    private Person findLender(Person row, boolean sameSex) {
        if (lenderCount == 0) {
            return null;
        }
        java.util.Set<String> tokens = new java.util.HashSet<>(Noise.Name.parse(row.name).tokens);
        for (int attempt = 0; attempt < 30; attempt++) {
            Person l = lenders[plant.nextInt(lenderCount)];
            int la = l.age(t2);
            boolean ageFits = row.age(t2) >= 17 ? la >= 17 : la >= 4 && la <= 30;
            if (l.household == row.household || l.listed || l.household.desil > DECILE_LIMIT || !ageFits
                    || sameSex && l.female != row.female
                    || Math.abs(l.birth.getYear() - row.birth.getYear()) < 3 || !l.active() || l.pns) {
                continue;
            }
            boolean shared = false;
            for (String t : Noise.Name.parse(l.name).tokens) {
                if (tokens.contains(t)) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                l.listed = true; // lent once only, so that the NIK appears once in a list
                return l;
            }
        }
        return null;
    }

    /** Facts that are not rows of their own: civil servants among non-recipients (not a case). */
    private void sideFacts(Household h, Plan plan) {
        h.listed = h.pkhT1 || h.pkhT2;
        for (Student s : plan.students) {
            h.listed = true;
            s.p.listed = true;
        }
        if (h.pengurus != null && (h.pkhT1 || h.pkhT2)) {
            h.pengurus.listed = true;
        }
        if (!h.listed && pop.nextDouble() < 0.004) {
            for (Person m : h.members) {
                int a = m.age(t2);
                if (m.active() && a >= 25 && a <= 58) {
                    m.pns = true; // a civil servant in DTKS who receives nothing: not a case
                    break;
                }
            }
        }
        h.bpnt = h.desil <= DECILE_LIMIT ? pop.nextDouble() < 0.6 : h.desil == 5 && pop.nextDouble() < 0.1;
        h.pbi = h.desil <= 5 ? pop.nextDouble() < 0.85 : pop.nextDouble() < 0.15;
    }

    // ---------------------------------------------------------------- identifiers

    private void assignIds(Household h) {
        LocalDate youngest = null;
        for (Person m : h.members) {
            m.key = guid();
            String region = h.kecDigits;
            double other = "DD".equals(m.peristiwa) ? 0.6 : 0.1;
            if (kecDigits.length > 1 && pop.nextDouble() < other) {
                String r;
                do {
                    r = kecDigits[pop.nextInt(kecDigits.length)];
                } while (r.equals(region));
                region = r;
            }
            m.nikRegion = region;
            m.nik = allocNik(region, m.birth, m.female);
            if (youngest == null || m.birth.isAfter(youngest)) {
                youngest = m.birth;
            }
        }
        LocalDate lo = youngest.isAfter(LocalDate.of(2008, 1, 1)) ? youngest : LocalDate.of(2008, 1, 1);
        LocalDate hi = t1.minusDays(1);
        if (lo.isAfter(hi)) {
            hi = t2.minusDays(1);
        }
        if (h.pkhT1 && lo.isBefore(t1.minusDays(30)) && pop.nextDouble() < 0.04) {
            // the family card was reissued between the periods; the previous list still has the old number
            LocalDate oldIssue = Dates.between(pop, lo, t1.minusDays(1));
            h.oldKk = allocKk(h.kecDigits, oldIssue);
            h.kkIssue = betweenPeriods();
        } else {
            h.kkIssue = Dates.between(pop, lo, hi);
        }
        h.kk = allocKk(h.kecDigits, h.kkIssue);
    }

    private String allocNik(String region, LocalDate birth, boolean female) {
        while (true) {
            String nik = Nik.compose(region, birth, female, Nik.serial(ids));
            if (used.add(Long.parseLong(nik))) {
                return nik;
            }
        }
    }

    private String allocKk(String region, LocalDate issue) {
        while (true) {
            String kk = Nik.compose(region, issue, false, Nik.serial(ids));
            if (used.add(Long.parseLong(kk))) {
                return kk;
            }
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private String guid() {
        long a = ids.nextLong();
        long b = ids.nextLong();
        a = (a & ~0xF000L) | 0x4000L; // version 4
        b = (b & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // variant
        char[] c = new char[36];
        int k = 0;
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                c[k++] = '-';
            }
            long v = i < 16 ? a >>> (60 - 4 * i) : b >>> (60 - 4 * (i - 16));
            c[k++] = HEX[(int) (v & 0xF)];
        }
        return new String(c);
    }

    private static final char[] KIP_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private String kipNumber() {
        char[] c = new char[6];
        for (int i = 0; i < 6; i++) {
            c[i] = KIP_CHARS[ids.nextInt(KIP_CHARS.length)];
        }
        return new String(c);
    }

    private String nisn(Person p) {
        int yy = p.birth.getYear() % 100;
        return "0" + pad(yy, 2) + pad(ids.nextInt(10_000_000), 7);
    }

    private static boolean sameLevel(int k1, int k2) {
        return level(k1) == level(k2);
    }

    private static int level(int k) {
        return k <= 6 ? 0 : k <= 9 ? 1 : 2;
    }

    private String school(int kelas, Household h, int seed) {
        String kec = h.kecUpper;
        int n = 1 + (seed & 3);
        int kind = (seed >>> 2) % 10;
        return switch (level(kelas)) {
            case 0 -> kind < 8 ? "SDN " + n + " " + kec : kind < 9 ? "MIN " + n + " " + regencyPlace
                    : "SD MUHAMMADIYAH " + kec;
            case 1 -> kind < 7 ? "SMPN " + n + " " + kec : "MTSN " + n + " " + regencyPlace;
            default -> kind < 5 ? "SMAN " + n + " " + kec : kind < 8 ? "SMKN " + n + " " + regencyPlace
                    : "MAN " + n + " " + regencyPlace;
        };
    }

    // =====================================================================================================
    // writing
    // =====================================================================================================

    private void writeDtks(Household h) throws IOException {
        String prov = provUpper;
        String kab = kabExport;
        String kec = h.kecUpper;
        String desa = h.villageUpper;
        String kode = h.villageDigits;
        String rt = pad(h.rt, 3);
        String rw = pad(h.rw, 3);
        String desil = Integer.toString(h.desil);
        for (Person m : h.members) {
            personCount++;
            dtksPerVillage[h.villageIndex]++;
            String birth = Dates.iso(m.birth);
            dtks.row(m.key, prov, kab, kec, desa, kode, h.alamat, h.dusun, rt, rw, h.kk, m.nik, m.name,
                    birth, m.birthPlace, m.sexLong(), m.motherName, m.rel, m.peristiwa,
                    m.peristiwaDate == null ? "" : Dates.iso(m.peristiwaDate), desil,
                    h.pkhT2 ? YA : TIDAK, h.bpnt ? YA : TIDAK, h.pbi ? YA : TIDAK, m.kipT2 ? YA : TIDAK);
            tPersons.row(m.key, YA, h.key, m.nik, h.kk, m.name, m.female ? "P" : "L", birth,
                    m.motherName, m.rel, kode, desil, h.desilBefore != h.desil ? Integer.toString(h.desilBefore) : "",
                    m.peristiwa, m.peristiwaDate == null ? "" : Dates.iso(m.peristiwaDate),
                    m.deathDate == null ? "" : Dates.iso(m.deathDate),
                    m.deathListDate == null ? "" : Dates.iso(m.deathListDate), m.pns ? YA : TIDAK,
                    h.oldKk != null ? "old KK " + h.oldKk + " in " + label1 : "");
        }
    }

    /** How the NIK of a recipient row was written, for truth/links.csv. */
    private static final class Written {
        String nik;
        String status;
        final StringBuilder trace = new StringBuilder();
    }

    private Written nikAsWritten(Person p, RowPlant rp, boolean allowNikNoise, boolean excelLocale) {
        Written w = new Written();
        if (rp != null && "GHOST_INVALID_NIK".equals(rp.flag)) {
            w.nik = invalidNik(p.nik, rp.invalidKind, excelLocale);
            w.status = "INVALID";
            w.trace.append("nik_invalid_").append(rp.invalidKind.toLowerCase(Locale.ROOT));
            return w;
        }
        if (rp != null && "GHOST_NIK_NAME_MISMATCH".equals(rp.flag)) {
            w.nik = rp.lender.nik;
            w.status = "BORROWED";
            w.trace.append("nik_borrowed");
            return w;
        }
        w.nik = p.nik;
        w.status = "SAME";
        if (allowNikNoise) {
            if (noise.p(0.1)) {
                w.nik = "";
                w.status = "BLANK";
                Noise.trace(w.trace, "nik_blank");
                return w;
            }
            if (noise.p(0.08)) {
                String t = mistype(p.nik, true);
                if (t != null) {
                    w.nik = t;
                    w.status = "TYPO";
                    Noise.trace(w.trace, "nik_typo");
                }
            }
        }
        w.nik = noise.spacing(w.nik, w.trace);
        return w;
    }

    /** A valid mistyped NIK that is nobody's (reserved so that no later person gets it). */
    private String mistype(String nik, boolean allowSwap) {
        for (int i = 0; i < 5; i++) {
            String t = Nik.typo(nik, allowSwap, noise.random(), regions);
            if (t != null && used.add(Long.parseLong(t))) {
                return t;
            }
        }
        return null;
    }

    private String invalidNik(String nik, String kind, boolean excelLocale) {
        SplittableRandom r = plant;
        char[] c = nik.toCharArray();
        switch (kind) {
            case "LENGTH" -> {
                int at = r.nextInt(16);
                if (r.nextBoolean()) {
                    return nik.substring(0, at) + nik.substring(at + 1);
                }
                return nik.substring(0, at) + (char) ('0' + r.nextInt(10)) + nik.substring(at);
            }
            case "BAD_DATE" -> {
                boolean female = Nik.femaleDigit(nik);
                int x = r.nextInt(3);
                if (x == 0) {
                    int m = 13 + r.nextInt(7);
                    c[8] = (char) ('0' + m / 10);
                    c[9] = (char) ('0' + m % 10);
                } else if (x == 1) {
                    int d = (female ? 72 : 32) + r.nextInt(8);
                    c[6] = (char) ('0' + d / 10);
                    c[7] = (char) ('0' + d % 10);
                } else {
                    c[8] = '0';
                    c[9] = '0';
                }
                return new String(c);
            }
            case "SERIAL_ZERO" -> {
                return nik.substring(0, 12) + "0000";
            }
            case "UNKNOWN_REGION" -> {
                for (int i = 0; i < 200; i++) {
                    String region = nik.substring(0, 4) + pad(90 + r.nextInt(10), 2);
                    if (i > 100) {
                        region = pad(92 + r.nextInt(8), 2) + pad(r.nextInt(100), 2) + pad(r.nextInt(100), 2);
                    }
                    if (!regions.isKecamatan(region)) {
                        return region + nik.substring(6);
                    }
                }
                return "999999" + nik.substring(6);
            }
            case "SEX_MISMATCH" -> {
                int d = (c[6] - '0') * 10 + (c[7] - '0');
                d = d > 40 ? d - 40 : d + 40;
                c[6] = (char) ('0' + d / 10);
                c[7] = (char) ('0' + d % 10);
                return new String(c);
            }
            case "EXCEL_SCIENTIFIC" -> {
                String s = String.format(Locale.ROOT, "%.5E", (double) Long.parseLong(nik));
                // 6.20301E+15 ; trailing zeros of the mantissa dropped as Excel's General format does
                int e = s.indexOf('E');
                String mant = s.substring(0, e);
                while (mant.endsWith("0")) {
                    mant = mant.substring(0, mant.length() - 1);
                }
                if (mant.endsWith(".")) {
                    mant = mant.substring(0, mant.length() - 1);
                }
                String exp = s.substring(e).replace("E+", "E+");
                String v = mant + exp;
                return excelLocale ? v.replace('.', ',') : v;
            }
            default -> { // EXCEL_ZEROS: the number came back from a rounded display: 6203014000000000
                return nik.substring(0, 7) + "000000000";
            }
        }
    }

    private void writeT1(Household h, Plan plan) throws IOException {
        if (h.pkhT1) {
            Person p = h.pengurus;
            Written w = nikAsWritten(p, null, true, false);
            String[] row = pkhFields(1, p, h, w, false);
            h.pkhT1Row = emit(pkh1, row);
            link(pkh1Name, h.pkhT1Row, p, "PKH", label1, w);
            if ("LOST".equals(plan.pkhOutcome)) {
                flag("LOST_PKH", "PKH", label2, pkh1Name, h.pkhT1Row, p, "", "in " + label1 + ", missing from "
                        + label2 + " while eligible (alive, not moved, decile " + h.desil + ")");
            } else if ("DROP".equals(plan.pkhOutcome)) {
                dropRow("PKH", pkh1Name, h.pkhT1Row, p, plan.pkhDropReason, plan.pkhEventDate, plan.pkhDropNote);
            }
        }
        for (Student s : plan.students) {
            Person p = s.p;
            if (!p.kipT1) {
                continue;
            }
            Written w = nikAsWritten(p, null, true, false);
            String[] row = kipFields(1, p, h, w, false);
            p.kipT1Row = emit(kip1, row);
            link(kip1Name, p.kipT1Row, p, "KIP", label1, w);
            if ("LOST".equals(s.outcome)) {
                flag("LOST_KIP", "KIP", label2, kip1Name, p.kipT1Row, p, "", "in " + label1 + " (kelas " + p.kelasT1
                        + "), missing from " + label2 + " while eligible (age " + p.age(t2) + ", decile " + h.desil
                        + ")");
            } else if ("DROP".equals(s.outcome)) {
                dropRow("KIP", kip1Name, p.kipT1Row, p, s.dropReason, s.eventDate, s.dropNote);
            }
        }
    }

    private void writeT2(Household h, Plan plan) throws IOException {
        if (h.pkhT2) {
            Person p = h.pengurus;
            RowPlant rp = plan.pkhPlant;
            boolean nikNoise = plan.pkhGhost == null && rp == null;
            Written w = nikAsWritten(p, rp, nikNoise, true);
            String[] row = pkhFields(2, p, h, w, false);
            h.pkhT2Row = emit(pkh2, row);
            link(pkh2Name, h.pkhT2Row, p, "PKH", label2, w);
            if (plan.pkhGhost != null) {
                flag(plan.pkhGhost, "PKH", label2, pkh2Name, h.pkhT2Row, p, "", plan.pkhGhostNote);
            }
            if (p.deathDate != null && p.deathDate.isAfter(t2)) {
                trap("DEATH_AFTER_REFERENCE_DATE", pkh2Name, h.pkhT2Row, p, "death list date " + p.deathDate
                        + " is after the reference date " + t2 + ": not a case");
            }
            if (w.status.equals("TYPO")) {
                trap("NIK_TYPO_SAME_PERSON", pkh2Name, h.pkhT2Row, p, "NIK mistyped as " + w.nik
                        + "; nobody has that NIK; same person");
            }
            plantedRow(rp, "PKH", pkh2, pendingPkh2, h.pkhT2Row, p, h, w);
            afterMainRow(pkh2, pendingPkh2, "PKH", h);
        }
        for (Student s : plan.students) {
            Person p = s.p;
            if (!p.kipT2) {
                continue;
            }
            RowPlant rp = s.plant;
            boolean nikNoise = s.ghost == null && rp == null;
            Written w = nikAsWritten(p, rp, nikNoise, false);
            String[] row = kipFields(2, p, h, w, false);
            p.kipT2Row = emit(kip2, row);
            link(kip2Name, p.kipT2Row, p, "KIP", label2, w);
            if (s.ghost != null) {
                flag(s.ghost, "KIP", label2, kip2Name, p.kipT2Row, p, "", s.ghostNote);
            }
            if (p.deathDate != null && p.deathDate.isAfter(t2)) {
                trap("DEATH_AFTER_REFERENCE_DATE", kip2Name, p.kipT2Row, p, "death list date " + p.deathDate
                        + " is after the reference date " + t2 + ": not a case");
            }
            if (w.status.equals("TYPO")) {
                trap("NIK_TYPO_SAME_PERSON", kip2Name, p.kipT2Row, p, "NIK mistyped as " + w.nik
                        + "; nobody has that NIK; same person");
            }
            plantedRow(rp, "KIP", kip2, pendingKip2, p.kipT2Row, p, h, w);
            afterMainRow(kip2, pendingKip2, "KIP", h);
        }
    }

    /** Flags of a row-level plant; for a duplicate, the copy is scheduled a little further down the list. */
    private void plantedRow(RowPlant rp, String program, CsvSink sink, ArrayDeque<Pending> pending, long row,
                            Person p, Household h, Written w) throws IOException {
        if (rp == null) {
            return;
        }
        String name = sink.name();
        switch (rp.flag) {
            case "GHOST_INVALID_NIK" -> flag(rp.flag, program, label2, name, row, p, "", rp.invalidKind
                    + ": written '" + w.nik + "'");
            case "GHOST_NIK_NAME_MISMATCH" -> flag(rp.flag, program, label2, name, row, p, "", "NIK belongs to "
                    + rp.lender.key + " (" + rp.lender.name + ", " + rp.lender.birth + ")");
            case "GHOST_CIVIL_SERVANT" -> flag(rp.flag, program, label2, name, row, p, "", "on "
                    + SynthFiles.CIVIL_SERVANTS);
            case "GHOST_DUPLICATE" -> {
                String group = "DUP-" + program + "-" + label2 + "-" + pad(++dupSeq, 5);
                int copies = plant.nextDouble() < 0.1 ? 2 : 1;
                List<Pending> made = new ArrayList<>();
                for (int i = 0; i < copies; i++) {
                    Written cw = new Written();
                    double x = plant.nextDouble();
                    if (x < 0.5) {
                        String t = mistype(p.nik, true);
                        cw.nik = t != null ? t : p.nik;
                        cw.status = t != null ? "TYPO" : "SAME";
                        cw.trace.append(t != null ? "nik_typo" : "");
                    } else if (x < 0.8) {
                        cw.nik = p.nik;
                        cw.status = "SAME";
                    } else {
                        cw.nik = "";
                        cw.status = "BLANK";
                        cw.trace.append("nik_blank");
                    }
                    String[] f = "PKH".equals(program) ? pkhFields(2, p, h, cw, true) : kipFields(2, p, h, cw, true);
                    long due = sink.rows() + 1 + plant.nextInt(60);
                    made.add(new Pending(due, f, program, p, h, cw, group, row));
                }
                flag(rp.flag, program, label2, name, row, p, group, "original row of group " + group + " ("
                        + (copies + 1) + " rows)");
                pending.addAll(made);
            }
            default -> throw new IllegalStateException(rp.flag);
        }
    }

    /** A duplicate copy waiting for its place in the current list. */
    private record Pending(long due, String[] fields, String program, Person p, Household h, Written w,
                           String group, long originalRow) {
    }

    /** After a main current-period row: maybe a recipient outside DTKS, then any due duplicate copies. */
    private void afterMainRow(CsvSink sink, ArrayDeque<Pending> pending, String program, Household h)
            throws IOException {
        Planter ghost = "PKH".equals(program) ? pkhNotInDtks : kipNotInDtks;
        if (ghost.offer()) {
            ghost.take();
            outsideRecipient(sink, program, h);
        }
        flushPending(sink, pending, false);
    }

    private void flushPending(CsvSink sink, ArrayDeque<Pending> pending, boolean all) throws IOException {
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (java.util.Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending d = it.next();
                if (all || d.due() <= sink.rows() + 1) {
                    it.remove();
                    long row = emit(sink, d.fields());
                    String period = label2;
                    link(sink.name(), row, d.p(), d.program(), period, d.w());
                    flag("GHOST_DUPLICATE", d.program(), period, sink.name(), row, d.p(), d.group(),
                            "copy of row " + d.originalRow() + " in group " + d.group());
                    if (d.w().status.equals("TYPO")) {
                        trap("NIK_TYPO_SAME_PERSON", sink.name(), row, d.p(), "duplicate copy with a mistyped NIK"
                                + " that is nobody's");
                    }
                    progress = true;
                    break;
                }
            }
        }
    }

    /** A recipient who is not in DTKS at all (sometimes writing a DTKS person's NIK: both flags then). */
    private void outsideRecipient(CsvSink sink, String program, Household near) throws IOException {
        boolean kip = "KIP".equals(program);
        boolean female = !kip || pop.nextBoolean();
        int age = kip ? 7 + pop.nextInt(11) : 25 + pop.nextInt(31);
        Household oh = outsideHousehold(near);
        Person p = outsidePerson(oh, female, age, kip ? "ANAK" : "ISTRI");
        if (kip) {
            p.fatherName = names.fullName(pop, true, 40);
            p.kelasT2 = Math.max(1, Math.min(12, age - 6));
            p.schoolT2 = school(p.kelasT2, oh, pop.nextInt(1 << 20));
            p.noKip = kipNumber();
            p.nisn = nisn(p);
        }
        Written w = new Written();
        Person lender = plant.nextDouble() < 0.2 ? findLender(p, kip) : null;
        if (lender != null) {
            w.nik = lender.nik;
            w.status = "BORROWED";
            w.trace.append("nik_borrowed");
        } else if (plant.nextDouble() < 0.2) {
            w.nik = "";
            w.status = "BLANK";
            w.trace.append("nik_blank");
        } else {
            w.nik = p.nik;
            w.status = "OWN";
        }
        String[] f = kip ? kipFields(2, p, oh, w, false) : pkhFields(2, p, oh, w, false);
        long row = emit(sink, f);
        link(sink.name(), row, p, program, label2, w);
        flag("GHOST_NOT_IN_DTKS", program, label2, sink.name(), row, p, "", "recipient is not in DTKS");
        if (lender != null) {
            flag("GHOST_NIK_NAME_MISMATCH", program, label2, sink.name(), row, p, "", "NIK belongs to "
                    + lender.key + " (" + lender.name + ", " + lender.birth + "); the recipient is not in DTKS");
        }
    }

    private Household outsideHousehold(Household near) {
        Household oh = new Household();
        oh.key = "LUAR-H" + pad(++outsideHouseholdSeq, 7);
        oh.villageIndex = near.villageIndex;
        oh.village = near.village;
        oh.kecamatan = near.kecamatan;
        cacheRegion(oh);
        int vi = near.villageIndex;
        oh.rt = 1 + pop.nextInt(rtCount[vi]);
        oh.rw = 1 + (oh.rt - 1) * rwCount[vi] / rtCount[vi];
        oh.dusun = near.dusun;
        oh.alamat = pop.nextBoolean() ? "JL. " + names.street(pop) : "RT " + pad(oh.rt, 3) + " RW " + pad(oh.rw, 3);
        oh.desil = 0;
        oh.kkIssue = Dates.between(pop, LocalDate.of(2010, 1, 1), t2.minusDays(1));
        oh.kk = allocKk(oh.kecDigits, oh.kkIssue);
        return oh;
    }

    /** A person outside DTKS who appears in a recipient or complaint row; written to truth/persons.csv. */
    private Person outsidePerson(Household oh, boolean female, int age, String rel) throws IOException {
        Person p = new Person();
        p.inDtks = false;
        p.key = "LUAR-" + pad(++outsideSeq, 7);
        p.household = oh;
        p.rel = rel;
        p.female = female;
        p.birth = birthForAge(pop, age);
        p.name = names.fullName(pop, !female, age);
        p.motherName = randomMotherName();
        p.fatherName = "";
        p.birthPlace = birthPlace(oh);
        p.nikRegion = oh.kecDigits;
        p.nik = allocNik(p.nikRegion, p.birth, female);
        oh.members.add(p);
        tPersons.row(p.key, TIDAK, oh.key, p.nik, oh.kk, p.name, female ? "P" : "L", Dates.iso(p.birth),
                p.motherName, rel, oh.villageDigits, "", "", "", "", "", "", TIDAK, "not in DTKS");
        return p;
    }

    // ---------------------------------------------------------------- row layouts

    private long emit(CsvSink sink, String[] fields) throws IOException {
        fields[0] = Long.toString(sink.rows() + 1);
        return sink.row(fields);
    }

    /**
     * A PKH row. The previous period is plain UTF-8 with dotted region codes and mixed date layouts; the current
     * one was saved by Excel in the Indonesian locale: dd/mm/yyyy, unpadded RT/RW, 10-digit region codes.
     */
    private String[] pkhFields(int period, Person p, Household h, Written w, boolean respell) {
        boolean excel = period == 2;
        int age = p.age(t2);
        String name = respell ? noise.respell(p.name, !p.female, age, names, w.trace)
                : noise.name(p.name, !p.female, age, fatherFirst(p), names, w.trace);
        Dates.Layout layout = excel ? Dates.Layout.DMY_SLASH : noise.layout(Dates.Layout.DMY_DASH);
        String dob = noise.birthDate(p.birth, layout, true, w.trace);
        String kk = period == 1 && h.oldKk != null ? h.oldKk : h.kk;
        if (noise.p(0.05)) {
            kk = "";
        }
        boolean pad = !excel && !noise.p(0.5);
        return new String[]{"", w.nik, kk, name, dob, excel ? h.villageDigits : h.village.code(),
            h.kecUpper, noise.village(h.village, h.villageUpper, w.trace), h.alamat, noise.rt(h.rt, pad),
            noise.rt(h.rw, pad), "PKH", period == 1 ? label1 : label2};
    }

    private String[] kipFields(int period, Person p, Household h, Written w, boolean respell) {
        int age = p.age(t2);
        String name = respell ? noise.respell(p.name, !p.female, age, names, w.trace)
                : noise.name(p.name, !p.female, age, fatherFirst(p), names, w.trace);
        String dob = noise.birthDate(p.birth, noise.layout(Dates.Layout.DMY_DASH), true, w.trace);
        String sex = noise.p(0.3) ? p.sexLong() : (p.female ? "P" : "L");
        String kk = noise.p(0.06) ? "" : h.kk;
        String mother = p.mother != null ? plainName(p.mother.name) : p.motherName;
        mother = noise.name(mother, false, 40, null, names, null);
        String father = p.father != null ? plainName(p.father.name) : p.fatherName;
        if (!father.isEmpty()) {
            father = noise.name(father, true, 40, null, names, null);
        }
        boolean pad = !noise.p(0.5);
        int kelas = period == 1 ? p.kelasT1 : p.kelasT2;
        return new String[]{"", p.noKip, p.nisn, kk, name, w.nik, sex, p.birthPlace, dob, h.alamat,
            noise.rt(h.rt, pad), noise.rt(h.rw, pad), noise.village(h.village, h.villageUpper, w.trace), h.kecUpper,
            mother, father, period == 1 ? p.schoolT1 : p.schoolT2, Integer.toString(kelas)};
    }

    private static String fatherFirst(Person p) {
        if (p.father != null) {
            return p.father.firstToken();
        }
        if (p.fatherName != null && !p.fatherName.isEmpty()) {
            return Noise.Name.parse(p.fatherName).tokens.get(0);
        }
        return null;
    }

    // ---------------------------------------------------------------- truth rows

    private void link(String file, long row, Person p, String program, String periode, Written w)
            throws IOException {
        tLinks.row(file, Long.toString(row), p.inDtks ? p.key : "", p.inDtks ? "" : p.key, p.household.key, program,
                periode, w.status, w.trace.toString());
    }

    private void flag(String flag, String program, String periode, String file, long row, Person p, String group,
                      String note) throws IOException {
        tFlags.row(flag, program, periode, file, Long.toString(row), p != null && p.inDtks ? p.key : "", group,
                note, p != null && !p.inDtks ? p.key : "");
        flagCounts.merge(flag, 1L, Long::sum);
    }

    private void dropRow(String program, String file, long row, Person p, String reason, LocalDate date,
                         String note) throws IOException {
        tDrops.row(program, label2, file, Long.toString(row), p.key, reason, date == null ? "" : Dates.iso(date),
                note);
        dropCounts.merge(reason, 1L, Long::sum);
    }

    private void trap(String trap, String file, long row, Person p, String note) throws IOException {
        tTraps.row(trap, file, Long.toString(row), p.inDtks ? p.key : "", note);
    }

    // ---------------------------------------------------------------- reference lists

    private void collectReferenceRows(Household h) {
        for (Person m : h.members) {
            if (m.deathListDate != null) {
                deaths.add(new String[]{m.nik, plainName(m.name), Dates.format(m.birth, Dates.Layout.DMY_DASH),
                    Dates.format(m.deathListDate, Dates.Layout.DMY_DASH), Dates.iso(m.deathListDate)});
                dtksDeaths++;
            }
            if (m.pns) {
                civilServants.add(civilServantRow(m));
            }
        }
    }

    private static final String[] INSTANSI = {"DINAS PENDIDIKAN", "DINAS KESEHATAN", "SEKRETARIAT DAERAH",
        "RSUD", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "DINAS SOSIAL", "DINAS PERTANIAN", "KANTOR KECAMATAN", "PUSKESMAS", "SATUAN POLISI PAMONG PRAJA",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"};

    private String[] civilServantRow(Person m) {
        LocalDate tmt = Dates.between(ids, m.birth.plusYears(20), t2.minusMonths(1));
        String nip = Dates.format(m.birth, Dates.Layout.ISO).replace("-", "") + pad(tmt.getYear(), 4)
                + pad(tmt.getMonthValue(), 2) + (m.female ? "2" : "1") + pad(1 + ids.nextInt(999), 3);
        String name = m.name;
        if (ids.nextDouble() < 0.4) {
            name = plainName(name) + Noise.DEGREES[ids.nextInt(Noise.DEGREES.length)];
        }
        String inst = INSTANSI[ids.nextInt(INSTANSI.length)];
        inst = inst.equals("KANTOR KECAMATAN") ? "KECAMATAN " + m.household.kecamatan.upperName()
                : inst + " KAB. " + regencyPlace;
        return new String[]{nip, m.nik, name, inst};
    }

    private void writeDeaths() throws IOException {
        // civil-registry deaths of people outside DTKS, about as many again as the DTKS deaths
        SplittableRandom r = ids;
        long extra = Math.max(5, Math.round(dtksDeaths * 1.2));
        for (long i = 0; i < extra; i++) {
            int age = 55 + r.nextInt(40);
            boolean female = r.nextBoolean();
            LocalDate birth = birthForAge(r, age);
            String region = kecDigits[r.nextInt(kecDigits.length)];
            String nik = allocNik(region, birth, female);
            LocalDate d = Dates.between(r, t1.minusYears(3), t2.plusDays(30));
            deaths.add(new String[]{nik, names.fullName(r, !female, age), Dates.format(birth, Dates.Layout.DMY_DASH),
                Dates.format(d, Dates.Layout.DMY_DASH), Dates.iso(d)});
        }
        deaths.sort(Comparator.comparing((String[] a) -> a[4]).thenComparing(a -> a[0]));
        try (CsvSink s = CsvSink.plain(out, SynthFiles.DEATHS, SynthFiles.DEATHS_HEADER)) {
            for (String[] d : deaths) {
                s.row(d[0], d[1], d[2], d[3]);
            }
            files.put(s.name(), s.rows());
        }
        deaths.clear();
    }

    private void writeCivilServants() throws IOException {
        SplittableRandom r = ids;
        long extra = Math.max(5, Math.round(personCount * 0.012));
        for (long i = 0; i < extra; i++) {
            int age = 24 + r.nextInt(34);
            boolean female = r.nextBoolean();
            Person m = new Person();
            m.female = female;
            m.birth = birthForAge(r, age);
            m.name = names.fullName(r, !female, age);
            m.household = new Household();
            m.household.kecamatan = reg.kecamatan().get(r.nextInt(reg.kecamatan().size()));
            m.nik = allocNik(m.household.kecamatan.digits(), m.birth, female);
            civilServants.add(civilServantRow(m));
        }
        civilServants.sort(Comparator.comparing((String[] a) -> a[0]).thenComparing(a -> a[1]));
        try (CsvSink s = CsvSink.plain(out, SynthFiles.CIVIL_SERVANTS, SynthFiles.PNS_HEADER)) {
            for (String[] c : civilServants) {
                s.row(c);
            }
            files.put(s.name(), s.rows());
        }
        civilServants.clear();
    }

    /** Population per village such that the DTKS share varies around 40%, some villages well above. */
    private void writePopulation() throws IOException {
        SplittableRandom r = new SplittableRandom(villageWeightSeed ^ 0x5DEECE66DL);
        try (CsvSink s = CsvSink.plain(out, SynthFiles.POPULATION, SynthFiles.POPULATION_HEADER)) {
            for (int i = 0; i < villages.size(); i++) {
                long n = dtksPerVillage[i];
                double share = r.nextDouble() < 0.12 ? 0.6 + 0.25 * r.nextDouble()
                        : Math.max(0.15, Math.min(0.58, 0.40 + 0.07 * gaussian(r)));
                long popn = n == 0 ? 300 + r.nextInt(2500) : Math.max(n, Math.round(n / share));
                s.row(villages.get(i).code(), villages.get(i).upperName(), Long.toString(popn));
            }
            files.put(s.name(), s.rows());
        }
    }

    // ---------------------------------------------------------------- lenders

    private void offerLenders(Household h) {
        if (h.listed) {
            return;
        }
        for (Person m : h.members) {
            if (m.active() && !m.pns && m.deathListDate == null) {
                if (lenderCount < lenders.length) {
                    lenders[lenderCount++] = m;
                } else {
                    lenders[lenderPos] = m;
                    lenderPos = (lenderPos + 1) % lenders.length;
                }
            }
        }
    }

    // =====================================================================================================
    // complaints
    // =====================================================================================================

    /** A Puskesos complaint waiting to be sorted by date. */
    private static final class Complaint {
        LocalDate date;
        long seq;
        String[] fields;
        Person named;
        String namedRole;
        Person subject;
        String subjectInDtks;
        String program;
        String relatedFlag = "";
        String relatedFile = "";
        long relatedRow;
        String dropReason = "";
        boolean pmks;
        boolean notInDtks;
        boolean trapAlreadyInDtks;
        Written w;
    }

    private long complaintSeq;

    private void householdComplaints(Household h, Plan plan) throws IOException {
        // PKH stopped
        if (h.pkhT1 && ("LOST".equals(plan.pkhOutcome) || "DROP".equals(plan.pkhOutcome))) {
            boolean lost = "LOST".equals(plan.pkhOutcome);
            if (comp.nextDouble() < (lost ? 0.45 : 0.2)) {
                Person named = h.pengurus;
                if (!named.active() || named.deathDate != null) {
                    named = activeAdult(h, named);
                }
                if (named != null) {
                    Complaint c = pkhStoppedComplaint(h, named);
                    c.subject = h.pengurus;
                    c.subjectInDtks = YA;
                    if (lost) {
                        c.relatedFlag = "LOST_PKH";
                        c.relatedFile = pkh1Name;
                        c.relatedRow = h.pkhT1Row;
                    } else {
                        c.dropReason = plan.pkhDropReason;
                        c.relatedFile = pkh1Name;
                        c.relatedRow = h.pkhT1Row;
                    }
                    complaints.add(c);
                }
            }
        }
        // KIP stopped
        for (Student s : plan.students) {
            boolean lost = "LOST".equals(s.outcome);
            boolean dropped = "DROP".equals(s.outcome) && !"DIED".equals(s.dropReason);
            if ((lost || dropped) && comp.nextDouble() < (lost ? 0.45 : 0.15)) {
                Complaint c = kipStoppedComplaint(h, s.p);
                if (c != null) {
                    if (lost) {
                        c.relatedFlag = "LOST_KIP";
                    } else {
                        c.dropReason = s.dropReason;
                    }
                    c.relatedFile = kip1Name;
                    c.relatedRow = s.p.kipT1Row;
                    complaints.add(c);
                }
            }
        }
        // a facilitator or neighbour reports a ghost recipient by name in the free text
        if (h.pkhT2 && ("GHOST_DECEASED".equals(plan.pkhGhost) || "GHOST_MOVED".equals(plan.pkhGhost))
                && comp.nextDouble() < 0.25) {
            complaints.add(ghostReport(h, plan.pkhGhost));
        }
        if (complaintNotInDtks.offer()) {
            complaintNotInDtks.take();
            complaints.add(notInDtksComplaint(h));
        }
        if (complaintPmks.offer()) {
            complaintPmks.take();
            complaints.add(pmksComplaint(h));
        }
        double x = comp.nextDouble();
        if (x < 0.002) {
            Person named = activeAdult(h, null);
            if (named != null) {
                Complaint c = base(h, named, "PERORANGAN", "DIRI SENDIRI", "PENDAFTARAN DTKS", "DTKS",
                        pick(NOT_REGISTERED), comp.nextDouble() < 0.5, t1, t2.plusDays(75));
                c.namedRole = "SUBJECT";
                c.subject = named;
                c.subjectInDtks = YA;
                complaints.add(c);
                c.trapAlreadyInDtks = true;
            }
        } else if (x < 0.005) {
            Person named = activeAdult(h, null);
            if (named != null) {
                Complaint c = base(h, named, "PERORANGAN", "DIRI SENDIRI", "BANSOS TIDAK DITERIMA", "BPNT",
                        pick(BPNT), comp.nextDouble() < 0.5, t1, t2.plusDays(75));
                c.namedRole = "SUBJECT";
                c.subject = named;
                c.subjectInDtks = YA;
                complaints.add(c);
            }
        }
    }

    private Person activeAdult(Household h, Person not) {
        for (Person m : h.members) {
            if (m != not && m.active() && m.deathDate == null && m.age(t2) >= 18) {
                return m;
            }
        }
        return null;
    }

    private static final String[] PKH_STOPPED = {"PKH saya tidak cair lagi sejak tahap 2",
        "Bantuan PKH tidak masuk lagi ke rekening sejak tahap 2 padahal masih ada anak sekolah",
        "Sudah tidak terima PKH tahap 2, mohon dicek datanya", "PKH tidak cair, kartu KKS masih ada",
        "nama saya hilang dari daftar PKH tahap 2"};
    private static final String[] KIP_STOPPED = {"anak saya tidak dapat KIP lagi padahal masih sekolah",
        "KIP anak saya tidak cair lagi tahun ini", "dana PIP anak saya tidak masuk, mohon dicek",
        "anak saya masih sekolah kelas %d tapi KIP tidak cair lagi"};
    private static final String[] NOT_REGISTERED = {"belum terdaftar DTKS, mohon didata",
        "keluarga kami belum pernah dapat bantuan, mohon didaftarkan ke DTKS",
        "sudah lama tinggal di desa ini tapi belum masuk DTKS", "mohon didata untuk usulan baru DTKS",
        "suami sudah tidak bekerja, belum terdaftar DTKS"};
    private static final String[] PMKS = {"ada ODGJ terlantar di RT %02d", "rumah tidak layak huni, atap bocor",
        "rumah tidak layak huni milik warga RT %02d hampir roboh", "lansia hidup sendiri tidak ada yang merawat di RT %02d",
        "anak putus sekolah karena biaya", "penyandang disabilitas belum dapat alat bantu",
        "ada anak terlantar di RT %02d", "korban kebakaran rumah butuh bantuan"};
    private static final String[] BPNT = {"BPNT bulan ini belum cair", "saldo KKS kosong, BPNT tidak masuk",
        "sembako BPNT belum diterima"};

    private String pick(String[] a) {
        return a[comp.nextInt(a.length)];
    }

    private Complaint pkhStoppedComplaint(Household h, Person named) throws IOException {
        boolean self = named == h.pengurus;
        boolean viaPendamping = comp.nextDouble() < 0.2;
        if (viaPendamping) {
            Person pd = pendamping(h);
            String detail = "KPM atas nama " + plainName(h.pengurus.name) + " RT " + pad(h.rt, 2)
                    + " tidak menerima PKH tahap 2, mohon dicek datanya";
            Complaint c = base(h, pd, "PENDAMPING PKH", "PENDAMPING", "BANSOS TIDAK DITERIMA", "PKH", detail, false,
                    t2.plusDays(1), t2.plusDays(75));
            c.namedRole = "REPORTER";
            return c;
        }
        String detail = self ? pick(PKH_STOPPED) : "istri saya pengurus PKH, " + pick(PKH_STOPPED).toLowerCase(Locale.ROOT);
        Complaint c = base(h, named, self ? "PERORANGAN" : "KELUARGA", self ? "DIRI SENDIRI" : "KELUARGA",
                "BANSOS TIDAK DITERIMA", "PKH", detail, comp.nextDouble() < 0.5, t2.plusDays(1), t2.plusDays(75));
        c.namedRole = self ? "SUBJECT" : "FAMILY";
        return c;
    }

    private Complaint kipStoppedComplaint(Household h, Person student) {
        Person parent = student.mother != null && student.mother.active() ? student.mother
                : student.father != null && student.father.active() ? student.father : activeAdult(h, student);
        boolean nameIsStudent = parent == null || comp.nextBoolean();
        Person named = nameIsStudent ? student : parent;
        String detail = String.format(Locale.ROOT, pick(KIP_STOPPED), Math.min(12, student.kelasT1 + schoolYears));
        if (nameIsStudent && comp.nextBoolean()) {
            detail = detail.replace("anak saya", "anak saya " + plainName(student.name));
        }
        Complaint c = base(h, named, "KELUARGA", "ORANG TUA", "BANSOS TIDAK DITERIMA", "KIP", detail,
                !nameIsStudent && comp.nextDouble() < 0.5, t2.plusDays(1), t2.plusDays(75));
        c.namedRole = nameIsStudent ? "SUBJECT" : "PARENT";
        c.subject = student;
        c.subjectInDtks = YA;
        return c;
    }

    private Complaint ghostReport(Household h, String ghost) throws IOException {
        Person subject = h.pengurus;
        boolean byPendamping = comp.nextBoolean();
        Person reporter = byPendamping ? pendamping(h) : null;
        String detail = "GHOST_DECEASED".equals(ghost)
                ? "KPM PKH atas nama " + plainName(subject.name) + " sudah meninggal dunia tapi masih menerima PKH"
                : "penerima PKH atas nama " + plainName(subject.name) + " sudah pindah ke luar daerah tapi masih terdaftar";
        Complaint c;
        if (reporter == null) {
            reporter = outsidePerson(outsideHousehold(h), comp.nextBoolean(), 30 + comp.nextInt(30), "TETANGGA");
            c = base(h, reporter, "TETANGGA", "TETANGGA", "PENGADUAN DATA", "PKH", detail, false, t2.minusDays(20),
                    t2.plusDays(60));
        } else {
            c = base(h, reporter, "PENDAMPING PKH", "PENDAMPING", "PENGADUAN DATA", "PKH", detail, false,
                    t2.minusDays(20), t2.plusDays(60));
        }
        c.namedRole = "REPORTER";
        c.subject = subject;
        c.subjectInDtks = YA;
        c.relatedFlag = ghost;
        c.relatedFile = pkh2Name;
        c.relatedRow = h.pkhT2Row;
        return c;
    }

    private Complaint notInDtksComplaint(Household near) throws IOException {
        Household oh = outsideHousehold(near);
        boolean forChild = comp.nextDouble() < 0.3;
        Person adult = outsidePerson(oh, comp.nextDouble() < 0.65, 24 + comp.nextInt(40), "KEPALA KELUARGA");
        Complaint c;
        if (forChild) {
            Person child = outsidePerson(oh, comp.nextBoolean(), 7 + comp.nextInt(10), "ANAK");
            child.motherName = adult.female ? adult.name : child.motherName;
            boolean nameIsChild = comp.nextBoolean();
            String detail = "anak saya belum dapat KIP karena keluarga belum terdaftar DTKS, mohon didata";
            c = base(oh, nameIsChild ? child : adult, "KELUARGA", "ORANG TUA", "PENDAFTARAN DTKS", "KIP", detail,
                    !nameIsChild, t1, t2.plusDays(75));
            c.namedRole = nameIsChild ? "SUBJECT" : "PARENT";
            c.subject = child;
        } else {
            c = base(oh, adult, "PERORANGAN", "DIRI SENDIRI", "PENDAFTARAN DTKS", comp.nextBoolean() ? "DTKS" : "",
                    pick(NOT_REGISTERED), comp.nextDouble() < 0.5, t1, t2.plusDays(75));
            c.namedRole = "SUBJECT";
            c.subject = adult;
        }
        c.subjectInDtks = TIDAK;
        c.notInDtks = true;
        return c;
    }

    private Complaint pmksComplaint(Household h) throws IOException {
        Person reporter = comp.nextDouble() < 0.7 ? activeAdult(h, null) : null;
        String jenis;
        if (reporter == null) {
            reporter = outsidePerson(outsideHousehold(h), comp.nextBoolean(), 30 + comp.nextInt(30), "KADER");
            jenis = comp.nextBoolean() ? "KADER" : "APARAT DESA";
        } else {
            jenis = "TETANGGA";
        }
        String detail = String.format(Locale.ROOT, pick(PMKS), 1 + comp.nextInt(Math.max(1, rtCount[h.villageIndex])));
        Complaint c = base(h, reporter, jenis, "TETANGGA", "PMKS", "", detail, false, t1, t2.plusDays(75));
        c.namedRole = "REPORTER";
        c.subjectInDtks = "UNKNOWN";
        c.pmks = true;
        return c;
    }

    /** The PKH facilitator of a kecamatan (not in DTKS), files reports for the families in the kecamatan. */
    private Person pendamping(Household h) throws IOException {
        Person p = pendamping.get(h.kecamatan.code());
        if (p == null) {
            p = outsidePerson(outsideHousehold(h), comp.nextBoolean(), 26 + comp.nextInt(20), "PENDAMPING");
            pendamping.put(h.kecamatan.code(), p);
        }
        return p;
    }

    /** The fields of a complaint about or by {@code named}; the date is drawn in [from, to]. */
    private Complaint base(Household h, Person named, String jenis, String hubungan, String kategori, String program,
                           String detail, boolean informalAllowed, LocalDate from, LocalDate to) {
        Complaint c = new Complaint();
        c.seq = ++complaintSeq;
        c.date = Dates.between(comp, from, to);
        c.named = named;
        c.program = program;
        Written w = new Written();
        c.w = w;
        String nik = "";
        w.status = "BLANK";
        if (comp.nextDouble() < 0.45) {
            nik = named.nik;
            w.status = named.inDtks ? "SAME" : "OWN";
            if (named.inDtks && noise.p(0.08)) {
                String t = mistype(named.nik, true);
                if (t != null) {
                    nik = t;
                    w.status = "TYPO";
                    Noise.trace(w.trace, "nik_typo");
                }
            }
            nik = noise.spacing(nik, w.trace);
        } else {
            Noise.trace(w.trace, "nik_blank");
        }
        String kk = comp.nextDouble() < 0.3 ? named.household.kk : "";
        int age = named.age(t2);
        String nama = informalAllowed && age >= 25 && comp.nextDouble() < 0.6 ? noise.informal(named.name,
                !named.female, w.trace) : noise.name(named.name, !named.female, age, fatherFirst(named), names,
                w.trace);
        String dob = comp.nextDouble() < 0.5 ? "" : noise.birthDate(named.birth, noise.layout(Dates.Layout.DM_SHORT),
                false, w.trace);
        if (dob.isEmpty()) {
            Noise.trace(w.trace, "dob_blank");
        }
        Household ah = named.household;
        String desa = ah.villageUpper;
        String alamat = switch (comp.nextInt(4)) {
            case 0 -> "RT " + pad(ah.rt, 2) + " RW " + pad(ah.rw, 2) + " DESA " + desa;
            case 1 -> ah.alamat.startsWith("RT ") ? "RT " + ah.rt + "/" + ah.rw + " " + desa
                    : ah.alamat + " RT " + ah.rt;
            case 2 -> (ah.dusun.isEmpty() ? "" : ah.dusun + " ") + "RT " + pad(ah.rt, 3) + " RW " + pad(ah.rw, 3);
            default -> ah.alamat + " " + (ah.village.isKelurahan() ? "KEL. " : "DESA ") + desa;
        };
        String telp = comp.nextDouble() < 0.2 ? "" : "08" + (1 + comp.nextInt(9)) + pad(comp.nextInt(100_000_000), 8)
                + (comp.nextBoolean() ? Integer.toString(comp.nextInt(10)) : "");
        String kode = comp.nextDouble() < 0.25 ? "" : h.village.code();
        c.fields = new String[]{"", Dates.format(c.date, noise.layout(Dates.Layout.DMY_SLASH)), kode,
            noise.village(h.village, h.villageUpper, null), jenis, nik, kk, nama, dob, alamat, telp, hubungan, kategori, program,
            detail};
        return c;
    }

    private void writeComplaints() throws IOException {
        complaints.sort(Comparator.comparing((Complaint c) -> c.date).thenComparingLong(c -> c.seq));
        try (CsvSink s = CsvSink.plain(out, SynthFiles.COMPLAINTS, SynthFiles.COMPLAINT_HEADER);
             CsvSink cl = CsvSink.plain(out, SynthFiles.TRUTH_COMPLAINT_LINKS,
                     SynthFiles.TRUTH_COMPLAINT_LINKS_HEADER)) {
            Map<Integer, Integer> perYear = new HashMap<>();
            for (Complaint c : complaints) {
                int n = perYear.merge(c.date.getYear(), 1, Integer::sum);
                String no = "PSK/" + regency4 + "/" + c.date.getYear() + "/" + pad(n, 5);
                c.fields[0] = no;
                long row = s.row(c.fields);
                Person named = c.named;
                tLinks.row(SynthFiles.COMPLAINTS, Long.toString(row), named.inDtks ? named.key : "",
                        named.inDtks ? "" : named.key, named.household.key, c.program, "", c.w.status,
                        c.w.trace.toString());
                Person sub = c.subject;
                cl.row(SynthFiles.COMPLAINTS, Long.toString(row), no, named.inDtks ? named.key : "",
                        named.inDtks ? "" : named.key, c.namedRole, sub != null && sub.inDtks ? sub.key : "",
                        sub != null && !sub.inDtks ? sub.key : "", c.subjectInDtks, c.program, c.relatedFlag,
                        c.relatedFile, c.relatedRow == 0 ? "" : Long.toString(c.relatedRow), c.dropReason,
                        c.pmks ? YA : TIDAK);
                if (c.notInDtks) {
                    flag("COMPLAINT_NOT_IN_DTKS", c.program, "", SynthFiles.COMPLAINTS, row, sub, "",
                            "complaint " + no + ": subject " + sub.key + " is not in DTKS (named: "
                                    + c.namedRole.toLowerCase(Locale.ROOT) + ")");
                }
                if (c.trapAlreadyInDtks) {
                    trap("COMPLAINANT_ALREADY_IN_DTKS", SynthFiles.COMPLAINTS, row, named,
                            "asks to be registered but is in DTKS: not COMPLAINT_NOT_IN_DTKS");
                }
            }
            files.put(s.name(), s.rows());
            files.put(cl.name(), cl.rows());
        }
        complaints.clear();
    }

    // ---------------------------------------------------------------- truth README

    private void writeTruthReadme() throws IOException {
        String text = TruthReadme.text(label1, label2, pkh1Name, pkh2Name, kip1Name, kip2Name, dtksName, t1, t2);
        Files.writeString(out.resolve(SynthFiles.TRUTH_README), text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- small helpers

    static String pad(long v, int width) {
        String s = Long.toString(v);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n >= 1 && n <= 10 ? r[n] : Integer.toString(n);
    }
}
