package io.phasescope.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a zip archive with every entry dated {@link #FIXED}, so that equal contents give equal bytes. */
final class ZipTimes {

    /** The earliest time a zip entry can hold (MS-DOS time), local. */
    static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipTimes() {}

    /** The entries of {@code zip}, in order, with the same names and contents and the fixed time. */
    static byte[] fixed(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
