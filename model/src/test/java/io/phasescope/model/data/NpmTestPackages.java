package io.phasescope.model.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Fake npm packages for tests: npm-style tarballs and a fake {@code npm} script that "packs" one, so no network is needed. */
final class NpmTestPackages {

    private NpmTestPackages() {}

    /** A fetcher whose npm appends its arguments to {@code calls} and copies {@code tarball} into the working folder. */
    static NpmPackFetcher fakeNpm(Path dir, Path tarball, Path calls) throws IOException {
        Path npm = script(dir, "fake-npm", "echo \"$@\" >> '" + calls + "'\ncp '" + tarball + "' package.tgz");
        return new NpmPackFetcher(List.of(npm.toString()), Duration.ofSeconds(30));
    }

    /** An executable shell script {@code dir/name} running {@code body}. */
    static Path script(Path dir, String name, String body) throws IOException {
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** An npm-style tarball {@code tgz}: the named files of {@code source} under {@code folderInTar}/, plus a package.json. */
    static Path tarball(Path tgz, Path source, String folderInTar, List<String> names) throws IOException {
        try (TarArchiveOutputStream tar =
                new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tgz)))) {
            add(tar, "package/package.json", "{\"name\":\"test-package\"}".getBytes(StandardCharsets.UTF_8));
            for (String name : names) {
                add(tar, folderInTar + "/" + name, Files.readAllBytes(source.resolve(name)));
            }
        }
        return tgz;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
