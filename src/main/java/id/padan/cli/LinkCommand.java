package id.padan.cli;

import id.padan.link.CsvLinkConfig;
import id.padan.link.CsvLinker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links two CSV files, or deduplicates one, with padan's linking engine, as a YAML config says",
                "(columns, comparisons, blocking rules). Writes pairs.csv, clusters.csv, candidates.csv and",
                "model.json into the config's output folder. Example: padan link --config jobs/febrl4-link.yaml"})
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The link config (YAML).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CsvLinkConfig linkConfig = CsvLinkConfig.load(config);
        CsvLinker.Summary summary = new CsvLinker(linkConfig, config).run();
        CsvLinker.print(summary, linkConfig.rules(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
