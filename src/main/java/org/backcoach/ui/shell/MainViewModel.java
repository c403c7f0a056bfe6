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
 * Which screen is showing, the notice across the top (e.g. a refused content bundle), any flow
 * (in place of the screen) or modal (over the whole window) on top of it, and where the keyboard
 * focus should go next.
 */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TODAY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeDetails = new ReadOnlyStringWrapper("");
    private final Map<Page, Runnable> onShow = new EnumMap<>(Page.class);
    private final ReadOnlyObjectWrapper<Flow> flow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Modal> modal = new ReadOnlyObjectWrapper<>();
    /** The window's first page takes the focus too, once it shows. */
    private final ReadOnlyObjectWrapper<Place> focusRequest = new ReadOnlyObjectWrapper<>(Page.TODAY);
    private boolean fromNavigation;
    private Runnable onExercisesRequested = () -> { };

    public MainViewModel() {
        page.addListener((obs, old, now) -> {
            onShow.getOrDefault(now, () -> { }).run();
            if (flow.get() == null) {
                requestFocus(now);
            }
        });
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

    /**
     * The place whose starting control (e.g. pain now on the check-in) should take the keyboard
     * focus, until the view has given it (then null). Set whenever a page, flow or modal opens,
     * except a page the person chose in the navigation itself, so the arrow keys keep working
     * there. Tests wait for it to clear instead of forcing the focus.
     */
    public ReadOnlyObjectProperty<Place> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** The view gave {@code place} its starting focus (or found none to give): the request is done. */
    public void focusRequestDone(Place place) {
        if (focusRequest.get() == place) {
            focusRequest.set(null);
        }
    }

    public void showFlow(Flow target) {
        flow.set(null);
        flow.set(target);
        focusRequest.set(target);
    }

    /** Leaves the flow and shows the page again (refreshed, as on any visit). */
    public void closeFlow() {
        if (flow.get() != null) {
            flow.set(null);
            onShow.getOrDefault(page.get(), () -> { }).run();
            requestFocus(page.get());
        }
    }

    public void showModal(Modal target) {
        modal.set(null);
        modal.set(target);
        focusRequest.set(target);
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
        boolean leavesFlow = flow.get() != null;
        flow.set(null);
        if (page.get() == target) {
            onShow.getOrDefault(target, () -> { }).run();
            if (leavesFlow) {
                requestFocus(target);
            }
        } else {
            page.set(target);
        }
    }

    /** A page the person chose in the navigation: the focus stays there. */
    public void openFromNavigation(Page target) {
        fromNavigation = true;
        try {
            open(target);
        } finally {
            fromNavigation = false;
        }
    }

    private void requestFocus(Page target) {
        if (!fromNavigation) {
            focusRequest.set(target);
        }
    }
}
