package org.backcoach.ui.shell;

/**
 * A place in the window: a page, a flow shown in its place, or a modal over everything. Each has
 * one screen, registered against it, and each can be asked to take the keyboard focus.
 */
public sealed interface Place permits Page, Flow, Modal {
}
