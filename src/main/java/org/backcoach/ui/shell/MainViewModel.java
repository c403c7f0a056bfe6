package org.backcoach.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which screen is showing, the notice across the top (e.g. a refused content bundle), and any
 * flow (in place of the screen) or modal (over the whole window) on top of it.
 */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TODAY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeDetails = new ReadOnlyStringWrapper("");
    private final Map<Page, Runnable> onShow = new EnumMap<>(Page.class);
    private final ReadOnlyObjectWrapper<Flow> flow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Modal> modal = new ReadOnlyObjectWrapper<>();
    private Runnable onExercisesRequested = () -> { };

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

    /** The flow shown in place of the page, or null. */
    public ReadOnlyObjectProperty<Flow> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    /** The modal over the window, or null. */
    public ReadOnlyObjectProperty<Modal> modalProperty() {
        return modal.getReadOnlyProperty();
    }

    public void showFlow(Flow target) {
        flow.set(null);
        flow.set(target);
    }

    /** Leaves the flow and shows the page again (refreshed, as on any visit). */
    public void closeFlow() {
        if (flow.get() != null) {
            flow.set(null);
            onShow.getOrDefault(page.get(), () -> { }).run();
        }
    }

    public void showModal(Modal target) {
        modal.set(null);
        modal.set(target);
    }

    public void closeModal() {
        modal.set(null);
    }

    /** What Ctrl+Enter does: start today's exercises, or pause and resume the player while it shows. */
    public void setOnExercisesRequested(Runnable action) {
        this.onExercisesRequested = action;
    }

    public void requestExercises() {
        onExercisesRequested.run();
    }

    /** Navigating to a page leaves any flow. */
    public void open(Page target) {
        flow.set(null);
        if (page.get() == target) {
            onShow.getOrDefault(target, () -> { }).run();
        } else {
            page.set(target);
        }
    }
}
