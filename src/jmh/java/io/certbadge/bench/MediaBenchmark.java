package io.certbadge.bench;

import io.certbadge.media.BadgeArtworkRenderer;
import io.certbadge.media.BadgeDesign;
import io.certbadge.media.PngBaking;
import io.certbadge.media.QrCodeRenderer;
import io.certbadge.media.ShareCardRenderer;
import io.certbadge.media.ShareCardContent;
import io.certbadge.signing.SigningKeys;
import io.certbadge.signing.VcJwtSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** The images behind badge.png, qr.png and share.png, rendered by the media classes (Java2D, ZXing). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MediaBenchmark {

    private static final int QR_SIZE_PX = 512;

    private final BadgeArtworkRenderer artwork = new BadgeArtworkRenderer();
    private final PngBaking baking = new PngBaking();
    private final QrCodeRenderer qr = new QrCodeRenderer();
    private final ShareCardRenderer shareCard = new ShareCardRenderer();

    private BadgeDesign design;
    private byte[] artworkPng;
    private byte[] bakedPng;
    private String jwt;
    private ShareCardContent card;
    private String verifyUrl;

    @Setup
    public void setUp() {
        design = new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#b42318");
        artworkPng = artwork.png(design, BadgeArtworkRenderer.CANVAS);
        SigningKeys keys = Fixtures.keys(Fixtures.key("ES256"));
        jwt = new VcJwtSigner(keys, Fixtures.URLS, Fixtures.JSON).sign(Fixtures.credential(), Fixtures.NOW).value();
        bakedPng = baking.bake(artworkPng, jwt);
        card = new ShareCardContent(artworkPng, "Certified Trainer: GitLab CI/CD", "Ada Lovelace",
                "Example Vendor Education Services", "#b42318");
        verifyUrl = Fixtures.URLS.verification("Ab3dEf6hIj9kLm2nOp5qRs");
    }

    @Benchmark
    public byte[] artworkPng600() {
        return artwork.png(design, BadgeArtworkRenderer.CANVAS);
    }

    @Benchmark
    public String artworkSvg() {
        return artwork.svg(design);
    }

    @Benchmark
    public byte[] bakePng() {
        return baking.bake(artworkPng, jwt);
    }

    @Benchmark
    public String unbakePng() {
        return baking.unbake(bakedPng);
    }

    @Benchmark
    public byte[] qrPng512() {
        return qr.png(verifyUrl, QR_SIZE_PX);
    }

    @Benchmark
    public byte[] shareCardPng() {
        return shareCard.png(card);
    }
}
