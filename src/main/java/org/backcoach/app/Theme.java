package org.backcoach.app;

/** The app's stylesheet: named colour tokens on .root, and rules that use only those names. */
final class Theme {

    private Theme() {
    }

    static String stylesheet() {
        return Theme.class.getResource("/org/backcoach/ui/theme/app.css").toExternalForm();
    }
}
