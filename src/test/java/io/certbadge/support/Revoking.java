package io.certbadge.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** REST Assured helpers for {@code POST /api/v1/credentials/{id}/revocation}. */
public final class Revoking {

    private Revoking() {
    }

    public static ValidatableResponse post(String credentialId, String body) {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.REVOKER))
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/credentials/" + credentialId + "/revocation")
                .then();
    }

    public static ValidatableResponse revoke(String credentialId, String reason) {
        return post(credentialId, "{\"reason\": \"" + reason + "\"}").statusCode(200);
    }
}
