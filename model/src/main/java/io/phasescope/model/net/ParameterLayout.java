package io.phasescope.model.net;

/**
 * Where each layer's weights and biases sit in the flat parameter vector θ (DL4J's layout:
 * per layer, W column-major {@code [nIn, nOut]} then b {@code [nOut]}).
 */
public final class ParameterLayout {

    private final int[] sizes;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int count;

    public ParameterLayout(NetworkSpec spec) {
        sizes = spec.layerSizes();
        int layers = sizes.length - 1;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = offset;
            offset += sizes[l] * sizes[l + 1];
            biasOffsets[l] = offset;
            offset += sizes[l + 1];
        }
        count = offset;
    }

    /** Number of dense layers. */
    public int layers() {
        return weightOffsets.length;
    }

    /** Input width of layer {@code l}. */
    public int fanIn(int l) {
        return sizes[l];
    }

    /** Output width of layer {@code l}. */
    public int fanOut(int l) {
        return sizes[l + 1];
    }

    /** Offset of W of layer {@code l}; element (i, j) is at {@code weightOffset(l) + i + j·fanIn(l)}. */
    public int weightOffset(int l) {
        return weightOffsets[l];
    }

    /** Offset of b of layer {@code l}. */
    public int biasOffset(int l) {
        return biasOffsets[l];
    }

    /** Length of θ. */
    public int count() {
        return count;
    }
}
