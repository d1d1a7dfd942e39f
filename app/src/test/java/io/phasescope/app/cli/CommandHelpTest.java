package io.phasescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command list of {@code --help} shows each command's first description line: a whole sentence. */
class CommandHelpTest {

    @Test
    void everyCommandsSummaryLineIsACompleteSentence() {
        CommandLine root = PhasescopeCommand.commandLine();
        for (var entry : root.getSubcommands().entrySet()) {
            String[] description =
                    entry.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(entry.getKey()).isNotEmpty();
            assertThat(description[0])
                    .as("the summary of '%s' in the command list", entry.getKey())
                    .endsWith(".")
                    .hasSizeLessThanOrEqualTo(100);
        }
    }
}
