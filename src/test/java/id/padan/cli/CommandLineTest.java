package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "status", "synth"})
    void everyCommandHasHelp(String command) {
        TestProject.Result result = TestProject.padan(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: padan " + command);
    }

    @Test
    void printsItsVersion() {
        TestProject.Result result = TestProject.padan("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("padan ");
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        TestProject.Result result = TestProject.padan("rum", "jobs/x.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("Did you mean: padan run");
    }

    @Test
    void aJobFileWithProblemsIsExit2AndListsThemAll() {
        TestProject.Result result = TestProject.padan("validate", "src/test/resources/job/broken.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("sources[0].kind").contains("sources[1].period").contains("fix:");
    }
}
