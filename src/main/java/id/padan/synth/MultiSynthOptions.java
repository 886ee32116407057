package id.padan.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What to synthesize for several regencies at once.
 *
 * @param regencyCodes dotted regency codes ({@code 62.01}), at least two, no code twice; written in this order
 * @param households   DTKS households per regency
 * @param seed         base seed; each regency's own seed is {@link #regencySeed(long, String)}
 * @param outDir       top folder; regency {@code 62.01} goes into {@code outDir/62.01/}
 * @param period1Date  reference date of the previous period
 * @param period2Date  reference date of the current period
 * @param noise        0..1, as {@link SynthOptions#noise()}
 */
public record MultiSynthOptions(List<String> regencyCodes, int households, long seed, Path outDir,
                                LocalDate period1Date, LocalDate period2Date, double noise) {

    public MultiSynthOptions {
        Objects.requireNonNull(regencyCodes, "regencyCodes");
        Objects.requireNonNull(outDir, "outDir");
        List<String> normalized = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : regencyCodes) {
            // SynthOptions validates and normalizes the code (6201 -> 62.01) and every other value
            String c = new SynthOptions(households, seed, code, outDir, period1Date, period2Date, noise)
                    .regencyCode();
            if (!seen.add(c)) {
                throw new IllegalArgumentException("regency " + c + " is given twice");
            }
            normalized.add(c);
        }
        if (normalized.size() < 2) {
            throw new IllegalArgumentException("several regencies need at least two codes, got " + normalized);
        }
        regencyCodes = List.copyOf(normalized);
    }

    /** Options with the default period dates and noise. */
    public static MultiSynthOptions of(List<String> regencyCodes, int households, long seed, Path outDir) {
        return new MultiSynthOptions(regencyCodes, households, seed, outDir, SynthOptions.DEFAULT_PERIOD1,
                SynthOptions.DEFAULT_PERIOD2, SynthOptions.DEFAULT_NOISE);
    }

    /**
     * The seed of one regency: a function of the base seed and the code only, so a regency's population does not
     * depend on which other regencies are synthesized with it (only the planted moves do).
     */
    public static long regencySeed(long seed, String regencyCode) {
        long digits = Long.parseLong(regencyCode.replace(".", ""));
        return new SplittableRandom(seed ^ (digits * 0x9E3779B97F4A7C15L)).nextLong();
    }

    /** The single-regency options of one of the regencies: its own seed and folder. */
    public SynthOptions forRegency(String regencyCode) {
        return new SynthOptions(households, regencySeed(seed, regencyCode), regencyCode, outDir.resolve(regencyCode),
                period1Date, period2Date, noise);
    }
}
