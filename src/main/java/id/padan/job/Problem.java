package id.padan.job;

/**
 * One thing wrong with a job file.
 *
 * @param path where, as a YAML path such as {@code sources[2].path}
 * @param line line in the job file, or 0 when not known
 * @param what what is wrong
 * @param fix  how to fix it
 */
public record Problem(String path, int line, String what, String fix) {
    public String render() {
        String where = line > 0 ? path + " (line " + line + ")" : path;
        return where + ": " + what + (fix == null || fix.isBlank() ? "" : "\n    fix: " + fix);
    }
}
