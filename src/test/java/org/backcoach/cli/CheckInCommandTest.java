package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcoach.journal.CheckInField;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line spells every check-in field, so a refusal always names the flag the person typed. */
class CheckInCommandTest {

    @Test
    void everyFieldOfTheTableHasAFlagAndEveryFlagIsAnOptionOfTheCommand() {
        CommandLine.Model.CommandSpec spec = new CommandLine(new CheckInCommand()).getCommandSpec();
        for (CheckInField field : CheckInField.values()) {
            String flag = CheckInCommand.FLAGS.get(field);
            assertThat(flag).as("the flag of %s", field).isNotNull();
            assertThat(spec.findOption(flag)).as("the option %s of %s", flag, field).isNotNull();
        }
    }
}
