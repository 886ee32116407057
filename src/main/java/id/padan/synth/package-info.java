/**
 * Synthetic DTKS populations with planted truth, for testing and demonstrating padan end to end.
 *
 * <p>{@link id.padan.synth.Synthesizer#run(SynthOptions)} writes, for one regency, a DTKS export, the PKH and KIP
 * recipient lists of two consecutive periods, Puskesos complaints, the reference lists (deaths, civil servants,
 * population per village) and a {@code truth/} folder that says which DTKS person every recipient and complaint row
 * really is and which cases of the DESIGN.md flag contract a correct run must find. Every file uses the default
 * layout of DESIGN.md "Inputs", with the mess real files carry (Excel-Indonesian CSV, old spellings, typed NIKs,
 * informal names), scaled by {@link id.padan.synth.SynthOptions#noise()}.
 *
 * <p>Villages come from the real Kemendagri table ({@link id.padan.synth.RegionTable}); names come from the MIT and
 * Perl-licensed lists shipped under {@code padan/names/} ({@code NameBank}). No real person's data is
 * used. Output is a pure function of the options: one seeded {@link java.util.SplittableRandom} drives every
 * choice, rows are streamed to buffered writers, and no file carries a timestamp.
 *
 * <p>The flagged cases live in the current (second) period only; the first period is the clean "previous" list
 * that {@code LOST_*} cases and legitimate drops are judged against. See {@code truth/README.txt} in the output for
 * the truth columns.
 *
 * <p>{@link id.padan.synth.MultiSynthesizer} writes several regencies, each as a run of its own with a seed derived
 * from the base seed and its code, then moves a few people between them and rewrites both sides' DTKS and truth
 * (see {@code truth/cross_regency.csv}), for partitioned runs and the national NIK index.
 */
package id.padan.synth;
