package io.certbadge.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.certbadge.web.BadgeReference.Kind.ELSEWHERE;
import static io.certbadge.web.BadgeReference.Kind.OURS;
import static io.certbadge.web.BadgeReference.Kind.UNREADABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading a badge link or id pasted into the verify form; only our own addresses count. */
class BadgeReferenceTest {

    private static final String ID = "5yKexblkhTOuZ8S7M3s1Gw";
    private final BadgeReference badges = new BadgeReference("https://badges.example.com");

    @Test
    void shouldReadTheIdFromOurVerificationAndCredentialAddresses() {
        for (String text : new String[] {
                "https://badges.example.com/verify/" + ID,
                "  https://badges.example.com/verify/" + ID + "\n",
                "https://badges.example.com/verify/" + ID + "?utm_source=linkedin#checks",
                "https://BADGES.example.com/credentials/" + ID,
                "https://badges.example.com/credentials/" + ID + "/badge.png",
                "http://badges.example.com/verify/" + ID,
                "badges.example.com/verify/" + ID,
                ID}) {
            assertEquals(new BadgeReference.Reading(OURS, Optional.of(ID)), badges.read(text), text);
        }
    }

    @Test
    void shouldReadTheIdUnderABasePathAndPort() {
        BadgeReference underPath = new BadgeReference("http://localhost:8080/badges/");
        assertEquals(Optional.of(ID), underPath.read("http://localhost:8080/badges/verify/" + ID).id());
        assertEquals(ELSEWHERE, underPath.read("http://localhost:8080/verify/" + ID).kind(), "outside the base path");
        assertEquals(ELSEWHERE, underPath.read("http://localhost:9090/badges/verify/" + ID).kind(), "another port");
    }

    @Test
    void shouldRecogniseAddressesOfOtherSitesWithoutFollowingThem() {
        for (String text : new String[] {
                "https://www.credly.com/badges/" + ID,
                "https://badges.example.com.evil.test/verify/" + ID,
                "https://evil.test/badges.example.com/verify/" + ID,
                "https://badges.example.com/achievements/gitlab-ci-cd",
                "https://badges.example.com/verify/not-an-id",
                "https://badges.example.com/verify/"}) {
            assertEquals(ELSEWHERE, badges.read(text).kind(), text);
        }
    }

    @Test
    void shouldRefuseTextThatIsNeitherAnAddressNorAnId() {
        for (String text : new String[] {"", "   ", null, "hello", ID + "x", "eyJhbGciOi", "https://exa mple.com/verify/" + ID}) {
            assertEquals(UNREADABLE, badges.read(text).kind(), String.valueOf(text));
        }
    }
}
