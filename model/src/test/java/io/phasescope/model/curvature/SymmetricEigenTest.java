package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** LAPACK's eigen-decompositions (dsyevd, dstev) against the defining equation A v = λ v, seed 7. */
class SymmetricEigenTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void aDenseSymmetricMatrixIsDecomposedInAscendingOrder() {
        double[][] a = randomSymmetric(12, new Random(7));

        SymmetricEigen.Result result = SymmetricEigen.of(a);

        assertDecomposes(a, result);
        assertThat(SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}}).values())
                .containsExactly(new double[] {1, 3}, within(TOLERANCE));
    }

    @Test
    void aTridiagonalMatrixGivesTheSameAsItsDenseForm() {
        Random random = new Random(7);
        int m = 9;
        double[] diagonal = random.doubles(m, -2, 2).toArray();
        double[] off = random.doubles(m - 1, 0.1, 1).toArray();
        double[][] dense = new double[m][m];
        for (int i = 0; i < m; i++) {
            dense[i][i] = diagonal[i];
            if (i + 1 < m) {
                dense[i][i + 1] = off[i];
                dense[i + 1][i] = off[i];
            }
        }

        SymmetricEigen.Result result = SymmetricEigen.tridiagonal(diagonal, off);

        assertDecomposes(dense, result);
        assertThat(result.values()).containsExactly(SymmetricEigen.of(dense).values(), within(TOLERANCE));
        assertThat(SymmetricEigen.tridiagonal(new double[] {5}, new double[0]).values())
                .containsExactly(5);
    }

    @Test
    void nonFiniteEntriesAreRefusedNotLoopedOn() {
        assertThatThrownBy(() -> SymmetricEigen.tridiagonal(new double[] {1, Double.NaN}, new double[] {1}))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("NaN at 1");
    }

    private static void assertDecomposes(double[][] a, SymmetricEigen.Result result) {
        int m = a.length;
        for (int j = 0; j < m; j++) {
            if (j > 0) {
                assertThat(result.values()[j]).isGreaterThanOrEqualTo(result.values()[j - 1]);
            }
            double norm = 0;
            for (int i = 0; i < m; i++) {
                double av = 0;
                for (int k = 0; k < m; k++) {
                    av += a[i][k] * result.vectors()[k][j];
                }
                assertThat(av).isCloseTo(result.values()[j] * result.vectors()[i][j], within(TOLERANCE));
                norm += result.vectors()[i][j] * result.vectors()[i][j];
            }
            assertThat(norm).isCloseTo(1, within(TOLERANCE));
        }
    }

    private static double[][] randomSymmetric(int m, Random random) {
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }
}
