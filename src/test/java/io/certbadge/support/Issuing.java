package io.certbadge.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Small REST Assured helpers for the issuing API. */
public final class Issuing {

    private Issuing() {
    }

    public static ValidatableResponse post(Object record) {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON)
                .body(record.toString())
                .when().post("/api/v1/credentials")
                .then();
    }

    /** Issues a valid record and returns the credential id. */
    public static String issue(ObjectNode record) {
        return post(record).statusCode(201).extract().path("id");
    }
}
