package org.backcoach.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.backcoach.ui.common.Messages;

/**
 * Every keyboard shortcut, grouped by where it works, as the F1 list shows it. The combinations
 * the window registers are defined here too, so the list and the keys cannot drift apart
 * (ShortcutsUiTest checks every accelerator of the window appears in the list).
 */
public final class ShortcutList {

    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination SPASM = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Starts today's exercises, or pauses and resumes the player while it shows. */
    public static final KeyCombination EXERCISES = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Plus as keyboards send it: "=" is the plus key without Shift; the keypad's +. */
    public static final List<KeyCombination> LARGER = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    public static final List<KeyCombination> SMALLER = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    public static final List<KeyCombination> NORMAL_SIZE = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));
    /** Saves the check-in (registered by the check-in screen). */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** Undoes the last change in Progress → History (registered by that screen). */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    /**
     * One line of the list: the keys as a person presses them, what they do, and the window's
     * key combinations it stands for (none for keys such as Tab that are not shortcuts).
     */
    public record Entry(String keys, String action, List<KeyCombination> combinations) {
        Entry(String keys, String action) {
            this(keys, action, List.of());
        }

        Entry(KeyCombination combination, String action) {
            this(text(combination), action, List.of(combination));
        }
    }

    /** A heading ("Anywhere", "Check-in", …) and its lines. */
    public record Group(String title, List<Entry> entries) {
    }

    private ShortcutList() {
    }

    /** The key names as this platform shows them ("Ctrl+1" on Linux and Windows, "⌘1" on a Mac). */
    static String text(KeyCombination combination) {
        return combination.getDisplayText();
    }

    /** "Ctrl+" on Linux and Windows, "⌘" on a Mac: the shortcut key as this platform writes it. */
    static String shortcutPrefix() {
        String withA = text(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        return withA.substring(0, withA.length() - 1);
    }

    public static List<Group> of(Messages messages) {
        List<Entry> anywhere = new ArrayList<>();
        for (Page page : Page.values()) {
            anywhere.add(new Entry(new KeyCodeCombination(page.shortcut(), KeyCombination.SHORTCUT_DOWN),
                    messages.get("shortcuts.open", messages.get(page.messageKey()).replace("_", ""))));
        }
        anywhere.add(new Entry(SPASM, messages.get("shortcuts.spasm")));
        anywhere.add(new Entry(shortcutPrefix() + messages.get("shortcuts.keys.enter"), messages.get("shortcuts.exercises"),
                List.of(EXERCISES)));
        // "Ctrl+=" is what the plus key sends without Shift; people call it Ctrl+Plus.
        anywhere.add(new Entry(shortcutPrefix() + messages.get("shortcuts.key.plus"), messages.get("shortcuts.larger"), LARGER));
        anywhere.add(new Entry(shortcutPrefix() + messages.get("shortcuts.key.minus"), messages.get("shortcuts.smaller"),
                SMALLER));
        anywhere.add(new Entry(text(NORMAL_SIZE.get(0)), messages.get("shortcuts.normalSize"), NORMAL_SIZE));
        anywhere.add(new Entry(HELP, messages.get("shortcuts.help")));
        anywhere.add(new Entry(messages.get("shortcuts.keys.tab"), messages.get("shortcuts.tab")));
        // Enter and Esc are also how forms take their main and cancel buttons (JavaFX registers them).
        anywhere.add(new Entry(messages.get("shortcuts.keys.press"), messages.get("shortcuts.press"),
                List.of(new KeyCodeCombination(KeyCode.ENTER))));
        anywhere.add(new Entry(messages.get("shortcuts.keys.mnemonic"), messages.get("shortcuts.mnemonic")));
        anywhere.add(new Entry(messages.get("shortcuts.keys.escape"), messages.get("shortcuts.escape"),
                List.of(new KeyCodeCombination(KeyCode.ESCAPE))));

        List<Entry> checkIn = List.of(
                new Entry(messages.get("shortcuts.keys.digits"), messages.get("shortcuts.scale.digit")),
                new Entry(messages.get("shortcuts.keys.ten"), messages.get("shortcuts.scale.ten")),
                new Entry(messages.get("shortcuts.keys.arrows"), messages.get("shortcuts.scale.arrows")),
                new Entry(messages.get("shortcuts.keys.clear"), messages.get("shortcuts.scale.clear")),
                new Entry(SAVE, messages.get("shortcuts.save")));
        List<Entry> player = List.of(
                new Entry(messages.get("shortcuts.keys.space"), messages.get("shortcuts.player.pause")),
                new Entry(messages.get("shortcuts.keys.leftRight"), messages.get("shortcuts.player.step")),
                new Entry(messages.get("shortcuts.keys.rate"), messages.get("shortcuts.player.rate")));
        List<Entry> progress = List.of(
                new Entry(messages.get("shortcuts.keys.enter"), messages.get("shortcuts.history.open")),
                new Entry(messages.get("shortcuts.keys.delete"), messages.get("shortcuts.history.delete")),
                new Entry(UNDO, messages.get("shortcuts.history.undo")));
        return List.of(new Group(messages.get("shortcuts.group.anywhere"), anywhere),
                new Group(messages.get("shortcuts.group.checkIn"), checkIn),
                new Group(messages.get("shortcuts.group.player"), player),
                new Group(messages.get("shortcuts.group.progress"), progress));
    }
}
