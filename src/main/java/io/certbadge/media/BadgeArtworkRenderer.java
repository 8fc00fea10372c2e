package io.certbadge.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.certbadge.media.Shapes.number;
import static io.certbadge.media.Shapes.path2d;
import static io.certbadge.media.Shapes.points;
import static io.certbadge.media.Shapes.svgPath;
import static io.certbadge.media.Shapes.svgStroke;

/**
 * An achievement's badge: a hexagon in the achievement's colour with a contrasting ring, a check
 * mark, the program name, the course name on up to three lines and three stars. The SVG and the
 * PNG are drawn from the same geometry and the same line breaks, in a 600 × 600 canvas.
 */
@ApplicationScoped
public class BadgeArtworkRenderer {

    public static final int CANVAS = 600;
    public static final int MAX_PNG_SIZE = 2048;

    /** Every entry reaches 4.5:1 against white text (WCAG AA); neighbours differ in hue. */
    static final List<String> PALETTE = List.of(
            "#1f6feb", "#b91c1c", "#047857", "#6d28d9", "#c2410c",
            "#0e7490", "#be185d", "#4338ca", "#a16207", "#334155");

    private static final String SVG_FONT_FAMILY = "DejaVu Sans, Arial, sans-serif";
    private static final double CENTRE = CANVAS / 2.0;
    private static final double OUTER_RADIUS = 272;
    /** Drawn in the fill colour with round joins, it rounds the hexagon's corners. */
    private static final float OUTER_EDGE_WIDTH = 28;
    private static final double RING_RADIUS = 240;
    private static final float RING_WIDTH = 8;
    private static final double MARK_CENTRE_Y = 148;
    private static final double MARK_RADIUS = 42;
    private static final float CHECK_WIDTH = 9;
    private static final double[][] CHECK_POINTS = {{280, 149}, {294, 163}, {321, 135}};
    private static final double PROGRAM_BASELINE = 240;
    private static final double PROGRAM_MAX_WIDTH = 340;
    private static final float PROGRAM_LARGEST_SIZE = 30;
    private static final float PROGRAM_SMALLEST_SIZE = 18;
    private static final double[][] DIVIDER_POINTS = {{255, 262}, {345, 262}};
    private static final float DIVIDER_WIDTH = 4;
    private static final double COURSE_CENTRE_Y = 352;
    private static final double COURSE_MAX_WIDTH = 372;
    private static final int COURSE_MAX_LINES = 3;
    private static final float COURSE_LARGEST_SIZE = 58;
    private static final float COURSE_SMALLEST_SIZE = 30;
    /** Three lines at the largest size would reach the divider above and the stars below. */
    private static final double COURSE_MAX_HEIGHT = 160;
    private static final double LINE_HEIGHT_EM = 1.2;
    /** DejaVu Sans capitals are 0.73 em tall; centring on them centres the visible text. */
    private static final double CAP_HEIGHT_EM = 0.73;
    private static final double STARS_Y = 478;
    private static final double STAR_SPACING = 38;
    private static final double STAR_OUTER_RADIUS = 13;
    private static final double STAR_INNER_RADIUS = 5.5;

    static {
        Rendering.ensureHeadless();
    }

    private record Layout(Color fill, Color ink, TextFitting.Fitted program, TextFitting.Fitted course) {

        static Layout of(BadgeDesign design) {
            Color fill = Colours.parse(design.colourHex());
            Font bold = Rendering.font(Font.BOLD, 1);
            String program = design.programName().toUpperCase(Locale.ROOT);
            return new Layout(fill, Colours.textOn(fill),
                    TextFitting.fit(program, bold, PROGRAM_LARGEST_SIZE, PROGRAM_SMALLEST_SIZE, PROGRAM_MAX_WIDTH, 1),
                    fitCourse(design.courseName(), bold));
        }

        private static TextFitting.Fitted fitCourse(String courseName, Font bold) {
            TextFitting.Fitted fitted = TextFitting.fit(courseName, bold, COURSE_LARGEST_SIZE, COURSE_SMALLEST_SIZE,
                    COURSE_MAX_WIDTH, COURSE_MAX_LINES);
            float sizeForHeight = (float) (COURSE_MAX_HEIGHT / (fitted.lines().size() * LINE_HEIGHT_EM));
            if (sizeForHeight >= fitted.font().getSize2D()) {
                return fitted;
            }
            return TextFitting.fit(courseName, bold, Math.max(sizeForHeight, COURSE_SMALLEST_SIZE), COURSE_SMALLEST_SIZE,
                    COURSE_MAX_WIDTH, COURSE_MAX_LINES);
        }

        float courseSize() {
            return course.font().getSize2D();
        }

        /** Baselines that centre the course lines, as a block, on {@link #COURSE_CENTRE_Y}. */
        double courseBaseline(int line) {
            double lineHeight = courseSize() * LINE_HEIGHT_EM;
            double offset = line - (course.lines().size() - 1) / 2.0;
            return COURSE_CENTRE_Y + offset * lineHeight + courseSize() * CAP_HEIGHT_EM / 2;
        }
    }

