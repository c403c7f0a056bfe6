package org.backcoach.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import org.backcoach.content.Area;

/**
 * A body outline, front and back, whose regions are toggle buttons shaped like the region. The
 * back view holds all eight regions and is the keyboard path (Tab from neck down to below the
 * knee, Space toggles; each region reads out its name and whether it is picked). Regions also
 * seen from the front have a twin there for the mouse. In single mode at most one region is picked.
 */
public final class BodyMap extends VBox {

    /** Outline geometry in a 160 × 340 box per view; drawn, never clicked. */
    private static final String TORSO_FRONT = "M34,90 L126,90 L118,176 L42,176 Z";
    private static final String ARMS = "M38,66 L30,92 L20,196 L30,198 L40,100 Z M122,66 L130,92 L140,196 L130,198 L120,100 Z";
    private static final double VIEW_WIDTH = 160;
    private static final double VIEW_HEIGHT = 340;
    private static final double GAP = 40;
    /** The neck, the smallest region, is 26 units high: from this scale on every region is a 32 px target. */
    public static final double MIN_SCALE = 1.25;

    /** Region shapes by area id, in the order a keyboard visits them. */
    static final Map<String, String> REGIONS = orderedRegions();

    /** Regions that also show on the front view. */
    private static final List<String> FRONT = List.of("neck", "shoulders", "hips-glutes", "thighs", "below-knee");

    private final ObservableSet<String> selected;
    private final boolean single;

    /**
     * @param areas    the bundle's areas (labels); regions without an area are left out
     * @param selected the picked area ids; the map mirrors and edits it
     * @param idPrefix node ids are {@code idPrefix + areaId} (back view) and {@code ...-front}
     * @param single   true to allow only one picked region
     * @param scale    screen pixels per outline unit; at least {@link #MIN_SCALE}, so regions stay large targets
     */
    public BodyMap(List<Area> areas, ObservableSet<String> selected, Messages messages, String idPrefix, double scale,
                   boolean single) {
        this.selected = selected;
        this.single = single;
        scale = Math.max(scale, MIN_SCALE);
        getStyleClass().add("body-map");
        setSpacing(8);
        Pane canvas = new Pane();
        canvas.setPrefSize((2 * VIEW_WIDTH + GAP) * scale, VIEW_HEIGHT * scale);
        canvas.setMinSize((2 * VIEW_WIDTH + GAP) * scale, VIEW_HEIGHT * scale);
        canvas.setMaxSize((2 * VIEW_WIDTH + GAP) * scale, VIEW_HEIGHT * scale);
        double backX = (VIEW_WIDTH + GAP) * scale;
        outline(canvas, 0, scale, true);
        outline(canvas, backX, scale, false);
        List<ToggleButton> frontTwins = new ArrayList<>();
        for (Map.Entry<String, String> region : REGIONS.entrySet()) {
            Area area = areas.stream().filter(a -> a.id().equals(region.getKey())).findFirst().orElse(null);
            if (area == null) {
                continue;
            }
            canvas.getChildren().add(region(area, region.getValue(), backX, scale, idPrefix + area.id(),
                    messages.get("bodyMap.region.back", area.label()), true));
            if (FRONT.contains(area.id())) {
                frontTwins.add(region(area, region.getValue(), 0, scale, idPrefix + area.id() + "-front",
                        messages.get("bodyMap.region.front", area.label()), false));
            }
        }
        canvas.getChildren().addAll(frontTwins);
        Label front = caption(messages.get("bodyMap.front"), 0, scale);
        Label back = caption(messages.get("bodyMap.back"), backX, scale);
        canvas.getChildren().addAll(front, back);

        Label picked = new Label();
        picked.setWrapText(true);
        picked.getStyleClass().add("hint");
        picked.setId(idPrefix + "picked");
        picked.textProperty().bind(Bindings.createStringBinding(() -> selected.isEmpty() ? messages.get("bodyMap.none")
                : messages.get("bodyMap.picked", String.join(", ", areas.stream()
                        .filter(a -> selected.contains(a.id())).map(Area::label).toList())), selected));
        getChildren().addAll(canvas, picked);
    }

