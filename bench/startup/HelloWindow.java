/**
 * The hello-world start-up baseline: {@link PlainWindow}'s bare window at BackCoach's size
 * (1100×760), started the way BackCoach starts: bench/startup/run.sh packages it with jpackage on
 * BackCoach's own jlinked runtime, with the same JavaFX jars, natives and java options.
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    public static void main(String[] args) {
        PlainWindow.show(1100, 760, "Hello", args);
    }
}
