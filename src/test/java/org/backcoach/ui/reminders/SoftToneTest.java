package org.backcoach.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chime is soft: quiet at its peak, faded in and out, and silent (not failing) without a sound device. */
class SoftToneTest {

    @Test
    void theChimeIsQuietAndFadesInAndOut() {
        byte[] bytes = SoftTone.samples();
        int count = bytes.length / 2;
        assertThat(count).isEqualTo((int) (SoftTone.SAMPLE_RATE * 1.6));
        int peak = 0;
        for (int i = 0; i < count; i++) {
            peak = Math.max(peak, Math.abs(sample(bytes, i)));
        }
        assertThat(peak).isGreaterThan(1000).isLessThanOrEqualTo((int) (Short.MAX_VALUE * SoftTone.VOLUME * 1.5));
        assertThat(Math.abs(sample(bytes, 1))).as("no click at the start").isLessThan(200);
        assertThat(Math.abs(sample(bytes, count - 1))).as("faded out at the end").isLessThan(400);
    }

    @Test
    void withoutASoundDeviceItStaysSilent() {
        // Tests run with java.awt.headless and usually no audio device: playing must simply return.
        new SoftTone().play();
    }

    private static int sample(byte[] bytes, int index) {
        return (short) ((bytes[2 * index] & 0xFF) | (bytes[2 * index + 1] << 8));
    }
}
