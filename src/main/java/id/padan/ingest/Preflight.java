package id.padan.ingest;

import id.padan.job.JobDefinition;
import id.padan.job.JobPaths;
import id.padan.job.Problem;
import java.util.ArrayList;
import java.util.List;

/** Placeholder until the readers land: checks nothing yet. */
public final class Preflight {
    public Preflight(JobDefinition job, JobPaths paths) {
    }

    public List<Problem> problems() {
        return new ArrayList<>();
    }

    public List<String> summary() {
        return List.of();
    }
}
