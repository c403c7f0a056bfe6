package org.backcoach.ui.reminders;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.backcoach.reminders.ReminderSound;

/**
 * A quiet two-note chime (a falling third, soft attack and long fade), synthesised on the fly so
 * no audio file ships. Plays on its own short-lived thread; without a sound device it stays silent.
 */
public final class SoftTone implements ReminderSound {

    private static final Logger LOG = Logger.getLogger(SoftTone.class.getName());
    static final float SAMPLE_RATE = 44_100f;
    /** Peak loudness as a share of full scale: gentle, never startling. */
    static final double VOLUME = 0.18;

    @Override
    public void play() {
        Thread thread = new Thread(SoftTone::playNow, "backcoach-chime");
        thread.setDaemon(true);
        thread.start();
    }

    private static void playNow() {
        byte[] samples = samples();
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            LOG.log(Level.FINE, "no sound device for the reminder chime", e);
        }
    }

    /** 16-bit little-endian mono: E5 then C5, each faded in over 20 ms and out exponentially. */
    static byte[] samples() {
        double[][] notes = {{659.25, 0.0, 0.9}, {523.25, 0.35, 1.2}};
        int total = (int) (SAMPLE_RATE * 1.6);
        double[] mix = new double[total];
        for (double[] note : notes) {
            int start = (int) (note[1] * SAMPLE_RATE);
            int length = (int) (note[2] * SAMPLE_RATE);
            for (int i = 0; i < length && start + i < total; i++) {
                double t = i / SAMPLE_RATE;
                double envelope = Math.min(1.0, t / 0.02) * Math.exp(-4.0 * t);
                mix[start + i] += Math.sin(2 * Math.PI * note[0] * t) * envelope * VOLUME;
            }
        }
        byte[] bytes = new byte[total * 2];
        for (int i = 0; i < total; i++) {
            short value = (short) Math.round(Math.max(-1, Math.min(1, mix[i])) * Short.MAX_VALUE);
            bytes[2 * i] = (byte) value;
            bytes[2 * i + 1] = (byte) (value >> 8);
        }
        return bytes;
    }
}
