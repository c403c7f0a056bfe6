package org.backcoach.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Synthesises soft sine tones with javax.sound (no media library, no sound files). Sounds play on
 * one background thread, so the UI never waits. Without a sound device it falls silent after
 * logging once.
 */
public final class SynthChime implements Chime {

    private static final Logger LOG = Logger.getLogger(SynthChime.class.getName());
    private static final float RATE = 44_100f;
    private static final double VOLUME = 0.22;

    private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backcoach-chime");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean broken;

    @Override
    public void play(Tone tone) {
        if (!broken) {
            player.execute(() -> render(samples(tone)));
        }
    }

    /** 16-bit mono PCM for a tone: notes as (frequency Hz, milliseconds, loudness 0–1). */
    static byte[] samples(Tone tone) {
        return switch (tone) {
            case GO -> notes(new double[][] {{660, 260, 1}});
            case REP -> notes(new double[][] {{520, 90, 0.5}});
            case REST -> notes(new double[][] {{440, 320, 0.9}});
            case DONE -> notes(new double[][] {{523, 180, 0.9}, {659, 320, 0.9}});
            case NUDGE -> notes(new double[][] {{784, 200, 0.7}, {587, 320, 0.7}});
        };
    }

    private static byte[] notes(double[][] notes) {
        int total = 0;
        for (double[] note : notes) {
            total += (int) (RATE * note[1] / 1000);
        }
        byte[] pcm = new byte[total * 2];
        int offset = 0;
        for (double[] note : notes) {
            int count = (int) (RATE * note[1] / 1000);
            for (int i = 0; i < count; i++) {
                // A quick fade in and a long fade out keep the tone soft, with no click.
                double envelope = Math.min(1, i / (RATE * 0.01)) * Math.pow(1 - (double) i / count, 2);
                double value = Math.sin(2 * Math.PI * note[0] * i / RATE) * envelope * VOLUME * note[2];
                short sample = (short) (value * Short.MAX_VALUE);
                pcm[2 * (offset + i)] = (byte) sample;
                pcm[2 * (offset + i) + 1] = (byte) (sample >> 8);
            }
            offset += count;
        }
        return pcm;
    }

    private void render(byte[] pcm) {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            broken = true;
            LOG.log(Level.INFO, "no sound device; chimes are silent", e);
        }
    }
}
