package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.events;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.resource;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP API: every route the Api function serves and which of them are public, and the Cognito user pool whose
 * tokens the others require.
 */
class TemplateApiTest {

    record Route(String method, String path, boolean isPublic) {
        @Override
        public String toString() {
            return method + " " + path + (isPublic ? " (public)" : " (JWT)");
        }
    }

    static Stream<Route> routes() {
        return Stream.of(
                new Route("GET", "/", true),
                new Route("GET", "/ui/{proxy+}", true),
                new Route("POST", "/status", true),
                new Route("POST", "/claims/simulate", true),
                new Route("GET", "/openapi.json", true),
                new Route("GET", "/uploads/template.csv", true),
                new Route("GET", "/uploads/template.xlsx", true),
                new Route("POST", "/applicants", false),
                new Route("GET", "/participants/{nik}", false),
                new Route("GET", "/uploads", false),
                new Route("GET", "/uploads/{id}", false),
                new Route("POST", "/uploads", false),
                new Route("POST", "/uploads/{id}/resume", false),
                new Route("POST", "/claims", false),
                new Route("GET", "/claims/{id}", false),
                new Route("POST", "/claims/{id}/approve", false),
                new Route("POST", "/claims/{id}/pay", false),
                new Route("GET", "/periods/{period}/invoice", false),
                new Route("POST", "/payments", false),
                new Route("GET", "/reports/summary", false),
                new Route("GET", "/config", false),
                new Route("PUT", "/config", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void routeExistsWithItsAuthorisation(Route route) {
        List<JsonNode> matching = events("Api", "HttpApi").values().stream()
                .filter(e -> route.method().equalsIgnoreCase(e.path("Method").asText())
                        && route.path().equals(e.path("Path").asText()))
                .toList();
        assertThat(matching).as("HttpApi event for %s", route).hasSize(1);
        JsonNode event = matching.get(0);
        assertThat(isRef(event.path("ApiId"), "BatikApi")).as("%s ApiId", route).isTrue();
        String authorizer = event.path("Auth").path("Authorizer").asText("CognitoJwt");
        assertThat(authorizer).as("%s authorizer", route).isEqualTo(route.isPublic() ? "NONE" : "CognitoJwt");
    }

    @Test
    void theApiHasNoRouteBeyondTheListedOnes() {
        Set<String> listed = new TreeSet<>(routes().map(r -> r.method() + " " + r.path()).toList());
        Set<String> declared = new TreeSet<>();
        template().resourcesOfType("AWS::Serverless::Function").keySet().forEach(f ->
                events(f, "HttpApi").values().forEach(e ->
                        declared.add(e.path("Method").asText().toUpperCase() + " " + e.path("Path").asText())));
        assertThat(declared).isEqualTo(listed);
    }

    @Test
    void staffRoutesDefaultToTheCognitoJwtAuthorizer() {
        JsonNode api = properties("BatikApi");
        assertThat(resource("BatikApi").path("Type").asText()).isEqualTo("AWS::Serverless::HttpApi");
        JsonNode auth = api.path("Auth");
        assertThat(auth.path("DefaultAuthorizer").asText()).isEqualTo("CognitoJwt");
        JsonNode jwt = auth.path("Authorizers").path("CognitoJwt");
        assertThat(jwt.path("IdentitySource").asText()).isEqualTo("$request.header.Authorization");
        assertThat(jwt.path("JwtConfiguration").path("issuer").path("Fn::Sub").asText())
                .isEqualTo("https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}");
        assertThat(asList(jwt.path("JwtConfiguration").path("audience")))
                .singleElement().satisfies(a -> assertThat(isRef(a, "UserPoolClient")).isTrue());
        JsonNode cors = api.path("CorsConfiguration");
        assertThat(asList(cors.path("AllowOrigins"))).singleElement()
                .satisfies(o -> assertThat(isRef(o, "FormOrigin")).isTrue());
        assertThat(asList(cors.path("AllowMethods")).stream().map(JsonNode::asText))
                .containsExactlyInAnyOrder("GET", "POST", "PUT", "OPTIONS");
        assertThat(asList(cors.path("AllowHeaders")).stream().map(JsonNode::asText))
                .containsExactlyInAnyOrder("authorization", "content-type");
    }

    @Test
    void onlyTheLabourOfficeCreatesStaffAccounts() {
        JsonNode pool = properties("UserPool");
        assertThat(pool.path("AdminCreateUserConfig").path("AllowAdminCreateUserOnly").asBoolean()).isTrue();
        assertThat(pool.path("MfaConfiguration").asText()).isEqualTo("OPTIONAL");
        assertThat(pool.path("Policies").path("PasswordPolicy").path("MinimumLength").asInt()).isGreaterThanOrEqualTo(8);
        boolean kelurahan = false;
        for (JsonNode attribute : pool.path("Schema")) {
            kelurahan |= "kelurahan".equals(attribute.path("Name").asText())
                    && "String".equals(attribute.path("AttributeDataType").asText())
                    && attribute.path("Mutable").asBoolean();
        }
        assertThat(kelurahan).as("custom attribute kelurahan (String, mutable)").isTrue();
        assertThat(properties("UserPoolClient").path("GenerateSecret").asBoolean(false)).isFalse();
        List<String> groups = template().resourcesOfType("AWS::Cognito::UserPoolGroup").values().stream()
                .filter(g -> isRef(g.path("Properties").path("UserPoolId"), "UserPool"))
                .map(g -> g.path("Properties").path("GroupName").asText())
                .toList();
        assertThat(groups).containsExactlyInAnyOrder("staff", "kelurahan", "finance");
    }
}
