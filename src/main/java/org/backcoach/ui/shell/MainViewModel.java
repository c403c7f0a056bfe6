package org.backcoach.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Which screen is showing, and the notice across the top (e.g. a refused content bundle). */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TODAY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeDetails = new ReadOnlyStringWrapper("");
    private final Map<Page, Runnable> onShow = new EnumMap<>(Page.class);

    public MainViewModel() {
        page.addListener((obs, old, now) -> onShow.getOrDefault(now, () -> { }).run());
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeDetailsProperty() {
        return noticeDetails.getReadOnlyProperty();
    }

    public void showNotice(String text, String details) {
        notice.set(text);
        noticeDetails.set(details);
    }

    /** Registers what a screen does each time it is shown, such as reloading from the journal. */
    public void onShow(Page target, Runnable action) {
        onShow.put(target, action);
        if (page.get() == target) {
            action.run();
        }
    }

    public void open(Page target) {
        if (page.get() == target) {
            onShow.getOrDefault(target, () -> { }).run();
        } else {
            page.set(target);
        }
    }
}
