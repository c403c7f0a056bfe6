package org.backcoach.app;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * The tray through java.awt.SystemTray. AWT is loaded only when the person first closes the window
 * with reminders on, so start-up never pays for it; all AWT calls run on AWT's own thread.
 */
final class AwtTray implements TrayHost {

    private static final Logger LOG = Logger.getLogger(AwtTray.class.getName());
    private TrayIcon icon;

    @Override
    public boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no system tray", e);
            return false;
        }
    }

    @Override
    public void show(String tooltip, String openLabel, String quitLabel, Runnable onOpen, Runnable onQuit) {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                return;
            }
            try {
                PopupMenu menu = new PopupMenu();
                MenuItem open = new MenuItem(openLabel);
                open.addActionListener(e -> onOpen.run());
                MenuItem quit = new MenuItem(quitLabel);
                quit.addActionListener(e -> onQuit.run());
                menu.add(open);
                menu.addSeparator();
                menu.add(quit);
                icon = new TrayIcon(image(), tooltip, menu);
                icon.setImageAutoSize(true);
                icon.addActionListener(e -> onOpen.run());
                SystemTray.getSystemTray().add(icon);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not put BackCoach in the tray; showing the window again", e);
                icon = null;
                onOpen.run();
            }
        });
    }

    @Override
    public void remove() {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }

    private static Image image() throws IOException {
        try (InputStream in = AwtTray.class.getResourceAsStream(AppIcon.resource(32))) {
            if (in == null) {
                throw new IOException("the tray icon is missing from the application");
            }
            return ImageIO.read(in);
        }
    }
}
