package io.certbadge.web;

import org.junit.jupiter.api.Test;

import static io.certbadge.web.PageLanguage.ENGLISH;
import static io.certbadge.web.PageLanguage.GERMAN;
import static io.certbadge.web.PageLanguage.choose;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which language a page is written in, from the switch link, the remembered choice and Accept-Language. */
class PageLanguageTest {

    @Test
    void shouldFollowTheBrowsersOrderOfPreference() {
        assertEquals(GERMAN, choose(null, null, "de-AT,de;q=0.9,en;q=0.8"));
        assertEquals(GERMAN, choose(null, null, "fr-CH, fr;q=0.9, de;q=0.7, en;q=0.5"), "first language we write");
        assertEquals(ENGLISH, choose(null, null, "en-US,en;q=0.9,de;q=0.8"));
        assertEquals(ENGLISH, choose(null, null, "de;q=0, fr"), "q=0 means not German");
    }

    @Test
    void shouldLetTheSwitchLinkWinOverTheCookieAndTheCookieOverTheBrowser() {
        assertEquals(ENGLISH, choose("en", "de", "de"));
        assertEquals(GERMAN, choose(null, "de", "en"));
        assertEquals(GERMAN, choose("xx", "de", "en"), "an unknown switch value is ignored");
    }

    @Test
    void shouldFallBackToEnglishForAnythingElse() {
        assertEquals(ENGLISH, choose(null, null, null));
        assertEquals(ENGLISH, choose(null, null, ""));
        assertEquals(ENGLISH, choose(null, null, "ja, zh;q=0.5"));
        assertEquals(ENGLISH, choose(null, "<script>", ";;;===,q=x"), "malformed header and cookie");
    }
}
