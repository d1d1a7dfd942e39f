package io.phasescope.app.gui.landscape;

import io.phasescope.app.landscape.SliceResult;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.render.Viridis;
import io.phasescope.render.landscape.SliceScale;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;

/**
 * A 2D slice as a rotatable 3D surface: height and colour (viridis, the heat map's scale) both show the value.
 * Drag to orbit, scroll to zoom. Rebuilt whenever the slice is refined.
 */
final class SurfaceView extends StackPane {

    /** Side of the surface in scene units; heights span half of it. */
    private static final double SIZE = 400;

    private static final int TEXTURE = 256;

    private final Group world = new Group();
    private final Rotate pitch = new Rotate(-55, Rotate.X_AXIS);
    private final Rotate yaw = new Rotate(-30, Rotate.Z_AXIS);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final PhongMaterial material = new PhongMaterial();
    private final MeshView mesh = new MeshView();
    private final Label message = new Label();
    private double dragX;
    private double dragY;

    SurfaceView(LandscapeViewModel viewModel) {
        setId("sliceSurface");
        getStyleClass().add("surface-view");
        material.setDiffuseMap(viridisTexture());
        material.setSpecularColor(Color.gray(0.25));
        mesh.setMaterial(material);
        mesh.setCullFace(CullFace.NONE);
        mesh.setDrawMode(DrawMode.FILL);
        world.getChildren().add(mesh);
        world.getTransforms().addAll(pitch, yaw);
        AmbientLight ambient = new AmbientLight(Color.gray(0.65));
        PointLight light = new PointLight(Color.gray(0.5));
        light.setTranslateZ(-2 * SIZE);
        light.setTranslateY(-SIZE);
        Group root = new Group(world, ambient, light);
        camera.setNearClip(1);
        camera.setFarClip(10 * SIZE);
        camera.setTranslateZ(-2.9 * SIZE);
        SubScene scene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
        scene.setCamera(camera);
        scene.setFill(Color.TRANSPARENT);
        scene.widthProperty().bind(widthProperty());
        scene.heightProperty().bind(heightProperty());
        scene.setOnMousePressed(e -> {
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        scene.setOnMouseDragged(e -> {
            yaw.setAngle(yaw.getAngle() - (e.getSceneX() - dragX) * 0.4);
            pitch.setAngle(Math.max(-90, Math.min(0, pitch.getAngle() + (e.getSceneY() - dragY) * 0.4)));
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        scene.setOnScroll(e -> camera.setTranslateZ(
                Math.max(-8 * SIZE, Math.min(-0.8 * SIZE, camera.getTranslateZ() + e.getDeltaY() * 2))));
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.setMouseTransparent(true);
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        getChildren().addAll(scene, message);
        setMinSize(0, 0);
        viewModel
                .slices()
                .sliceProperty()
                .addListener((obs, old, slice) ->
                        show(slice, viewModel.settings().logScaleProperty().get()));
        viewModel
                .settings()
                .logScaleProperty()
                .addListener((obs, old, log) ->
                        show(viewModel.slices().sliceProperty().get(), log));
        show(
                viewModel.slices().sliceProperty().get(),
                viewModel.settings().logScaleProperty().get());
    }

    private void show(SliceResult slice, boolean logarithmic) {
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            mesh.setMesh(null);
            message.setText("This graphics pipeline cannot draw 3D (software rendering). On a machine without a"
                    + " GPU driver, start with JAVA_TOOL_OPTIONS=-Dprism.forceGPU=true to use Mesa's OpenGL.");
            return;
        }
        if (slice == null || slice.axes().isOneDimensional()) {
            mesh.setMesh(null);
            message.setText(slice == null ? "The surface of a 2D slice appears here." : "A 1D slice has no surface.");
            return;
        }
        message.setText("Drag to orbit · scroll to zoom · height and colour: "
                + slice.request().quantity().label());
        mesh.setMesh(surface(slice.grid(), logarithmic));
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

    private static WritableImage viridisTexture() {
        WritableImage image = new WritableImage(TEXTURE, 1);
        PixelWriter writer = image.getPixelWriter();
        for (int x = 0; x < TEXTURE; x++) {
            writer.setArgb(x, 0, 0xFF000000 | Viridis.rgb(x / (TEXTURE - 1.0)));
        }
        return image;
    }
}
