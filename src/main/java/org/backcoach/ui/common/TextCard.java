package org.backcoach.ui.common;

import atlantafx.base.controls.Card;
import javafx.geometry.Orientation;
import javafx.scene.Node;

/**
 * AtlantaFX's {@link Card} for cards that hold wrapping text. The library's card measures its
 * height from its content's unwrapped width, so at a large text size a sentence would run out of
 * the card; this one asks its content how tall it is at the width the card is given.
 */
public class TextCard extends Card {

    /** A card with a heading (may be null) and a body. */
    public TextCard(Node header, Node body) {
        // The skin now rather than at the first CSS pass, so what is inside is in the scene at once
        // (a reminder's button can take the focus as the card appears).
        setSkin(createDefaultSkin());
        // A card holds controls; it is not one a person tabs to.
        setFocusTraversable(false);
        setHeader(header);
        setBody(body);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Node content = getSkin() == null ? null : getSkin().getNode();
        if (content == null) {
            return super.computePrefHeight(width);
        }
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + content.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        // Never squeezed below its text: the page scrolls instead.
        return computePrefHeight(width);
    }
}