    private ToggleButton region(Area area, String path, double x, double scale, String id, String accessibleName,
                                boolean keyboard) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        Bounds bounds = shape.getBoundsInLocal();
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.getStyleClass().add("body-region");
        button.setShape(shape);
        button.setScaleShape(true);
        button.setPickOnBounds(false);
        button.setFocusTraversable(keyboard);
        button.setMnemonicParsing(false);
        button.setLayoutX(x + bounds.getMinX() * scale);
        button.setLayoutY(bounds.getMinY() * scale);
        double width = bounds.getWidth() * scale;
        double height = bounds.getHeight() * scale;
        button.setMinSize(width, height);
        button.setPrefSize(width, height);
        button.setMaxSize(width, height);
        button.setAccessibleText(accessibleName);
        button.setTooltip(new Tooltip(area.label()));
        button.setSelected(selected.contains(area.id()));
        button.setOnAction(e -> toggle(area.id(), button.isSelected()));
        selected.addListener((SetChangeListener<String>) change -> button.setSelected(selected.contains(area.id())));
        return button;
    }

    private void toggle(String id, boolean on) {
        if (on) {
            if (single) {
                selected.retainAll(List.of(id));
            }
            selected.add(id);
        } else {
            selected.remove(id);
        }
    }

    private static void outline(Pane canvas, double x, double scale, boolean front) {
        Circle head = new Circle(x + 80 * scale, 20 * scale, 16 * scale);
        head.getStyleClass().add("body-outline");
        head.setMouseTransparent(true);
        canvas.getChildren().addAll(head, path(ARMS, x, scale));
        if (front) {
            // The front of the torso is not a region: back pain is picked on the back view.
            canvas.getChildren().add(path(TORSO_FRONT, x, scale));
        }
    }

    private static SVGPath path(String content, double x, double scale) {
        SVGPath path = new SVGPath();
        path.setContent(scaled(content, x, scale));
        path.getStyleClass().add("body-outline");
        path.setMouseTransparent(true);
        return path;
    }

    /** "M34,90 L126,90 Z" with every point mapped to (x + px·scale, py·scale). */
    static String scaled(String content, double x, double scale) {
        StringBuilder out = new StringBuilder();
        for (String token : content.split(" ")) {
            if (token.length() > 1) {
                String[] xy = token.substring(1).split(",");
                out.append(token.charAt(0)).append(x + Double.parseDouble(xy[0]) * scale).append(',')
                        .append(Double.parseDouble(xy[1]) * scale);
            } else {
                out.append(token);
            }
            out.append(' ');
        }
        return out.toString().strip();
    }

    private static Label caption(String text, double x, double scale) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setLayoutX(x);
        label.setLayoutY(VIEW_HEIGHT * scale - 18);
        label.setMouseTransparent(true);
        return label;
    }

    private static Map<String, String> orderedRegions() {
        Map<String, String> regions = new java.util.LinkedHashMap<>();
        regions.put("neck", "M70,36 L90,36 L92,62 L68,62 Z");
        regions.put("shoulders", "M68,62 L92,62 L122,66 L128,90 L32,90 L38,66 Z");
        regions.put("upper-back", "M34,90 L126,90 L122,120 L38,120 Z");
        regions.put("mid-back", "M38,120 L122,120 L120,148 L40,148 Z");
        regions.put("lower-back", "M40,148 L120,148 L118,176 L42,176 Z");
        regions.put("hips-glutes", "M42,176 L118,176 L122,210 L38,210 Z");
        // Both legs are one shape joined at the top, so the region's centre is always on the body.
        regions.put("thighs", "M38,210 L122,210 L114,266 L86,266 L82,244 L78,244 L74,266 L46,266 Z");
        regions.put("below-knee", "M46,270 L114,270 L108,332 L90,332 L84,306 L76,306 L70,332 L52,332 Z");
        return java.util.Collections.unmodifiableMap(regions);
    }

    /** For tests: the region buttons a keyboard reaches, in order. */
    List<Node> keyboardRegions() {
        return lookupAll(".body-region").stream().filter(Node::isFocusTraversable).toList();
    }
}
