package io.phasescope.model.landscape;

import java.util.Locale;

/** How the directions d₁, d₂ of a slice around θ₀ are chosen. */
public enum DirectionKind {
    /** Two random Gaussian directions with filter normalization (Li et al. 2018). */
    RANDOM,
    /** d₁ = θ_B − θ₀ (a = 1 reaches B); d₂ random and filter-normalized. */
    TOWARD,
    /** The plane through θ₀, B and C: d₁ = θ_B − θ₀, d₂ = the part of θ_C − θ₀ orthogonal to d₁. */
    PLANE,
    /** The top eigenvectors of ∇²E at θ₀ (Lanczos on exact Hessian-vector products), each scaled to ‖θ₀‖. */
    HESSIAN,
    /**
     * The two lowest eigenvectors of ∇²E at θ₀, each scaled to ‖θ₀‖: the directions of most negative curvature,
     * where L2 turns a concave region of E into a saddle of L_λ.
     */
    HESSIAN_LOW,
    /** The first principal components of a trajectory (a sweep's kept models), scaled so that it spans ±1. */
    PCA;

    /** The kind's name in lower case, as on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code random}, {@code toward} or {@code plane}. */
    public static DirectionKind parse(String text) {
        for (DirectionKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "direction must be random, toward, plane, hessian, hessian_low or pca," + " was '" + text + "'");
    }
}
