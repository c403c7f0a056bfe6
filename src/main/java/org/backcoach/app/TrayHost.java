package org.backcoach.app;

/**
 * The operating system's notification area ("system tray"), where BackCoach can wait with its
 * window closed so reminders still come. Callbacks may arrive on any thread.
 */
interface TrayHost {

    /** Whether this desktop has a tray. May take a moment the first time; call it off the FX thread. */
    boolean supported();

    /** Puts the icon in the tray, with a menu to open the window again or quit. */
    void show(String tooltip, String openLabel, String quitLabel, Runnable onOpen, Runnable onQuit);

    /** Takes the icon out of the tray, if it is there. */
    void remove();
}
