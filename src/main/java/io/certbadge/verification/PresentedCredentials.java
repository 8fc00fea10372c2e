package io.certbadge.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.JsonProblems;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.media.BadgeImageException;
import io.certbadge.media.PngBaking;
import io.certbadge.media.SvgBaking;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whatever a verifier presents to {@code POST /verify} — a VC-JWT, an OB 3.0 JSON credential or a
 * baked PNG/SVG badge — read down to a credential and handed to the {@link Verifier}. A file that
 * holds no readable credential is a 422 with the reader's own sentence; a credential that is
 * readable but wrong is a report, never an error.
 */
@ApplicationScoped
public class PresentedCredentials {

    /** What the bytes are; from the Content-Type of a raw POST, or sniffed from an uploaded file. */
    public enum Kind { JWT, JSON, PNG, SVG }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private final Verifier verifier;
    private final PngBaking png;
    private final SvgBaking svg;
    private final ObjectMapper json;
    private final long maxCredentialBytes;

    public PresentedCredentials(Verifier verifier, PngBaking png, SvgBaking svg, ObjectMapper json,
                                CertbadgeConfig config) {
        this.verifier = verifier;
        this.png = png;
        this.svg = svg;
        this.json = json;
        this.maxCredentialBytes = config.limits().credentialBytes();
    }

    public VerificationReport verify(Kind kind, byte[] body) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is empty: send a VC-JWT,"
                    + " an Open Badges JSON credential, or a baked PNG or SVG badge.");
        }
        try {
            return switch (kind) {
                case PNG -> verifyText(png.unbake(body));
                case SVG -> verifyText(svg.unbake(body));
                case JSON -> verifyJson(utf8(capped(body)));
                case JWT -> verifier.verifyJwt(utf8(capped(body)));
            };
        } catch (BadgeImageException e) {
            throw new ProblemException(ProblemType.NO_CREDENTIAL_FOUND, e.getMessage());
        }
    }

    /** The kind of an uploaded file by its first bytes: browsers label .jwt or .json files unreliably. */
    public static Kind sniff(byte[] file) {
        if (file.length >= PNG_SIGNATURE.length && java.util.Arrays.equals(file, 0, PNG_SIGNATURE.length,
                PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return Kind.PNG;
        }
        String head = new String(file, 0, Math.min(file.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("{")) {
            return Kind.JSON;
        }
        return head.startsWith("<") || head.startsWith("\u00EF\u00BB\u00BF<") ? Kind.SVG : Kind.JWT;
    }

    /**
     * A presented credential is at most {@code certbadge.limits.credential-bytes} (256 KiB) however it
     * comes: sent as it is (the body limit already holds it there), uploaded as a file, or baked into
     * an image that may itself be 5 MiB. Ours are a few KiB; past the limit is a 413, read no further.
     */
    private byte[] capped(byte[] credential) {
        if (credential.length > maxCredentialBytes) {
            throw tooLarge(credential.length);
        }
        return credential;
    }

    private ProblemException tooLarge(long bytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The presented credential is " + bytes
                + " bytes; the limit is " + maxCredentialBytes + " bytes.");
    }

    /** A baked credential is a compact VC-JWT or, as OB 3.0 allows, the JSON credential itself. */
    private VerificationReport verifyText(String credential) {
        if (credential.length() > maxCredentialBytes / 3) {
            long bytes = credential.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxCredentialBytes) {
                throw tooLarge(bytes);
            }
        }
        return credential.stripLeading().startsWith("{") ? verifyJson(credential) : verifier.verifyJwt(credential);
    }

    private VerificationReport verifyJson(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw JsonProblems.malformed("The credential", e);
        }
        if (!(node instanceof ObjectNode credential)) {
            throw new ProblemException(ProblemType.NO_CREDENTIAL_FOUND,
                    "The JSON is not an object, so it cannot be an Open Badges credential.");
        }
        return verifier.verifyJson(credential);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The credential is not UTF-8 text.");
        }
    }
}
