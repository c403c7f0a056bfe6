package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A missing key shows as "!key!" in the app, and fails a test that uses the strict words. */
class MessagesTest {

    @Test
    void theAppShowsAMissingKeyPlainly() {
        assertThat(new Messages(Locale.ENGLISH).get("today.nowhere")).isEqualTo("!today.nowhere!");
        assertThat(new Messages(Locale.GERMAN).get("today.nowhere")).isEqualTo("!today.nowhere!");
    }

    @Test
    void strictWordsThrowOnAMissingKeyAndNameIt() {
        assertThatThrownBy(() -> Messages.strict(Locale.ENGLISH).get("today.nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"today.nowhere\"")
                .hasMessageContaining("English");
        assertThatThrownBy(() -> Messages.strict(Locale.GERMANY).get("today.nowhere"))
                .hasMessageContaining("\"today.nowhere\"").hasMessageContaining("German");
    }

    @Test
    void strictWordsAreTheSameWordsOtherwise() {
        assertThat(Messages.strict(Locale.ENGLISH).get("dose.sets", 2, "10 times"))
                .isEqualTo(new Messages(Locale.ENGLISH).get("dose.sets", 2, "10 times"));
        assertThat(Messages.strict(Locale.GERMANY).get("nav.today")).isEqualTo(new Messages(Locale.GERMAN).get("nav.today"))
                .isNotEqualTo(new Messages(Locale.ENGLISH).get("nav.today"));
    }
}
