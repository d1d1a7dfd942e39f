package io.phasescope.app.cli;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.config.ScreenshotRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code phasescope screenshot}: one view of the app's window rendered headless to PNG, after the workspace has
 * opened and its background computations have settled.
 */
@Command(
        name = "screenshot",
        mixinStandardHelpOptions = true,
        description = {
            "Render one view of the app's window to PNG, headless.",
            "Uses Monocle without a DISPLAY: opens a workspace (or the demo), sets the tab, lesson step and modes,"
                    + " waits until every chart has settled, and saves."
        })
final class ScreenshotCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    @Spec
    CommandSpec spec;

    @ParentCommand
    PhasescopeCommand parent;

    @Option(
            names = "--workspace",
            paramLabel = "FILE|demo",
            defaultValue = "demo",
            description = "The workspace file to open, or demo for the bundled demo (default: ${DEFAULT-VALUE}).")
    String workspace;

    @Option(
            names = "--tab",
            paramLabel = "TAB",
            description = "training, phase, landscape or curvature (default: the lesson step's tab, else training).")
    String tab;

    @Option(
            names = "--lesson-step",
            paramLabel = "N",
            defaultValue = "0",
            description = "Open the classroom lesson panel at step N (1 to 7; 0: closed, the default).")
    int lessonStep;

    @Option(names = "--presenter", description = "Presenter mode: large type, high contrast, settings hidden.")
    boolean presenter;

    @Option(names = "--settings-hidden", description = "Hide the settings on the left (View → Settings off).")
    boolean settingsHidden;

    @Option(names = "--dark", description = "The dark theme (presenter mode overrides it).")
    boolean dark;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            defaultValue = "1400x900",
            description = "The window size in px, from 640x480 to 7680x4320 (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Give up when the view has not settled after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(
            names = "--study",
            paramLabel = "DIR",
            description = "A study folder (written by study) to open with File → Open study…; the study window is"
                    + " rendered instead of the main window.")
    Path study;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "The PNG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Matcher m = SIZE.matcher(size.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ParameterException(spec.commandLine(), "--size must be WxH in px, e.g. 1280x720, was " + size);
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        OptionRanges.require(spec, "--size width", width, ScreenshotRequest.MIN_WIDTH, ScreenshotRequest.MAX_WIDTH);
        OptionRanges.require(spec, "--size height", height, ScreenshotRequest.MIN_HEIGHT, ScreenshotRequest.MAX_HEIGHT);
        OptionRanges.require(spec, "--lesson-step", lessonStep, 0, 7);
        OptionRanges.require(spec, "--timeout", timeoutSeconds, 1, 3600);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new ParameterException(spec.commandLine(), "--out must name a .png file, was " + out);
        }
        ScreenshotRequest request = new ScreenshotRequest(
                "demo".equals(workspace) ? null : Path.of(workspace),
                tab(),
                lessonStep,
                presenter,
                settingsHidden,
                dark,
                width,
                height,
                out,
                study);
        parent.gui()
                .screenshot(
                        new GuiConfig(parent.data, parent.sweeps, parent.models),
                        request,
                        Duration.ofSeconds(timeoutSeconds));
        spec.commandLine().getOut().println("Wrote " + out + " (" + width + "×" + height + " px)");
        return 0;
    }

    private ScreenshotRequest.Tab tab() {
        if (tab == null) {
            return lessonStep == 0 ? ScreenshotRequest.Tab.TRAINING : null;
        }
        try {
            return ScreenshotRequest.Tab.valueOf(tab.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(), "--tab must be training, phase, landscape or curvature, was " + tab, e);
        }
    }
}
