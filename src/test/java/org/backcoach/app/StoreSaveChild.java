package org.backcoach.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;

/**
 * A child process for {@link CheckInCrashRun#store}: opens the data folder the way the window does
 * ({@code DataFolder.ensureExists}, {@code Session.open}, {@code journal()}) and saves check-ins
 * through {@link Journal#save}, the call behind the check-in form's Save. "try N" is written before
 * each save and "saved N" once it returned, each straight to the file descriptor (no buffer), so the
 * parent knows exactly what was acknowledged when the kill came.
 *
 * <p>Arguments: seed, first sequence number, count, anchor date, window of days.
 */
public final class StoreSaveChild {

    private StoreSaveChild() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        LocalDate anchor = LocalDate.parse(args[3]);
        int window = Integer.parseInt(args[4]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        DataFolder folder = DataFolder.forThisUser(Optional.empty()).ensureExists();
        try (Session session = Session.open(folder, Optional.empty(), Clock.systemDefaultZone(), "en")) {
            Journal journal = session.journal();
            for (int seq = first; seq < first + count; seq++) {
                CheckIn checkIn = CrashCheckIns.checkIn(seed, seq, CrashCheckIns.storeDate(anchor, seq, window));
                out.println("try " + seq);
                journal.save(checkIn);
                out.println("saved " + seq);
            }
        }
        out.println("closed");
    }
}
