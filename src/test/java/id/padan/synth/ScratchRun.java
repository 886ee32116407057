package id.padan.synth;

import java.nio.file.Path;

/** Throwaway: not a test (no @Test); run with java -cp. */
final class ScratchRun {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        double noise = args.length > 2 ? Double.parseDouble(args[2]) : 0.3;
        SynthReport r = new Synthesizer(TestRegions.get()).run(SynthOptions.of(n, 42L, "62.03", out).withNoise(noise));
        System.out.println(r.summary());
    }
}
