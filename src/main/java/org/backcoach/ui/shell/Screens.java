package org.backcoach.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The window's screens, each registered against its page, flow or modal. A screen is made as it
 * is registered, so the routes it answers work before anyone visits it; its view is built only
 * when the window shows it.
 */
public final class Screens {

    private final ScreenServices services;
    private final Map<Place, Screen> screens = new LinkedHashMap<>();

    public Screens(ScreenServices services) {
        this.services = services;
    }

    /** Makes the screen for {@code place}; a page's screen is told each time its page shows. */
    public void register(Place place, Function<ScreenServices, Screen> factory) {
        if (screens.containsKey(place)) {
            throw new IllegalStateException(place + " has a screen already");
        }
        Screen screen = factory.apply(services);
        screens.put(place, screen);
        if (place instanceof Page page) {
            services.navigator().main().onShow(page, screen::shown);
        }
    }

    /** Fails when a page, flow or modal has no screen: the window would show nothing there. */
    public void requireEveryPlace() {
        for (Place[] places : new Place[][] {Page.values(), Flow.values(), Modal.values()}) {
            for (Place place : places) {
                if (!screens.containsKey(place)) {
                    throw new IllegalStateException("no screen is registered for " + place);
                }
            }
        }
    }

    Node view(Place place) {
        Screen screen = screens.get(place);
        if (screen == null) {
            throw new IllegalStateException("no screen is registered for " + place);
        }
        return screen.view();
    }

    /** Stops what the screens run; the window is closing or being built anew. */
    public void close() {
        screens.values().forEach(Screen::close);
    }
}
