package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.analysis.Analyzer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AnalysisResourceTest {

    @Inject
    Analyzer analyzer;

    private final String token = TestTokens.rep(newTenant(), "rep-1", "team-1");

    @Test
    void hebrewTextRoundTripsWithExactEvidenceOffsets() {
        // an emoji (two UTF-16 units) before the spans makes code-point offsets visibly wrong
        String text = "😀 המחיר שלנו גבוה מדי וההנהלה לא עוזרת. אבל זה עליי: לא הראיתי ללקוח את הערך, ובפעם הבאה אתקשר אליו ביום ראשון.";
        JsonPath analysis = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "language", "he"))
                .when()
                .post("/analyses")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("language", equalTo("HE"))
                .body("stance", notNullValue())
                .body("analyzerVersion", equalTo(analyzer.version()))
                .extract()
                .jsonPath();
        // the service returns exactly what the engine says, spans included
        assertEquals(
                analyzer.analyze(text, io.onme.scoring.analysis.Language.HE).evidence().size(),
                analysis.getList("evidence").size());
        List<Map<String, Object>> evidence = analysis.getList("evidence");
        assertFalse(evidence.isEmpty(), "a reflection with 'זה עליי' has evidence");
        for (Map<String, Object> span : evidence) {
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertEquals(text.substring(start, end), span.get("text"));
        }
    }

    @Test
    void languageIsDetectedOrAcceptedInAnyCase() {
        for (String language : new String[] { "EN", "en", "En" }) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", "The customer is cheap.", "language", language))
                    .when()
                    .post("/analyses")
                    .then()
                    .statusCode(200)
                    .body("language", equalTo("EN"));
        }
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"text\": \"הלקוח קמצן ולא מקשיב\", \"language\": null}")
                .when()
                .post("/analyses")
                .then()
                .statusCode(200)
                .body("language", equalTo("HE"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"text\": \"I should have called back.\"}")
                .when()
                .post("/analyses")
                .then()
                .statusCode(200)
                .body("language", equalTo("EN"));
    }

    @Test
    void badInputIsAProblem() {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(10_001)))
                .when()
                .post("/analyses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("text"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "fine", "language", "FR"))
                .when()
                .post("/analyses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("language"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"language\": \"EN\"}")
                .when()
                .post("/analyses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"text\": \"unterminated")
                .when()
                .post("/analyses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"text\": [1, 2]}")
                .when()
                .post("/analyses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "א".repeat(10_000)))
                .when()
                .post("/analyses")
                .then()
                .statusCode(200);
    }

    @Test
    void requiresAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "hi"))
                .when()
                .post("/analyses")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        String noTenant = TestTokens.builder("x", "rep-1").group("rep").tenant(null).sign();
        given().auth()
                .oauth2(noTenant)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "hi"))
                .when()
                .post("/analyses")
                .then()
                .statusCode(401);
    }
}
