package io.phasescope.app.gui.landscape;

import io.phasescope.app.landscape.SliceResult;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.render.landscape.SliceScale;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.TriangleMesh;

/**
 * A 2D slice as a rotatable 3D surface: height and colour (viridis, the heat map's scale) both show the value.
 * Drag to orbit, scroll to zoom. Rebuilt whenever the slice is refined. Where JavaFX cannot draw 3D, it says so
 * in place of the surface and creates no 3D node.
 */
final class SurfaceView extends StackPane {

    private static final double SIZE = SurfaceScene.SIZE;

    private static final int TEXTURE = SurfaceScene.TEXTURE;

    /** What the tab shows on a machine whose graphics pipeline has no 3D. */
    static final String NO_3D = "This graphics pipeline cannot draw 3D (software rendering). On a machine without a"
            + " GPU driver, start with JAVA_TOOL_OPTIONS=-Dprism.forceGPU=true to use Mesa's OpenGL.";

    private final Label message = new Label();

    SurfaceView(LandscapeViewModel viewModel) {
        setId("sliceSurface");
        getStyleClass().add("surface-view");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.setMouseTransparent(true);
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        setMinSize(0, 0);
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            message.setText(NO_3D);
            getChildren().add(message);
            return;
        }
        SurfaceScene scene = new SurfaceScene(this);
        getChildren().addAll(scene.node(), message);
        viewModel
                .slices()
                .sliceProperty()
                .addListener((obs, old, slice) -> show(
                        scene, slice, viewModel.settings().logScaleProperty().get()));
        viewModel
                .settings()
                .logScaleProperty()
                .addListener((obs, old, log) ->
                        show(scene, viewModel.slices().sliceProperty().get(), log));
        show(
                scene,
                viewModel.slices().sliceProperty().get(),
                viewModel.settings().logScaleProperty().get());
    }

    private void show(SurfaceScene scene, SliceResult slice, boolean logarithmic) {
        if (slice == null || slice.axes().isOneDimensional()) {
            scene.show(null);
            message.setText(slice == null ? "The surface of a 2D slice appears here." : "A 1D slice has no surface.");
            return;
        }
        message.setText("Drag to orbit · scroll to zoom · height and colour: "
                + slice.request().quantity().label());
        scene.show(surface(slice.grid(), logarithmic));
    }

    /** The grid as triangles: x = a, y = b, height and texture coordinate = the value's place on the scale. */
    static TriangleMesh surface(SliceGrid grid, boolean logarithmic) {
        double[][] values = grid.complete() ? grid.values() : grid.preview();
        SliceScale scale = SliceScale.spanning(values, logarithmic);
        int nx = grid.a().length;
        int ny = grid.b().length;
        TriangleMesh mesh = new TriangleMesh();
        float[] points = new float[3 * nx * ny];
        float[] tex = new float[2 * nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double f = scale.fraction(values[j][i]);
                double height = Double.isNaN(f) ? 0 : f;
                points[3 * k] = (float) (SIZE * ((double) i / (nx - 1) - 0.5));
                points[3 * k + 1] = (float) (-SIZE * ((double) j / (ny - 1) - 0.5));
                points[3 * k + 2] = (float) (-0.5 * SIZE * height);
                tex[2 * k] = (float) ((height * (TEXTURE - 1) + 0.5) / TEXTURE);
                tex[2 * k + 1] = 0.5f;
            }
        }
        int[] faces = new int[12 * (nx - 1) * (ny - 1)];
        int f = 0;
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int p00 = j * nx + i;
                int p10 = p00 + 1;
                int p01 = p00 + nx;
                int p11 = p01 + 1;
                for (int v : new int[] {p00, p10, p11, p00, p11, p01}) {
                    faces[f++] = v;
                    faces[f++] = v;
                }
            }
        }
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(tex);
        mesh.getFaces().setAll(faces);
        return mesh;
    }
}
