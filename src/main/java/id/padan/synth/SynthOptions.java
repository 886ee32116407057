package id.padan.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to synthesize.
 *
 * @param households  number of DTKS households (families, KK) to generate; about 4 persons each
 * @param seed        seed of the one random generator: the same options give byte-identical files
 * @param regencyCode Kemendagri regency code, dotted ({@code "62.03"}) or as 4 digits
 * @param outDir      folder to write into (created if absent); existing files of the same names are replaced
 * @param period1Date reference date (tanggal acuan) of the previous period (t1)
 * @param period2Date reference date of the current period (t2), after {@code period1Date}
 * @param noise       0..1, how much typing noise goes into the recipient and complaint copies (0.3 is typical)
 */
public record SynthOptions(int households, long seed, String regencyCode, Path outDir, LocalDate period1Date,
                           LocalDate period2Date, double noise) {

    /** The default noise level. */
    public static final double DEFAULT_NOISE = 0.3;
    /** Default reference date of the previous period: end of PKH tahap 1, 2026. */
    public static final LocalDate DEFAULT_PERIOD1 = LocalDate.of(2026, 3, 31);
    /** Default reference date of the current period: end of PKH tahap 3, 2026 (after the new school year). */
    public static final LocalDate DEFAULT_PERIOD2 = LocalDate.of(2026, 9, 30);

    private static final Pattern REGENCY = Pattern.compile("\\d{2}\\.?\\d{2}");

    public SynthOptions {
        if (households < 1) {
            throw new IllegalArgumentException("households must be at least 1, got " + households);
        }
        Objects.requireNonNull(regencyCode, "regencyCode");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(period1Date, "period1Date");
        Objects.requireNonNull(period2Date, "period2Date");
        regencyCode = regencyCode.trim();
        if (!REGENCY.matcher(regencyCode).matches()) {
            throw new IllegalArgumentException("regencyCode must look like 62.03, got '" + regencyCode + "'");
        }
        if (regencyCode.length() == 4) {
            regencyCode = regencyCode.substring(0, 2) + "." + regencyCode.substring(2);
        }
        if (!period2Date.isAfter(period1Date)) {
            throw new IllegalArgumentException("period2Date (" + period2Date + ") must be after period1Date ("
                    + period1Date + ")");
        }
        if (period2Date.isAfter(period1Date.plusYears(2))) {
            throw new IllegalArgumentException("the two periods must be consecutive (at most two years apart)");
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be between 0 and 1, got " + noise);
        }
    }

    /** Options with the default period dates (2026-03-31, 2026-09-30) and noise 0.3. */
    public static SynthOptions of(int households, long seed, String regencyCode, Path outDir) {
        return new SynthOptions(households, seed, regencyCode, outDir, DEFAULT_PERIOD1, DEFAULT_PERIOD2,
                DEFAULT_NOISE);
    }

    /** The same options with another noise level. */
    public SynthOptions withNoise(double newNoise) {
        return new SynthOptions(households, seed, regencyCode, outDir, period1Date, period2Date, newNoise);
    }

    /** The same options writing into another folder. */
    public SynthOptions withOutDir(Path newOutDir) {
        return new SynthOptions(households, seed, regencyCode, newOutDir, period1Date, period2Date, noise);
    }
}
