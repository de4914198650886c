package io.onme.playbook.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small helpers shared by the HTTP tests: authenticated requests and playbook bodies. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A fresh tenant per test, so tests never see each other's data. */
    static String tenant() {
        return "t-" + UUID.randomUUID();
    }

    static Map<String, Object> body(
            String archetype, String language, String title, String teamId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("archetype", archetype);
        body.put("language", language);
        body.put("title", title);
        body.put(
                "stance",
                "HE".equals(language)
                        ? "זו האחריות שלי להראות לו ערך"
                        : "It is my job to show the value");
        body.put(
                "steps",
                List.of(
                        Map.of(
                                "title",
                                "HE".equals(language) ? "לשאול שאלות" : "Ask questions",
                                "detail",
                                "…"),
                        Map.of(
                                "title",
                                "HE".equals(language) ? "לסכם צעד הבא" : "Agree a next step")));
        body.put(
                "phrasesToUse",
                List.of("HE".equals(language) ? "מה חשוב לך?" : "What matters to you?"));
        body.put("phrasesToAvoid", List.of("HE".equals(language) ? "הוא קמצן" : "He is cheap"));
        body.put("tags", new ArrayList<>(List.of("test")));
        if (teamId != null) {
            body.put("teamId", teamId);
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Creates a draft as the given editor and returns its id. */
    static String create(String token, Map<String, Object> body) {
        return as(token).body(body).post("/playbooks").then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes; returns the id. */
    static String published(String token, Map<String, Object> body) {
        String id = create(token, body);
        as(token).post("/playbooks/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
