package io.phasescope.app.gui.landscape;

import io.phasescope.render.Viridis;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;

/**
 * The 3D scene of {@link SurfaceView}: one textured mesh (viridis), lights and an orbiting camera; drag to
 * orbit, scroll to zoom. Created only where JavaFX supports {@code SCENE3D}: constructing 3D nodes elsewhere
 * makes JavaFX print a warning for each.
 */
final class SurfaceScene {

    /** Side of the surface in scene units; heights span half of it. */
    static final double SIZE = 400;

    static final int TEXTURE = 256;

    private final Group world = new Group();
    private final Rotate pitch = new Rotate(-55, Rotate.X_AXIS);
    private final Rotate yaw = new Rotate(-30, Rotate.Z_AXIS);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final PhongMaterial material = new PhongMaterial();
    private final MeshView mesh = new MeshView();
    private final SubScene scene;
    private double dragX;
    private double dragY;

    /** @param size the region whose size the scene follows */
    SurfaceScene(Region size) {
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
        scene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
        scene.setCamera(camera);
        scene.setFill(Color.TRANSPARENT);
        scene.widthProperty().bind(size.widthProperty());
        scene.heightProperty().bind(size.heightProperty());
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
    }

    /** The node to place in the view. */
    SubScene node() {
        return scene;
    }

    /** Shows {@code surface}, or nothing when it is null. */
    void show(TriangleMesh surface) {
        mesh.setMesh(surface);
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