    /**
     * A palette colour for an achievement slug, the same on every run, so badges without a chosen
     * colour still tell apart; with more slugs than colours some necessarily share one.
     */
    public static String colourFor(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("slug must not be blank");
        }
        return PALETTE.get(Math.floorMod(slug.hashCode(), PALETTE.size()));
    }

    public String svg(BadgeDesign design) {
        Layout layout = Layout.of(design);
        String fill = Colours.hex(layout.fill());
        String ink = Colours.hex(layout.ink());
        StringBuilder svg = new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CANVAS)
                .append("\" height=\"").append(CANVAS)
                .append("\" viewBox=\"0 0 ").append(CANVAS).append(' ').append(CANVAS).append("\" role=\"img\">")
                .append("<title>").append(Xml.escape(design.programName() + " \u2013 " + design.courseName()))
                .append("</title>")
                .append(svgPath(hexagon(OUTER_RADIUS), true, "fill=\"" + fill + "\" " + svgStroke(fill, OUTER_EDGE_WIDTH)))
                .append(svgPath(hexagon(RING_RADIUS), true, "fill=\"none\" " + svgStroke(ink, RING_WIDTH)))
                .append("<circle cx=\"").append(number(CENTRE)).append("\" cy=\"").append(number(MARK_CENTRE_Y))
                .append("\" r=\"").append(number(MARK_RADIUS)).append("\" fill=\"").append(ink).append("\"/>")
                .append(svgPath(points(CHECK_POINTS), false, "fill=\"none\" " + svgStroke(fill, CHECK_WIDTH)))
                .append(svgText(layout.program().lines().get(0), layout.program().font(), PROGRAM_BASELINE, ink))
                .append(svgPath(points(DIVIDER_POINTS), false, svgStroke(ink, DIVIDER_WIDTH)));
        for (int line = 0; line < layout.course().lines().size(); line++) {
            svg.append(svgText(layout.course().lines().get(line), layout.course().font(), layout.courseBaseline(line), ink));
        }
        for (List<Point2D> star : stars()) {
            svg.append(svgPath(star, true, "fill=\"" + ink + "\""));
        }
        return svg.append("</svg>").toString();
    }

    /** A transparent square PNG of {@code size} pixels (600 to 2048), equivalent to {@link #svg}. */
    public byte[] png(BadgeDesign design, int size) {
        if (size < CANVAS || size > MAX_PNG_SIZE) {
            throw new IllegalArgumentException("badge size must be " + CANVAS + ".." + MAX_PNG_SIZE + " px, was " + size);
        }
        return Rendering.png(image(design, size));
    }

    private static BufferedImage image(BadgeDesign design, int size) {
        Layout layout = Layout.of(design);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = Rendering.antialiased(image);
        try {
            graphics.scale(size / (double) CANVAS, size / (double) CANVAS);
            draw(graphics, layout);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D graphics, Layout layout) {
        Path2D outer = path2d(hexagon(OUTER_RADIUS), true);
        graphics.setColor(layout.fill());
        graphics.fill(outer);
        graphics.setStroke(stroke(OUTER_EDGE_WIDTH));
        graphics.draw(outer);

        graphics.setColor(layout.ink());
        graphics.setStroke(stroke(RING_WIDTH));
        graphics.draw(path2d(hexagon(RING_RADIUS), true));
        double markDiameter = 2 * MARK_RADIUS;
        graphics.fill(new Ellipse2D.Double(CENTRE - MARK_RADIUS, MARK_CENTRE_Y - MARK_RADIUS, markDiameter, markDiameter));

        graphics.setColor(layout.fill());
        graphics.setStroke(stroke(CHECK_WIDTH));
        graphics.draw(path2d(points(CHECK_POINTS), false));

        graphics.setColor(layout.ink());
        graphics.setFont(layout.program().font());
        Rendering.drawCentred(graphics, layout.program().lines().get(0), CENTRE, PROGRAM_BASELINE);
        graphics.setStroke(stroke(DIVIDER_WIDTH));
        graphics.draw(path2d(points(DIVIDER_POINTS), false));
        graphics.setFont(layout.course().font());
        for (int line = 0; line < layout.course().lines().size(); line++) {
            Rendering.drawCentred(graphics, layout.course().lines().get(line), CENTRE, layout.courseBaseline(line));
        }
        for (List<Point2D> star : stars()) {
            graphics.fill(path2d(star, true));
        }
    }

    /** Round caps and joins everywhere, matching {@link Shapes#svgStroke}. */
    private static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Pointy-top, so the badge stands on a corner like a medal. */
    private static List<Point2D> hexagon(double radius) {
        List<Point2D> corners = new ArrayList<>(6);
        for (int corner = 0; corner < 6; corner++) {
            double angle = Math.toRadians(-90 + 60 * corner);
            corners.add(new Point2D.Double(CENTRE + radius * Math.cos(angle), CENTRE + radius * Math.sin(angle)));
        }
        return corners;
    }

    private static List<List<Point2D>> stars() {
        return List.of(star(CENTRE - STAR_SPACING), star(CENTRE), star(CENTRE + STAR_SPACING));
    }

    private static List<Point2D> star(double centreX) {
        List<Point2D> points = new ArrayList<>(10);
        for (int point = 0; point < 10; point++) {
            double radius = point % 2 == 0 ? STAR_OUTER_RADIUS : STAR_INNER_RADIUS;
            double angle = Math.toRadians(-90 + 36 * point);
            points.add(new Point2D.Double(centreX + radius * Math.cos(angle), STARS_Y + radius * Math.sin(angle)));
        }
        return points;
    }

    private static String svgText(String text, Font font, double baseline, String ink) {
        return "<text x=\"" + number(CENTRE) + "\" y=\"" + number(baseline) + "\" text-anchor=\"middle\""
                + " font-family=\"" + SVG_FONT_FAMILY + "\" font-weight=\"bold\""
                + " font-size=\"" + number(font.getSize2D()) + "\""
                + " fill=\"" + ink + "\">" + Xml.escape(text) + "</text>";
    }
}
