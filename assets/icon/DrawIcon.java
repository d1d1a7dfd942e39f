// Draws assets/src/main/resources/io/phasescope/assets/icon/phasescope.png, the icon of the packaged app:
//   java -Djava.awt.headless=true assets/icon/DrawIcon.java assets/src/main/resources/io/phasescope/assets/icon/phasescope.png 256
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws Phasescope's icon: accuracy falling in first-order jumps between plateaus, on a dark rounded square. */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int s = Integer.parseInt(args[1]);
        BufferedImage image = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(s / 256.0, s / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f2a44), 0, 256, new Color(0x0d1321)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // plateaus (phases) and the jumps between them, coloured along viridis
        double[][] steps = {{36, 64, 92}, {92, 104, 132}, {132, 148, 172}, {172, 190, 220}};
        Color[] colours = {new Color(0xfde725), new Color(0x5ec962), new Color(0x21918c), new Color(0x3b528b)};
        double[] levels = {64, 104, 148, 190};
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < steps.length; i++) {
            g.setColor(colours[i]);
            g.draw(new Line2D.Double(steps[i][0], levels[i], steps[i][2], levels[i]));
            if (i + 1 < steps.length) {
                g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {8, 10}, 0));
                g.setColor(new Color(0xe0e0e0));
                g.draw(new Line2D.Double(steps[i][2], levels[i] + 10, steps[i][2], levels[i + 1] - 10));
                g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
