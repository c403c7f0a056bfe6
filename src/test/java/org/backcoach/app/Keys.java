package org.backcoach.app;

import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;

/**
 * Keys pressed and released through the platform's robot, as a keyboard would send them, then
 * one round trip of the FX thread so they are handled: much quicker than waiting for the whole
 * application to go quiet after every key, which a walk over every screen cannot afford.
 */
final class Keys {

    private final Robot robot = OnFx.call(Robot::new);

    void type(KeyCode code) {
        OnFx.run(() -> {
            robot.keyPress(code);
            robot.keyRelease(code);
        });
        OnFx.run(() -> { });
    }

    void withControl(KeyCode code) {
        OnFx.run(() -> {
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(code);
            robot.keyRelease(code);
            robot.keyRelease(KeyCode.CONTROL);
        });
        OnFx.run(() -> { });
    }
}
