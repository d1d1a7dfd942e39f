package io.phasescope.app.config;

import io.phasescope.app.logging.LogFolder;
import io.phasescope.model.data.MnistCache;
import io.phasescope.model.io.Version;
import io.phasescope.model.train.BlasInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What Help → About and {@code phasescope --version} say, read at run time: the version (from the POM), the Java
 * and JavaFX versions, the BLAS the engine calls, the data folder and the log folder.
 *
 * @param version Phasescope's version, such as {@code 0.1.0-SNAPSHOT}
 * @param java the Java runtime, such as {@code 17.0.15 (Debian, OpenJDK 64-Bit Server VM)}
 * @param javafx the JavaFX version, such as {@code 21.0.11}, or why it is unknown
 * @param blas the BLAS library and its configuration ({@link BlasInfo#describe()})
 * @param dataFolder where MNIST is read from
 * @param logFolder where the log files are
 */
public record AboutInfo(String version, String java, String javafx, String blas, Path dataFolder, Path logFolder) {

    /**
     * The running installation's details.
     *
     * @param dataFolder the {@code --data} folder, or {@code null} for the verified MNIST cache
     */
    public static AboutInfo current(Path dataFolder) {
        return new AboutInfo(
                Version.NUMBER,
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                javafxVersion(),
                BlasInfo.describe(),
                dataFolder != null ? dataFolder : MnistCache.defaultFolder(),
                LogFolder.folder());
    }

    /** One line each, as {@code --version} prints them. */
    public List<String> lines() {
        return List.of(
                "Phasescope " + version,
                "Java " + java,
                "JavaFX " + javafx,
                "BLAS " + blas,
                "Data folder " + dataFolder,
                "Log folder " + logFolder);
    }

    /** From {@code javafx.properties} at the top of the javafx-base jar, on the module path or the class path. */
    private static String javafxVersion() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream("javafx.properties")) {
            if (in == null) {
                return "not found (javafx-base is not on the module or class path)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("javafx.runtime.version", properties.getProperty("javafx.version", "?"));
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
