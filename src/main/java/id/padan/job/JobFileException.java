package id.padan.job;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The job file cannot be used; carries every problem found, not only the first. */
public final class JobFileException extends Exception {
    private final transient Path file;
    private final transient List<Problem> problems;

    public JobFileException(Path file, List<Problem> problems) {
        super(render(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(Path file, List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return file + ": " + count + "\n" + problems.stream().map(p -> "  - " + p.render())
                .collect(Collectors.joining("\n"));
    }
}
