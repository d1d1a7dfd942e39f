package io.phasescope.tests.fuzz;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small, deterministic mutation fuzzer for file readers: from valid seed inputs it derives inputs by
 * flipping bits, overwriting bytes, writing extreme 32-bit integers (header fields claiming 2³¹ items),
 * inserting, deleting, duplicating and truncating, one to four mutations each, with a fixed seed. Each input
 * goes to a target that must either accept it or throw one of the allowed exception types; anything else
 * (another exception, an {@link Error} such as OutOfMemoryError) is collected as a finding.
 */
final class MutationFuzzer {

    private static final int[] EXTREME = {
        0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFF_FFFF - 1, 65_536, 1 << 30
    };

    /** The reader under test. */
    @FunctionalInterface
    interface Target {
        void accept(byte[] input) throws Exception;
    }

    /**
     * What a run found: inputs tried, accepted, refused, and the unexpected outcomes by exception and message, each
     * with the length and first bytes (hex) of the first input that caused it.
     */
    record Report(int inputs, int accepted, int refused, Map<String, String> findings) {}

    private MutationFuzzer() {}

    static Report run(
            List<byte[]> seeds, int inputs, long seed, List<Class<? extends Throwable>> allowed, Target target) {
        Random random = new Random(seed);
        int accepted = 0;
        int refused = 0;
        Map<String, String> findings = new LinkedHashMap<>();
        for (int k = 0; k < inputs; k++) {
            byte[] input =
                    k < seeds.size() ? seeds.get(k).clone() : mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                target.accept(input);
                accepted++;
            } catch (Throwable t) {
                if (allowed.stream().anyMatch(type -> type.isInstance(t))) {
                    refused++;
                } else {
                    findings.putIfAbsent(t.getClass().getName() + ": " + t.getMessage(), describe(input));
                }
            }
        }
        return new Report(inputs, accepted, refused, findings);
    }

    private static String describe(byte[] input) {
        StringBuilder hex = new StringBuilder(input.length + " bytes:");
        for (int i = 0; i < Math.min(32, input.length); i++) {
            hex.append(String.format(" %02x", input[i] & 0xFF));
        }
        return hex.toString();
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] data = seed.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            data = mutateOnce(data, random);
        }
        return data;
    }

    private static byte[] mutateOnce(byte[] data, Random random) {
        int n = data.length;
        switch (random.nextInt(7)) {
            case 0 -> {
                if (n > 0) {
                    data[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                }
                return data;
            }
            case 1 -> {
                if (n > 0) {
                    data[random.nextInt(n)] = (byte) random.nextInt(256);
                }
                return data;
            }
            case 2 -> {
                if (n >= 4) {
                    int at = random.nextInt(Math.min(n - 3, 32));
                    ByteBuffer.wrap(data, at, 4).putInt(EXTREME[random.nextInt(EXTREME.length)]);
                }
                return data;
            }
            case 3 -> {
                return Arrays.copyOf(data, random.nextInt(n + 1));
            }
            case 4 -> {
                List<Byte> bytes = new ArrayList<>();
                for (byte b : data) {
                    bytes.add(b);
                }
                bytes.add(random.nextInt(n + 1), (byte) random.nextInt(256));
                byte[] out = new byte[bytes.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = bytes.get(i);
                }
                return out;
            }
            case 5 -> {
                if (n == 0) {
                    return data;
                }
                int from = random.nextInt(n);
                int to = Math.min(n, from + 1 + random.nextInt(16));
                byte[] out = new byte[n - (to - from)];
                System.arraycopy(data, 0, out, 0, from);
                System.arraycopy(data, to, out, from, n - to);
                return out;
            }
            default -> {
                if (n == 0) {
                    return data;
                }
                int from = random.nextInt(n);
                int len = Math.min(n - from, 1 + random.nextInt(64));
                byte[] out = Arrays.copyOf(data, n + len);
                System.arraycopy(data, from, out, n, len);
                return out;
            }
        }
    }
}
