package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./phasescope package --out DIR}: the app image runs {@code --help} and renders the bundled demo workspace
 * headless with its own runtime, runs on one BLAS thread without the JVM's incubator notice, trains offline on the
 * bundled classroom subset, stays under 250 MB, and the .deb holds the launcher, the desktop entry (passing the
 * double-clicked files to the app), the icon, the {@code .phasescope} MIME type and the app with its demo, and
 * depends on GTK; its maintainer scripts install the desktop entry and the MIME type on a system without a menu
 * folder, and remove them.
 */
@Tag("slow")
@Tag("package")
class PackageTest {

    @TempDir
    Path dir;

    @Test
    void theAppImageRunsHeadlessAndTheDebHoldsTheDesktopEntryAndTheFileAssociation() throws Exception {
        Path out = dir.resolve("package");
        assertThat(run(List.of(LauncherRun.LAUNCHER.toString(), "package", "--out", out.toString()), 3600)
                        .exit())
                .isZero();
        Path image = out.resolve("Phasescope");
        Path app = image.resolve("bin").resolve("Phasescope");

        LauncherRun help = run(List.of(app.toString(), "--help"), 120);
        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: phasescope", "screenshot");
        LauncherRun version = run(List.of(app.toString(), "--version"), 120);
        assertThat(version.stdout()).as("one BLAS thread, as ./phasescope").contains("OMP_NUM_THREADS=1,");
        assertThat(version.stderr()).as("no incubator notice").isEmpty();
        List<String> offlineTraining = new ArrayList<>(List.of(app.toString(), "--data", "bundled"));
        offlineTraining.addAll(LauncherRun.trainOnAClassroomSizedSubset(dir.resolve("offline")));
        LauncherRun offline = run(offlineTraining, 600);
        assertThat(offline.exit()).as(offline.output()).isZero();
        assertThat(offline.stdout()).contains("MNIST classroom subset");
        Path png = dir.resolve("demo.png");
        LauncherRun screenshot = run(
                List.of(
                        app.toString(),
                        "--sweeps",
                        dir.resolve("sweeps").toString(),
                        "screenshot",
                        "--workspace",
                        "demo",
                        "--out",
                        png.toString()),
                600);
        assertThat(screenshot.exit()).as(screenshot.output()).isZero();
        assertThat(png).isNotEmptyFile();
        assertThat(size(image)).as("app image bytes").isLessThan(250L * 1024 * 1024);

        Path deb;
        try (Stream<Path> files = Files.list(out)) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        LauncherRun info = run(List.of("dpkg-deb", "--info", deb.toString()), 120);
        assertThat(info.output()).contains("Package: phasescope", "libgtk-3-0", "Section: science");
        LauncherRun contents = run(List.of("dpkg-deb", "--contents", deb.toString()), 120);
        assertThat(contents.output())
                .contains(
                        "./opt/phasescope/bin/Phasescope",
                        "./opt/phasescope/lib/phasescope-Phasescope.desktop",
                        "./opt/phasescope/lib/phasescope-Phasescope-MimeInfo.xml",
                        "./opt/phasescope/lib/Phasescope.png",
                        "./opt/phasescope/lib/app/phasescope-app.jar",
                        "./opt/phasescope/lib/app/phasescope-assets-",
                        "./opt/phasescope/lib/runtime/lib/modules");
        LauncherRun desktop = run(
                List.of(
                        "bash",
                        "-c",
                        "dpkg-deb --fsys-tarfile \"$0\" | tar -xO ./opt/phasescope/lib/phasescope-Phasescope.desktop",
                        deb.toString()),
                120);
        assertThat(desktop.stdout())
                .as("a double-clicked workspace reaches the app")
                .contains("Exec=/opt/phasescope/bin/Phasescope %F", "MimeType=application/x-phasescope-workspace");
        installsWithoutAMenuFolder(deb);
    }

    /**
     * jpackage's own maintainer scripts ran xdg-desktop-menu, which exits 3 where no menu folder exists (a minimal
     * Debian, /etc/xdg/menus absent) or 127 without xdg-utils: the install failed half-configured and the package
     * could not be removed. The scripts put the entry and the MIME type where desktops look, and take them away again.
     */
    private void installsWithoutAMenuFolder(Path deb) throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path control = dir.resolve("control");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), 300)
                        .exit())
                .isZero();
        assertThat(run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), 120)
                        .exit())
                .isZero();
        Path entry = root.resolve("usr/share/applications/phasescope-Phasescope.desktop");
        Path mime = root.resolve("usr/share/mime/packages/phasescope-Phasescope.xml");

        LauncherRun postinst = maintainerScript(control.resolve("postinst"), "configure", root);

        assertThat(postinst.exit()).as(postinst.output()).isZero();
        assertThat(entry).content().contains("Exec=/opt/phasescope/bin/Phasescope %F");
        assertThat(mime).content().contains("application/x-phasescope-workspace", "*.phasescope");

        LauncherRun prerm = maintainerScript(control.resolve("prerm"), "remove", root);

        assertThat(prerm.exit()).as(prerm.output()).isZero();
        assertThat(entry).doesNotExist();
        assertThat(mime).doesNotExist();
    }

    /** Runs a maintainer script as dpkg --root would: {@code DPKG_ROOT} set, with a PATH of the basic tools only. */
    private LauncherRun maintainerScript(Path script, String action, Path root) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), action);
        builder.environment().put("DPKG_ROOT", root.toString());
        builder.environment().put("PATH", "/usr/bin:/bin");
        return LauncherRun.of(builder, dir, 120);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** Runs {@code command} without a DISPLAY (GUI commands render on Monocle). */
    private LauncherRun run(List<String> command, long seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().remove("DISPLAY");
        return LauncherRun.of(builder, dir, seconds);
    }
}
